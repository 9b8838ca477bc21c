// `node src/cli/serve-static.ts <dir> <base> <port>`: serves a built site from a folder under a base path, as a
// plain static host would (index.html for folders, 404.html for anything missing, text gzipped). Used by the
// browser tests to serve the BASE_PATH=/debate/ build beside the root one, and by Lighthouse, since
// `astro preview` runs once per project.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const [dir = 'dist', base = '/', port = '4392'] = process.argv.slice(2);
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
	const file =
		inner === undefined
			? undefined
			: [join(dir, normalize(`/${inner}`)), join(dir, normalize(`/${inner}`), 'index.html')].find(
					(f) => existsSync(f) && statSync(f).isFile(),
				);
	const served = file ?? join(dir, '404.html');
	const type = TYPES[extname(served)] ?? 'application/octet-stream';
	const gzip = /text|json|xml|svg/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
	response.writeHead(file ? 200 : 404, {
		'Content-Type': type,
		...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
	});
	const stream = createReadStream(served);
	if (gzip) stream.pipe(createGzip()).pipe(response);
	else stream.pipe(response);
}).listen(Number(port), '127.0.0.1', () => console.log(`Serving ${dir} at http://127.0.0.1:${port}${prefix}`));
