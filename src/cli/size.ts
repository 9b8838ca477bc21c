// `npm run size`: what a first visit downloads, gzipped, for each budgeted page of the built site in dist/.
// Initial JavaScript is every module script the page loads plus everything those import statically; chunks
// reached only through import() (zoom, redraw) load on first use and are reported apart.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Budget {
	page: string;
	/** Limits in bytes, gzipped. */
	initialJs: number;
	total?: number;
}

const BUDGETS: Budget[] = [{ page: '/', initialJs: 30 * 1024 }];

const dist = process.argv[2] ?? 'dist';
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const fileFor = (url: string) => join(dist, decodeURIComponent(url.split(/[?#]/)[0]).replace(/^\/+/, ''));
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const local = (url: string) => (url.startsWith(base) ? `/${url.slice(base.length)}` : url);

/** Follows static imports from a module, returning every module in its initial graph. */
function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
	if (seen.has(entry)) return seen;
	seen.add(entry);
	const code = readFileSync(fileFor(local(entry)), 'utf8');
	for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
		staticGraph(new URL(match[1], `http://x${entry}`).pathname, seen);
	}
	return seen;
}

function lazyChunks(graph: Set<string>): Set<string> {
	const lazy = new Set<string>();
	for (const module of graph) {
		const code = readFileSync(fileFor(local(module)), 'utf8');
		for (const match of code.matchAll(/import\(\s*[`"']([^`"']+)[`"']\s*\)/g)) {
			const url = new URL(match[1], `http://x${module}`).pathname;
			if (!graph.has(url)) for (const chunk of staticGraph(url)) if (!graph.has(chunk)) lazy.add(chunk);
		}
	}
	return lazy;
}

let failed = false;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
for (const budget of BUDGETS) {
	const htmlFile = join(dist, budget.page, 'index.html');
	if (!existsSync(htmlFile)) throw new Error(`invalid page: ${budget.page} (no ${htmlFile}; run npm run build first)`);
	const html = readFileSync(htmlFile, 'utf8');
	const scripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => local(m[1]));
	const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
	const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => local(m[1]));
	const graph = new Set<string>();
	for (const script of scripts) staticGraph(script, graph);
	const jsBytes = [...graph].reduce((n, module) => n + gz(readFileSync(fileFor(module))), 0) + (inline.trim() ? gz(inline) : 0);
	const cssBytes = styles.reduce((n, sheet) => n + gz(readFileSync(fileFor(sheet))), 0);
	const htmlBytes = gz(html);
	const lazy = lazyChunks(graph);
	const lazyBytes = [...lazy].reduce((n, module) => n + gz(readFileSync(fileFor(module))), 0);
	const total = htmlBytes + cssBytes + jsBytes;
	const jsOk = jsBytes <= budget.initialJs;
	const totalOk = budget.total === undefined || total <= budget.total;
	failed ||= !jsOk || !totalOk;
	console.log(`${budget.page}`);
	console.log(`  HTML ${kb(htmlBytes)}, CSS ${kb(cssBytes)}, initial JS ${kb(jsBytes)} in ${graph.size} modules (budget ${kb(budget.initialJs)})${jsOk ? '' : '  OVER BUDGET'}`);
	console.log(`  initial transfer ${kb(total)}${budget.total ? ` (budget ${kb(budget.total)})${totalOk ? '' : '  OVER BUDGET'}` : ''}`);
	console.log(`  loaded on first use: ${kb(lazyBytes)} in ${lazy.size} modules`);
}
if (failed) {
	console.error('Size budget exceeded.');
	process.exit(1);
}
