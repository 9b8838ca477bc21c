import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML page of the built site, as URL paths ("/", "/events/…/"), read from dist/; redirect pages are left out. */
export function builtPages(dist = 'dist'): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return walk(path);
			return name.endsWith('.html') && !readFileSync(path, 'utf8').includes('http-equiv="refresh"') ? [path] : [];
		});
	return walk(dist)
		.map((file) => `/${relative(dist, file)}`.replace(/index\.html$/, '').replace(/\.html$/, '/'))
		.sort();
}
