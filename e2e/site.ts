import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML page of the built site, as URL paths ("/", "/events/…/"), read from dist/. */
export function builtPages(dist = 'dist'): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return walk(path);
			return name.endsWith('.html') ? [path] : [];
		});
	return walk(dist)
		.map((file) => `/${relative(dist, file)}`.replace(/index\.html$/, '').replace(/\.html$/, '/'))
		.sort();
}
