// `node src/cli/build-copy.ts <outDir>`: `astro build` of a copy of the project's sources (see projectCopy.ts),
// written to <outDir> in the working tree, with the environment it is given. The gate builds the /debate/ site
// this way, beside checks that read the working tree's generated types, which a build there would rewrite.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildCopy, ROOT } from './projectCopy.ts';

const [outDir] = process.argv.slice(2);
if (!outDir) {
	console.error('usage: node src/cli/build-copy.ts <outDir>');
	process.exit(2);
}
const out = resolve(ROOT, outDir);
rmSync(out, { recursive: true, force: true });
process.exitCode = buildCopy(out);
