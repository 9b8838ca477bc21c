// `node src/cli/build-copy.ts <outDir>`: `astro build` of a copy of the project's sources (see projectCopy.ts),
// written to <outDir> in the working tree, with the environment it is given. The gate builds the /debate/ site
// this way, beside checks that read the working tree's generated types, which a build there would rewrite.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyProject, ROOT } from './projectCopy.ts';

const [outDir] = process.argv.slice(2);
if (!outDir) {
	console.error('usage: node src/cli/build-copy.ts <outDir>');
	process.exit(2);
}
const out = resolve(ROOT, outDir);
rmSync(out, { recursive: true, force: true });
const root = copyProject('debate-build');
try {
	const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, OUT_DIR: out },
	});
	process.exitCode = result.status ?? 1;
} finally {
	rmSync(root, { recursive: true, force: true });
}
