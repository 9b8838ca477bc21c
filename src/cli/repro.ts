// `npm run repro`: builds the site once more, from a copy of its sources with no caches (as a fresh clone in another
// folder would), and fails unless every file is byte-identical to the build `npm run build` left in dist/. Prints the
// files that differ. The working tree and its caches are left alone, so the gate's other checks run beside it.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCopy, ROOT } from './projectCopy.ts';

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
const dir = mkdtempSync(join(tmpdir(), 'debate-repro-'));
try {
	const status = buildCopy(dir, { env: { TZ: 'UTC' }, quiet: true });
	if (status !== 0) throw new Error(`astro build failed with status ${status}`);
	const second = hashes(dir);
	const names = [...new Set([...first.keys(), ...second.keys()])].sort();
	const differing = names.filter((name) => first.get(name) !== second.get(name));
	if (differing.length > 0) {
		console.error(`The fresh build differs from dist/ in ${differing.length} of ${names.length} files:\n  ${differing.join('\n  ')}`);
		process.exitCode = 1;
	} else {
		console.log(`Reproducible: a fresh build from a copy of the sources wrote the same ${names.length} files as dist/, byte for byte.`);
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}
