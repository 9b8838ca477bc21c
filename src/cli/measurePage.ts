import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a first visit to one page of a built site downloads, in gzipped bytes. */
export interface PageWeight {
	html: number;
	css: number;
	/** Every module script the page loads and all they import statically. */
	initialJs: number;
	initialModules: number;
	/** Chunks reached only through import(): loaded on first use. */
	lazyJs: number;
	lazyModules: number;
	total: number;
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Weighs a page of the site built in `dist`, served under `base` (e.g. "/" or "/debate/"). */
export function measurePage(dist: string, page: string, base = '/'): PageWeight {
	const prefix = base.replace(/\/?$/, '/');
	const local = (url: string) => (url.startsWith(prefix) ? `/${url.slice(prefix.length)}` : url);
	const read = (url: string) => readFileSync(join(dist, decodeURIComponent(local(url).split(/[?#]/)[0]).replace(/^\/+/, '')));
	const htmlFile = join(dist, page, 'index.html');
	if (!existsSync(htmlFile)) throw new Error(`invalid page: ${page} (no ${htmlFile}; run npm run build first)`);
	const html = readFileSync(htmlFile, 'utf8');

	const graph = (entry: string, seen: Set<string>): Set<string> => {
		if (seen.has(entry)) return seen;
		seen.add(entry);
		for (const match of read(entry)
			.toString('utf8')
			.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
			graph(new URL(match[1], `http://x${entry}`).pathname, seen);
		}
		return seen;
	};
	const initial = new Set<string>();
	for (const match of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) graph(local(match[1]), initial);
	const lazy = new Set<string>();
	for (const module of initial) {
		for (const match of read(module)
			.toString('utf8')
			.matchAll(/import\(\s*[`"']([^`"']+)[`"']\s*\)/g)) {
			for (const chunk of graph(new URL(match[1], `http://x${module}`).pathname, new Set())) if (!initial.has(chunk)) lazy.add(chunk);
		}
	}
	const sum = (modules: Set<string>) => [...modules].reduce((n, module) => n + gz(read(module)), 0);
	const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
	const weight = {
		html: gz(html),
		css: styles.reduce((n, sheet) => n + gz(read(sheet)), 0),
		initialJs: sum(initial),
		initialModules: initial.size,
		lazyJs: sum(lazy),
		lazyModules: lazy.size,
	};
	return { ...weight, total: weight.html + weight.css + weight.initialJs };
}

/** Bytes as "12.3 KB". */
export function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}
