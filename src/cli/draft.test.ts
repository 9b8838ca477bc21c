import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { debateFromContent } from '../lib/debate/debateFromContent.ts';
import { readContent } from '../lib/content/readContent.ts';
import { copyProject, ROOT } from './projectCopy.ts';

const root = copyProject('debate-draft');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (script: string, ...args: string[]) => {
	const result = spawnSync(process.execPath, [join(root, 'src', 'cli', script), ...args], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, TZ: 'UTC', NO_COLOR: '1' },
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

const article = [
	'Ofcom sets out rules for encrypted messaging services',
	'',
	'The regulator published its draft code on 14 March 2024.',
	'Sir Peter Wanless, chief executive of the NSPCC, said: “Children deserve the same protection in private messages as anywhere else online.”',
	'“We are not against privacy,” said Ian Critchley.',
	'The NSPCC says 72% of parents are worried, and 4 million children use encrypted apps.',
].join('\n');

describe('npm run draft', () => {
	const file = join(root, 'ofcom-draft-code.txt');
	writeFileSync(file, article);

	it('archives an unseen article and drafts an event with its date, quotes and figures', () => {
		const { status, output } = run('draft.ts', file, '--published', '2024-03-15');
		expect(status, output).toBe(0);
		expect(output).toContain('Drafted content/events/2024-03-14-ofcom-sets-out-rules-for-encrypted-messaging.mdx');
		expect(readFileSync(join(root, 'seeds', 'ofcom_draft_code.txt'), 'utf8')).toBe(article);
		expect(readFileSync(join(root, 'seeds', 'SHA256SUMS'), 'utf8')).toContain(
			`${createHash('sha256').update(article).digest('hex')}  ofcom_draft_code.txt\n`,
		);
		const mdx = readFileSync(join(root, 'content', 'events', '2024-03-14-ofcom-sets-out-rules-for-encrypted-messaging.mdx'), 'utf8');
		expect(mdx).toContain('date: "2024-03-14"');
		expect(mdx).toContain('text: "Children deserve the same protection in private messages as anywhere else online."');
		expect(mdx).toContain('by: peter-wanless');
		expect(mdx).toContain('by: ian-critchley');
		expect(mdx).toContain('figure: "72%"');
		expect(mdx).toContain('figure: "4 million"');
	});

	it('refuses to overwrite the event, or a different seed of the same name', () => {
		expect(run('draft.ts', file).output).toContain('already exists; not overwriting it');
		const clash = join(root, 'clash', 'ofcom-draft-code.txt');
		cpSync(file, clash);
		writeFileSync(clash, `${article}\nA changed line.`);
		expect(run('draft.ts', clash).output).toContain('seeds/ofcom_draft_code.txt already exists with different text');
		expect(readFileSync(join(root, 'seeds', 'ofcom_draft_code.txt'), 'utf8')).toBe(article);
	});

	it('refuses an empty, a binary and an HTML file, saying why, and writes nothing', () => {
		const snapshot = () => [
			readdirSync(join(root, 'seeds')).join(','),
			readdirSync(join(root, 'content', 'events')).join(','),
			readFileSync(join(root, 'content', 'sources.yaml'), 'utf8'),
		];
		const before = snapshot();
		const cases: [string, string | Uint8Array, RegExp][] = [
			['empty.txt', '  \n', /invalid article: .*empty\.txt is empty/],
			['random.txt', Uint8Array.from({ length: 3072 }, (_, i) => (i * 197 + 13) % 256), /random\.txt is not UTF-8 text/],
			[
				'page.html',
				'<!DOCTYPE html><html><head><title>News</title></head><body><p>“We are not against privacy,” said Ian Critchley.</p></body></html>',
				/page\.html is HTML, not the article's text/,
			],
		];
		for (const [name, body, message] of cases) {
			const path = join(root, name);
			writeFileSync(path, body);
			const { status, output } = run('draft.ts', path);
			expect(status, name).toBe(1);
			expect(output, name).toMatch(message);
			expect(output, name).toContain('Nothing was written');
		}
		expect(snapshot()).toEqual(before);
	});

	it('refuses a malformed publication date', () => {
		expect(run('draft.ts', file, '--published', '15/03/2024').output).toContain('invalid --published: "15/03/2024"');
	});

	it('passes the content check and joins the debate once an editor chooses the stances', () => {
		const path = join(root, 'content', 'events', '2024-03-14-ofcom-sets-out-rules-for-encrypted-messaging.mdx');
		expect(run('check-content.ts').status).toBe(1);
		writeFileSync(path, readFileSync(path, 'utf8').replace(/stance: TODO-choose-a-stance.*$/gm, 'stance: encrypt-with-detection'));
		const check = run('check-content.ts');
		const existing = readdirSync(join(ROOT, 'content', 'events')).filter((name) => name.endsWith('.mdx')).length;
		expect(check.output).toContain(`Content check passed: ${existing + 1} events`);
		// What the build makes of it: the same view model every page prints (the gate's own build, with its
		// browser tests, covers the pages themselves; a third build here would only repeat it).
		const debate = debateFromContent(readContent(root));
		const event = debate.events.find((e) => e.id === '2024-03-14-ofcom-sets-out-rules-for-encrypted-messaging');
		expect(event?.positions.map((position) => [position.actor.id, position.stance.id, position.basis])).toEqual([
			['nspcc', 'encrypt-with-detection', 'own-words'],
			['npcc', 'encrypt-with-detection', 'own-words'],
		]);
		expect(debate.events.at(-1)?.id).toBe(event?.id);
		// And the gate's tests of the content itself (the seed archive, a neutral scale, both sides heard) still pass.
		const invariants = spawnSync(
			process.execPath,
			[
				join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'),
				'run',
				'src/lib/content/realContent.test.ts',
				'src/lib/debate/debateContent.test.ts',
			],
			{ cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'UTC', NO_COLOR: '1' } },
		);
		expect(invariants.status, `${invariants.stdout}${invariants.stderr}`).toBe(0);
		expect(invariants.stdout).toMatch(/Test Files\s+2 passed/);
	});
});
