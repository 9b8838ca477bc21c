import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site/paths.ts';

/** Everything may be crawled; the sitemap lists every page. */
export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
