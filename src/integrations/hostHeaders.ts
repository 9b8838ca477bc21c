import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy } from '../lib/site/csp.ts';
import { inlineStyleHashes } from './inlineStyles.ts';

/** The security headers every page is served with, for hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
function securityHeaders(frameAncestors = "'none'", wasm = false): Record<string, string> {
	return {
		'Content-Security-Policy': contentSecurityPolicy({ frameAncestors, wasm, styleHashes: [...inlineStyleHashes].sort() }),
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
		'Cross-Origin-Opener-Policy': 'same-origin',
	};
}

/**
 * Writes `_headers` into the build. Embeds (`/embed/…`) may be framed by any site; every other page may not.
 * Hosts combine every rule that matches a path, so no rule covers both: the other paths are listed one by one,
 * from the build itself. The meta tag in each page carries the same policy (less frame-ancestors, which only a
 * header can set), so hosts without `_headers` still enforce it.
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
				const rule = (path: string, headers: Record<string, string>) =>
					[path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
				const entries = readdirSync(fileURLToPath(dir), { withFileTypes: true }).filter(
					(entry) => entry.name !== 'embed' && entry.name !== '_headers',
				);
				const paths = [base, ...entries.map((entry) => (entry.isDirectory() ? `${base}${entry.name}/*` : `${base}${entry.name}`))];
				const rules = [
					rule(`${base}embed/*`, securityHeaders('*')),
					...paths.map((path) => rule(path, securityHeaders("'none'", path === `${base}search/*`))),
				];
				writeFileSync(new URL('_headers', dir), `${rules.join('\n\n')}\n`);
			},
		},
	};
}
