/**
 * Prefixes a site path with the configured base (BASE_PATH), so links work at a domain root and under a
 * folder such as "/debate/". `path` is written from the site root, with a leading slash.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
	const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The path of an event's own page, from the site root. */
export function eventPath(id: string): string {
	return `/events/${id}/`;
}
