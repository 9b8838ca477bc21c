import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyProject, ROOT } from '../cli/projectCopy.ts';

const EVENT = 'content/events/2023-05-23-tugendhat-pier-speech.mdx';
const roots: string[] = [];

/** Runs `astro build` on a copy of this project with one edit made to one event file. */
function buildWithEdit(find: string, replace: string) {
	const root = copyProject('debate-build');
	roots.push(root);
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
