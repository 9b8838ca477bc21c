// `npm run repro`: builds the site twice, into two temporary folders, and fails unless every file of the two
// builds is byte-identical. Prints the files that differ.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

// Each build starts without Astro's caches, as a fresh clone would.
function build(): { dir: string; hashes: Map<string, string> } {
	const dir = mkdtempSync(join(tmpdir(), 'debate-repro-'));
	for (const cache of [join(ROOT, 'node_modules', '.astro'), join(ROOT, 'node_modules', '.vite')]) rmSync(cache, { recursive: true, force: true });
	const result = spawnSync(process.execPath, [astro, 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, TZ: 'UTC', OUT_DIR: dir } });
	if (result.status !== 0) throw new Error(`astro build failed with status ${result.status}`);
	const walk = (folder: string): string[] =>
		readdirSync(folder).flatMap((name) => (statSync(join(folder, name)).isDirectory() ? walk(join(folder, name)) : [join(folder, name)]));
	return { dir, hashes: new Map(walk(dir).map((file) => [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')])) };
}

const first = build();
const second = build();
try {
	const names = [...new Set([...first.hashes.keys(), ...second.hashes.keys()])].sort();
	const differing = names.filter((name) => first.hashes.get(name) !== second.hashes.get(name));
	if (differing.length > 0) {
		console.error(`Two builds differ in ${differing.length} of ${names.length} files:\n  ${differing.join('\n  ')}`);
		process.exitCode = 1;
	} else {
		console.log(`Reproducible: two builds wrote the same ${names.length} files, byte for byte.`);
	}
} finally {
	rmSync(first.dir, { recursive: true, force: true });
	rmSync(second.dir, { recursive: true, force: true });
}
