import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { styleHash } from '../lib/site/csp.ts';

/** The hashes of every inline style the build wrote, for the host headers' policy (filled at build:done). */
export const inlineStyleHashes = new Set<string>();

/**
 * The pages' CSS is inlined (`build.inlineStylesheets: 'always'`), so the first paint waits for no second
 * request. The Content-Security-Policy still allows no inline style but these: each page's meta policy gets the
 * hash of each of its <style> elements, and the hashes are kept for the `_headers` file (see hostHeaders).
 */
export function inlineStyles(): AstroIntegration {
	return {
		name: 'debate-inline-styles',
		hooks: {
			'astro:build:done': ({ dir }) => {
				inlineStyleHashes.clear();
				for (const file of htmlFiles(fileURLToPath(dir))) {
					const html = readFileSync(file, 'utf8');
					const hashes = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => styleHash(match[1]));
					if (hashes.length === 0) continue;
					for (const hash of hashes) inlineStyleHashes.add(hash);
					// A page with no policy of its own (a redirect page) is covered by the host's headers alone.
					if (!html.includes('http-equiv="Content-Security-Policy"')) continue;
					const patched = html.replace(
						/(<meta http-equiv="Content-Security-Policy" content="[^"]*style-src 'self')/,
						`$1 ${hashes.join(' ')}`,
					);
					if (patched === html)
						throw new Error(`inline styles: the Content-Security-Policy of ${file} has no style-src 'self' to extend`);
					writeFileSync(file, patched);
				}
			},
		},
	};
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
}
