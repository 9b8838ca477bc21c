import { SITE_NAME } from './paths.ts';
import { embedSnippet } from './embed.ts';

/** An oEmbed "rich" response (https://oembed.com/#section2.3.4) for an embed page. */
export function oembedJson({ title, embedUrl, siteUrl, height }: { title: string; embedUrl: string; siteUrl: string; height: number }) {
	return {
		version: '1.0',
		type: 'rich',
		title,
		provider_name: SITE_NAME,
		provider_url: siteUrl,
		html: embedSnippet({ src: embedUrl, title, height }),
		width: 800,
		height,
	};
}
