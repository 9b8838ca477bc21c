// `npm run repro`: builds the site once more from cold, into a temporary folder, and fails unless every file is
// byte-identical to the build `npm run build` left in dist/. Prints the files that differ.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

const hashes = (dir: string) =>
	new Map(
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((name) => statSync(join(dir, name)).isFile())
			.map((name) => [
				name,
				createHash('sha256')
					.update(readFileSync(join(dir, name)))
					.digest('hex'),
			]),
	);

const built = join(ROOT, 'dist');
if (!existsSync(built)) throw new Error('no dist/: run npm run build first');
const first = hashes(built);
// The second build starts without Astro's caches, as a fresh clone would.
const dir = mkdtempSync(join(tmpdir(), 'debate-repro-'));
for (const cache of [join(ROOT, 'node_modules', '.astro'), join(ROOT, 'node_modules', '.vite')])
	rmSync(cache, { recursive: true, force: true });
const result = spawnSync(process.execPath, [astro, 'build'], {
	cwd: ROOT,
	stdio: ['ignore', 'ignore', 'inherit'],
	env: { ...process.env, TZ: 'UTC', OUT_DIR: dir },
});
if (result.status !== 0) throw new Error(`astro build failed with status ${result.status}`);
const second = hashes(dir);
try {
	const names = [...new Set([...first.keys(), ...second.keys()])].sort();
	const differing = names.filter((name) => first.get(name) !== second.get(name));
	if (differing.length > 0) {
		console.error(`The fresh build differs from dist/ in ${differing.length} of ${names.length} files:\n  ${differing.join('\n  ')}`);
		process.exitCode = 1;
	} else {
		console.log(`Reproducible: a fresh build wrote the same ${names.length} files as dist/, byte for byte.`);
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}
