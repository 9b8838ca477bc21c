/** Where the build says the site lives, and why: the origin every canonical link, feed, preview and QR code uses. */
export interface SiteOrigin {
	site: string;
	/** Which variable gave it. */
	from: string;
	/** Set when the build fell back to localhost, which is wrong for anything deployed. */
	warning?: string;
}

const LOCAL = 'http://localhost:4321';

/**
 * The site's origin from the environment: SITE_URL when set, else the common hosts' own variables (Netlify's
 * URL, Cloudflare Pages' CF_PAGES_URL, Vercel's production URL, GitHub Actions building for Pages), else
 * localhost with a warning that every link, embed snippet and QR code will point there.
 */
export function siteOrigin(env: Record<string, string | undefined>): SiteOrigin {
	const https = (host: string) => (/^https?:\/\//.test(host) ? host : `https://${host}`);
	if (env.SITE_URL) return { site: env.SITE_URL, from: 'SITE_URL' };
	if (env.NETLIFY && env.URL) return { site: env.URL, from: 'URL (Netlify)' };
	if (env.CF_PAGES_URL) return { site: env.CF_PAGES_URL, from: 'CF_PAGES_URL (Cloudflare Pages)' };
	if (env.VERCEL_PROJECT_PRODUCTION_URL)
		return { site: https(env.VERCEL_PROJECT_PRODUCTION_URL), from: 'VERCEL_PROJECT_PRODUCTION_URL (Vercel)' };
	if (env.GITHUB_ACTIONS && env.GITHUB_REPOSITORY_OWNER)
		return { site: `https://${env.GITHUB_REPOSITORY_OWNER.toLowerCase()}.github.io`, from: 'GITHUB_REPOSITORY_OWNER (GitHub Pages)' };
	return {
		site: LOCAL,
		from: 'default',
		warning: `SITE_URL is not set and no host was recognised: canonical links, feeds, link previews, oEmbed and the lesson's QR code will point at ${LOCAL}. Set SITE_URL to the deployed origin.`,
	};
}
