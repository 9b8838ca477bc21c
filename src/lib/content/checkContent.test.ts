import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblems, type ContentProblem } from './checkContent.ts';
import { readContent } from './readContent.ts';

const FIXTURE = join(import.meta.dirname, '__fixtures__', 'minimal');
const EVENT = 'content/events/2021-04-19-roundtable.mdx';
const roots: string[] = [];

/** Copies the minimal valid project, applies edits (file → [find, replace] pairs; a new file starts empty), and checks it. */
function check(edits: Record<string, [string | RegExp, string][]> = {}) {
	const root = mkdtempSync(join(tmpdir(), 'content-check-'));
	roots.push(root);
	cpSync(FIXTURE, root, { recursive: true });
	for (const [file, replacements] of Object.entries(edits)) {
		const path = join(root, file);
		let text = existsSync(path) ? readFileSync(path, 'utf8') : '';
		for (const [find, replace] of replacements) {
			const next = text.replace(find, replace);
			if (next === text) throw new Error(`fixture edit did not apply: ${String(find)}`);
			text = next;
		}
		writeFileSync(path, text);
	}
	return checkContent(readContent(root));
}

afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('checkContent', () => {
	it('accepts content whose every quote, figure and reference checks out', () => {
		expect(check()).toEqual([]);
	});

	it('refuses a quote with one word changed, naming the file, line, field and the words not found', () => {
		const problems = check({ [EVENT]: [['nowhere near enough', 'nowhere near sufficient']] });
		expect(problems).toEqual([
			{
				file: EVENT,
				line: 13,
				field: 'positions[0].quotes[1].text',
				message: expect.stringMatching(
					/^quote is not verbatim in seed s1: "Simply removing accounts from a platform is nowhere near sufficient\." not found; the source has "Simply removing accounts from a platform is nowhere near enough\./,
				),
			},
		]);
	});

	it('refuses a quote attributed to a seed it is not in', () => {
		const problems = check({
			'content/sources.yaml': [[/$/, '- id: s2\n  publisher: Other\n  title: Other\n  published: "2021-04-20"\n  kind: news-report\n']],
			'seeds/s2.txt': [[/^/, 'A different article about encryption.\n']],
			'seeds/SHA256SUMS': [[/$/, '1db808a045f01987717b15dd770484216b2e290d50397ad76085411c7eab5931  s2.txt\n']],
			[EVENT]: [['        source: s1', '        source: s2']],
		});
		expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
			'positions[1].quotes[0].text: quote is not verbatim in seed s2: "End-to-end encryption is already the leading security technology." not found',
		]);
	});

	it('refuses unknown actors, stances, people and sources, suggesting near names', () => {
		const problems = check({
			[EVENT]: [
				['actor: home-office', 'actor: home-offic'],
				['stance: encrypt-gradually', 'stance: encrypt-slowly'],
				['speaker: facebook-spokesperson', 'speaker: zuckerberg'],
				['    source: s1\n    quotes', '    source: s9\n    quotes'],
			],
		});
		expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
			'positions[0].actor: unknown actor "home-offic"; did you mean "home-office"?',
			'positions[0].quotes[0].source: unknown source "s9"',
			'positions[0].quotes[1].source: unknown source "s9"',
			'positions[1].stance: unknown stance "encrypt-slowly"',
			'positions[1].speaker: unknown person "zuckerberg"',
		]);
	});

	it('refuses a speaker who speaks for another actor', () => {
		const problems = check({ [EVENT]: [['speaker: facebook-spokesperson', 'speaker: priti-patel']] });
		expect(problems.map((p) => p.message)).toEqual(['Priti Patel speaks for "home-office", not for "meta"']);
	});

	it('refuses duplicate ids and duplicate stance ranks', () => {
		const problems = check({
			'content/actors.yaml': [['- id: meta', '- id: nspcc']],
			'content/stances.yaml': [['rank: 2', 'rank: 1']],
		});
		expect(problems.map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`)).toEqual(
			expect.arrayContaining([
				'content/actors.yaml:9 [2].id: duplicate actor id "nspcc" (also in content/actors.yaml)',
				'content/stances.yaml:6 [1].rank: duplicate stance rank "1" (also in content/stances.yaml)',
			]),
		);
	});

	it('refuses an impossible date, naming the file and the value', () => {
		const [problem] = check({ [EVENT]: [['date: "2021-04-19"', 'date: "2023-02-30"']] });
		expect(problem).toEqual({
			file: EVENT,
			line: 3,
			field: 'date',
			message: 'invalid date: "2023-02-30" is not a real date: February 2023 has 28 days',
		});
	});

	it('refuses an unquoted impossible date rather than rolling it into the next month', () => {
		const [problem] = check({ [EVENT]: [['date: "2021-04-19"', 'date: 2023-02-30']] });
		expect(problem.message).toContain('"2023-02-30" is not a real date');
	});

	it('refuses a precision that does not match the date', () => {
		const problems = check({ [EVENT]: [['date: "2021-04-19"', 'date: "2021-04"\nprecision: day']] });
		expect(problems.map((p) => `${p.line} ${p.field}: ${p.message}`)).toEqual([
			'4 precision: precision "day" does not match date "2021-04", which is written to the month',
		]);
	});

	it('refuses a misspelt field, with its line', () => {
		const problems = check({ [EVENT]: [['    speaker: priti-patel', '    speeker: priti-patel']] });
		expect(problems).toEqual([{ file: EVENT, line: 9, field: 'positions[0].speeker', message: 'unknown field "speeker" (check its spelling)' }]);
	});

	it('refuses a figure that is not in its source', () => {
		const problems = check({ [EVENT]: [['figure: 70%', 'figure: 75%']] });
		expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual(['claims[0].figure: figure "75%" does not appear in seed s1']);
	});

	it('refuses a date source that is neither a source nor a reference', () => {
		const problems = check({ [EVENT]: [['dateSource: s1', 'dateSource: https://example.org/somewhere']] });
		expect(problems.map((p) => p.message)).toEqual([
			'"https://example.org/somewhere" is neither a source id nor the url of one of this event\'s references',
		]);
	});

	it('refuses a quote with no source', () => {
		const problems = check({ [EVENT]: [['    source: s1\n    quotes', '    quotes']] });
		expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
			'positions[0].quotes[0].source: no source: give the quote or its position a `source`',
			'positions[0].quotes[1].source: no source: give the quote or its position a `source`',
		]);
	});

	it('refuses a second position for the same actor in one event', () => {
		const problems = check({ [EVENT]: [['actor: meta\n    stance: encrypt-gradually\n    speaker: facebook-spokesperson', 'actor: home-office\n    stance: encrypt-gradually']] });
		expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual(['positions[1].actor: actor "home-office" has two positions in one event']);
	});

	it('refuses a seed with no source entry', () => {
		const problems = check({ 'content/sources.yaml': [['- id: s1', '- id: s0']] });
		expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual(
			expect.arrayContaining(['seeds/s1.txt: seed has no entry in content/sources.yaml', 'content/sources.yaml: no seed file seeds/s0.txt for source "s0"']),
		);
	});

	it('reports unreadable YAML with its line', () => {
		const problems = check({ 'content/people.yaml': [['  role: Home Secretary', '  role: Home Secretary\n  role: Minister']] });
		expect(problems).toEqual([{ file: 'content/people.yaml', line: 4, field: '', message: 'YAML: Map keys must be unique' }]);
	});

	it('lists every problem at once, still checking the quotes of an event whose date is wrong', () => {
		const problems = check({
			[EVENT]: [
				['date: "2021-04-19"', 'date: "2021-02-30"'],
				['This is not acceptable', 'This is not fine'],
				['figure: 70%', 'figure: 71%'],
			],
			'content/people.yaml': [['actor: home-office', 'actor: home-offices']],
		});
		expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
			`${EVENT} date`,
			`${EVENT} positions[0].quotes[0].text`,
			`${EVENT} claims[0].figure`,
			'content/people.yaml [0].actor',
		]);
		expect(formatProblems(problems).split('\n')[0]).toBe('Content check found 4 problems:');
	});
});

describe('formatProblems', () => {
	it('prints one line per problem as file:line field: message', () => {
		expect(
			formatProblems([
				{ file: 'content/events/a.mdx', line: 3, field: 'date', message: 'invalid date' },
				{ file: 'seeds/x.txt', field: '', message: 'seed has no entry' },
			]),
		).toBe('Content check found 2 problems:\n  content/events/a.mdx:3 date: invalid date\n  seeds/x.txt: seed has no entry');
	});
});

describe('checkContent, aliases', () => {
	it('refuses an alias that is the id of an event', () => {
		const problems = check({ [EVENT]: [['summary: The Home Secretary speaks.', 'summary: The Home Secretary speaks.\naliases: ["2021-04-19-roundtable"]']] });
		expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual(['aliases[0]: alias "2021-04-19-roundtable" is the id of this event']);
	});

	it('accepts an alias that names no other event', () => {
		expect(check({ [EVENT]: [['summary: The Home Secretary speaks.', 'summary: The Home Secretary speaks.\naliases: ["2020-04-19-roundtable"]']] })).toEqual([]);
	});
});

describe('checkContent, evidence grades', () => {
	const NSPCC_REPORTED = `  - actor: nspcc
    stance: halt-until-safe
    source: s1
    quotes:
      - text: The NSPCC said 70% of reports could be lost.
        by: publication
claims:`;

	it("accepts a position resting on a publication's report of the actor's view", () => {
		expect(check({ [EVENT]: [['claims:', NSPCC_REPORTED]] })).toEqual([]);
	});

	it('refuses a position with no evidence, naming the file, line and field', () => {
		const problems = check({ [EVENT]: [['    quotes:\n      - text: End-to-end encryption is already the leading security technology.\n        source: s1', '    quotes: []']] });
		expect(problems).toEqual([
			{ file: EVENT, line: 17, field: 'positions[1].quotes', message: 'a position needs evidence: at least one quote or one `linked` reference' },
		]);
	});

	it("refuses a position whose only quotes are another party's words, unless it declares who described it", () => {
		const described = NSPCC_REPORTED.replace('by: publication', 'by: priti-patel').replace('The NSPCC said 70% of reports could be lost.', 'firms should');
		const problems = check({ [EVENT]: [['claims:', described]] });
		expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
			'positions[2].quotes[0].by: quote is "home-office"\'s words, not "nspcc"\'s: declare `describedBy: home-office` to show the position as described by them, or quote "nspcc" itself',
		]);
		expect(check({ [EVENT]: [['claims:', described.replace('    source: s1', '    source: s1\n    describedBy: home-office')]] })).toEqual([]);
	});

	it("refuses describedBy on a position that has the actor's own words", () => {
		const problems = check({ [EVENT]: [['    speaker: facebook-spokesperson', '    speaker: facebook-spokesperson\n    describedBy: home-office']] });
		expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
			'positions[1].describedBy: describedBy "home-office" is only for a position whose sole evidence is another party\'s words, but this one has "meta"\'s own words',
		]);
	});

	it('refuses a quote whose `by` is neither a person, an actor nor "publication"', () => {
		const problems = check({ [EVENT]: [['claims:', NSPCC_REPORTED.replace('by: publication', 'by: the-nspcc')]] });
		expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
			'positions[2].quotes[0].by: unknown person or actor "the-nspcc"; did you mean "nspcc"? (or "publication" for the source\'s own words)',
		]);
	});

	const LINKED = `  - actor: nspcc
    stance: halt-until-safe
    linked:
      - paraphrase: The charity said the rollout should wait for detection tools.
        url: https://example.org/statement
        publisher: Example Charity
        title: Our statement
        published: "2021-04-20"
claims:`;

	it('accepts a linked paraphrase with its reference, and refuses one in quotation marks, giving the value', () => {
		expect(check({ [EVENT]: [['claims:', LINKED]] })).toEqual([]);
		for (const quoted of ['The charity said the rollout should “wait”.', "The charity said it would 'wait' for tools.", 'The charity said "wait".']) {
			const problems = check({ [EVENT]: [['claims:', LINKED.replace('The charity said the rollout should wait for detection tools.', JSON.stringify(quoted))]] });
			expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
				`positions[2].linked[0].paraphrase: a linked paraphrase is in our own words: no quotation marks (quote only from an archived seed) (got ${JSON.stringify(quoted)})`,
			]);
		}
	});

	it("keeps an apostrophe in a linked paraphrase: it is not a quotation mark", () => {
		expect(check({ [EVENT]: [['claims:', LINKED.replace('The charity said', "The charity's chief said")]] })).toEqual([]);
	});

	it('accepts a stance written with its old id, and refuses an alias that is another stance\'s id', () => {
		const renamed = check({ 'content/stances.yaml': [['- id: halt-until-safe', '- id: halt-until-shown\n  aliases: [halt-until-safe]']] });
		expect(renamed).toEqual([]);
		const clash = check({ 'content/stances.yaml': [['- id: halt-until-safe', '- id: halt-until-shown\n  aliases: [encrypt-gradually]']] });
		expect(clash.map((p) => p.message)).toContain('alias "encrypt-gradually" is the id of a stance');
	});

	it('holds every seed to its SHA-256 in seeds/SHA256SUMS: an edited, an unlisted, a missing seed, a bad line', () => {
		const messages = (problems: ContentProblem[]) => problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''} ${p.message}`);
		expect(messages(check({ 'seeds/s1.txt': [['moral duty', 'moral obligation']] }))).toContainEqual(
			expect.stringMatching(/^seeds\/s1\.txt does not match its SHA-256 in seeds\/SHA256SUMS: a seed is never edited/),
		);
		expect(messages(check({ 'seeds/extra.txt': [['', 'An article nobody archived properly.']] }))).toContainEqual(
			expect.stringMatching(/^seeds\/extra\.txt is not listed in seeds\/SHA256SUMS: archive articles with npm run draft/),
		);
		expect(messages(check({ 'seeds/SHA256SUMS': [[/$/, `${'0'.repeat(64)}  gone.txt\nnot a line\n`]] }))).toEqual(
			expect.arrayContaining([expect.stringMatching(/^seeds\/gone\.txt is listed in seeds\/SHA256SUMS but missing/), expect.stringMatching(/^seeds\/SHA256SUMS:\d+ is not "<sha256> {2}<file>"/)]),
		);
	});
});
