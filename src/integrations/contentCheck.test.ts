import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EVENT = 'content/events/2023-05-23-tugendhat-pier-speech.mdx';
const roots: string[] = [];

/** Runs `astro build` on a copy of this project with one edit made to one event file. */
function buildWithEdit(find: string, replace: string) {
	const root = mkdtempSync(join(tmpdir(), 'debate-build-'));
	roots.push(root);
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'seeds', 'public']) {
		cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
	const path = join(root, EVENT);
	const text = readFileSync(path, 'utf8');
	expect(text).toContain(find);
	writeFileSync(path, text.replace(find, replace));
	const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
	const result = spawnSync(process.execPath, [astro, 'build'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, TZ: 'UTC', NO_COLOR: '1' },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('npm run build', () => {
	it('fails when one word of a quote is changed, naming the file and the words', () => {
		const { status, output } = buildWithEdit('That lifeline is now under threat.', 'That lifeline is now under attack.');
		expect(status).not.toBe(0);
		expect(output).toContain(`${EVENT}:`);
		expect(output).toContain('quote is not verbatim in seed 002_e43ccbde55de70ab: "That lifeline is now under attack." not found');
	});

	it('fails when an event is dated 2023-02-30, naming the file and the date', () => {
		const { status, output } = buildWithEdit('date: "2023-05-23"', 'date: "2023-02-30"');
		expect(status).not.toBe(0);
		expect(output).toContain(`${EVENT}:4 date: invalid date: "2023-02-30" is not a real date`);
	});
});
