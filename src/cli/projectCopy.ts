// A copy of the project's sources in a temporary folder, for a build or a command that must leave the working tree
// alone: the reproducibility check's cold build, the /debate/ build, and the tests that edit content or run the
// draft command. The copy shares the installed packages but not their caches (Astro's content store in
// node_modules/.astro, Vite's in node_modules/.vite), so it starts cold, as a fresh clone does, and any number of
// copies can build while the gate's other checks read the working tree's generated types.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** What a build reads: the configuration and the folders of sources, content, seeds and static files. */
const SOURCES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'vitest.config.ts', 'src', 'content', 'seeds', 'public'];
const CACHES = new Set(['.astro', '.vite']);

/**
 * Copies the project's sources (or the `entries` named) into a new temporary folder named after `prefix`, and
 * returns its path.
 */
export function copyProject(prefix: string, entries: readonly string[] = SOURCES): string {
	const root = mkdtempSync(join(tmpdir(), `${prefix}-`));
	for (const entry of entries) cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
	const modules = join(root, 'node_modules');
	mkdirSync(modules);
	for (const entry of readdirSync(join(ROOT, 'node_modules')))
		if (!CACHES.has(entry)) symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry));
	return root;
}

/**
 * `astro build` of a fresh copy of the sources, written to `outDir` (an absolute path) with `env` added to this
 * process's environment; the copy is removed afterwards. `quiet` keeps only the build's errors. Returns its status.
 */
export function buildCopy(outDir: string, { env = {}, quiet = false }: { env?: Record<string, string>; quiet?: boolean } = {}): number {
	const root = copyProject('debate-build');
	try {
		const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
			cwd: root,
			stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
			env: { ...process.env, ...env, OUT_DIR: outDir },
		});
		return result.status ?? 1;
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}
