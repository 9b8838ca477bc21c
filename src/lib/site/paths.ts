/**
 * Prefixes a site path with the configured base (BASE_PATH), so links work at a domain root and under a
 * folder such as "/debate/". `path` is written from the site root, with a leading slash.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
	const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The site's name, as readers and citations see it. */
export const SITE_NAME = 'The E2EE Debate Timeline';

/** A site path as an absolute URL on the configured site (SITE_URL), for link previews, feeds and citations. */
export function absoluteUrl(path: string, site: string | URL | undefined = import.meta.env.SITE, base?: string): string {
	if (!site) throw new Error('invalid site: SITE_URL is not set');
	return new URL(withBase(path, base), site).href;
}
