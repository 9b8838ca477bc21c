import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy } from '../lib/site/csp.ts';

/** The security headers every page is served with, for hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
export function securityHeaders(frameAncestors = "'none'"): Record<string, string> {
	return {
		'Content-Security-Policy': contentSecurityPolicy({ frameAncestors }),
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
		'Cross-Origin-Opener-Policy': 'same-origin',
	};
}

/**
 * Writes `_headers` into the build: the headers above for every path under the base. The meta tag in each page
 * carries the same policy (less frame-ancestors, which only a header can set), so hosts without `_headers`
 * still enforce it.
 */
export function hostHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'debate-host-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:build:done': ({ dir }) => {
				const lines = [`${base}*`, ...Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`)];
				writeFileSync(new URL('_headers', dir), `${lines.join('\n')}\n`);
			},
		},
	};
}
