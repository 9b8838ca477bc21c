// `node src/cli/serve-static.ts <dir> <base> <port> [--extra <path>=<file>]...`: serves a built site from a folder
// under a base path, as a plain static host would (index.html for folders, 404.html for anything missing, text
// gzipped, each file revalidated by its ETag). Used by the browser tests (the root build, and the BASE_PATH=/debate/
// build beside it) and by Lighthouse. `--extra` serves one more file at a path outside the site (the browser tests'
// copy of axe-core, served from the site's own origin as its CSP requires).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';

const { positionals, values } = parseArgs({ options: { extra: { type: 'string', multiple: true } }, allowPositionals: true });
const [dir = 'dist', base = '/', port = '4392'] = positionals;
const extras = new Map(
	(values.extra ?? []).map((pair) => {
		const [path, file] = pair.split('=', 2);
		if (!path?.startsWith('/') || !file || !existsSync(file)) throw new Error(`--extra ${pair}: expected /path=existing-file`);
		return [path, file];
	}),
);
const prefix = base.replace(/\/?$/, '/');
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.wasm': 'application/wasm',
};

createServer((request, response) => {
	let path: string;
	try {
		path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
	} catch {
		// A malformed address (a lone "%", a broken UTF-8 escape) is the client's error, not a reason to stop.
		response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request: malformed URL\n');
		return;
	}
	const inner = path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
	const extra = extras.get(path);
	const candidates = [
		...(extra ? [extra] : []),
		...(inner === undefined ? [] : [join(dir, normalize(`/${inner}`)), join(dir, normalize(`/${inner}`), 'index.html')]),
	];
	const found = candidates.map((f) => [f, statSync(f, { throwIfNoEntry: false })] as const).find(([, stats]) => stats?.isFile());
	const file = found?.[0];
	const served = file ?? join(dir, '404.html');
	const stats = found?.[1] ?? statSync(served, { throwIfNoEntry: false });
	if (!stats) {
		response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
		return;
	}
	const type = TYPES[extname(served)] ?? 'application/octet-stream';
	const gzip = /text|json|xml|svg/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
	// As the common static hosts do (and `astro preview`): the browser may keep a copy, but asks each time whether it
	// is still current, and an unchanged file comes back as a bodiless 304.
	const { size, mtimeMs } = stats;
	const etag = `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
	const headers = { 'Cache-Control': 'no-cache', ETag: etag, ...(gzip ? { Vary: 'Accept-Encoding' } : {}) };
	if (file && request.headers['if-none-match'] === etag) {
		response.writeHead(304, headers).end();
		return;
	}
	response.writeHead(file ? 200 : 404, {
		'Content-Type': type,
		...headers,
		...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
	});
	const stream = createReadStream(served);
	if (gzip) stream.pipe(createGzip()).pipe(response);
	else stream.pipe(response);
}).listen(Number(port), '127.0.0.1', () => console.log(`Serving ${dir} at http://127.0.0.1:${port}${prefix}`));
