import { routes } from '../../lib/site/routes.ts';
// oEmbed for the home page: the whole timeline as an embeddable iframe.
import type { APIRoute } from 'astro';
import { oembedJson } from '../../lib/site/oembed.ts';
import { absoluteUrl, SITE_NAME } from '../../lib/site/paths.ts';

export const GET: APIRoute = () =>
	new Response(
		JSON.stringify(
			oembedJson({ title: SITE_NAME, embedUrl: absoluteUrl(routes.embed), siteUrl: absoluteUrl(routes.home), height: 720 }),
		),
		{
			headers: { 'Content-Type': 'application/json; charset=utf-8' },
		},
	);
