import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actorSchema, personSchema } from '../content/schemas.ts';
import { quoteInSource } from '../provenance/quoteInSource.ts';
import { draftEvent } from './draftEvent.ts';
import { findDates } from './findDates.ts';
import { findStatistics } from './findStatistics.ts';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const list = (name: string) => parse(readFileSync(join(ROOT, 'content', `${name}.yaml`), 'utf8'), { schema: 'core' }) as unknown[];
const actors = list('actors').map((a) => actorSchema.parse(a));
const people = list('people').map((p) => personSchema.parse(p));
const seed = (id: string) => readFileSync(join(ROOT, 'seeds', `${id}.txt`), 'utf8');
const draft = (article: string, published?: string, seedId = 'test_article') => draftEvent({ article, seedId, published, actors, people });

describe('draftEvent on the archived articles', () => {
	it('finds the date "Dec 11, 2023" and Ian Critchley’s quotes in the Police Professional article', () => {
		const result = draft(seed('004_4db77244379ade82'), undefined, '004_4db77244379ade82');
		expect(result.dates[0]).toEqual({ value: '2023-12-11', text: 'Dec 11, 2023', kind: 'explicit' });
		expect(result.id).toMatch(/^2023-12-11-npcc-warns-meta/);
		const critchley = result.quotes.filter((q) => q.speaker?.personId === 'ian-critchley').map((q) => q.text);
		expect(critchley).toContain(
			'On average policing arrests 800 suspected offenders a month and safeguards on average 1,200 children a month in relation to child sexual exploitation (CSE) offences.',
		);
		expect(critchley.some((text) => text.startsWith('Policing is not against privacy or encryption in general'))).toBe(true);
		expect(result.quotes.filter((q) => q.speaker?.personId === 'susie-hargreaves').length).toBeGreaterThan(2);
		expect(result.statistics.map((s) => s.figure)).toEqual(
			expect.arrayContaining(['800', '1,200', 'at least 21 million', '92 per cent', '85 per cent', '37 per cent', '25 per cent']),
		);
	});

	it('resolves "on Tuesday" against the publication date and attributes Tugendhat’s words', () => {
		const result = draft(seed('002_e43ccbde55de70ab'), '2023-05-23');
		expect(result.dates).toContainEqual({ value: '2023-05-23', text: 'on Tuesday', kind: 'relative' });
		expect(result.quotes.filter((q) => q.speaker?.personId === 'tom-tugendhat').map((q) => q.text)).toEqual(
			expect.arrayContaining([
				'For predators that’s a significant deterrent. And for their victims, it’s a lifeline.',
				'That lifeline is now under threat.',
			]),
		);
	});

	it('writes only quotes and figures that stand verbatim in the article', () => {
		for (const id of [
			'000_2296fc78dd5e3742',
			'001_9493c54dbd4bc5bb',
			'002_e43ccbde55de70ab',
			'003_788f3f1cd1597fb3',
			'004_4db77244379ade82',
		]) {
			const article = seed(id);
			const result = draft(article, '2021-04-19', id);
			expect(result.quotes.length, id).toBeGreaterThan(0);
			for (const quote of result.quotes) expect(quoteInSource(quote.text, article), quote.text).toEqual({ ok: true });
			for (const stat of result.statistics) expect(article).toContain(stat.figure);
		}
	});
});

describe('draftEvent on articles it has never seen', () => {
	const article = [
		'Minister backs new safety tech for encrypted apps',
		'',
		'The Home Secretary, Suella Braverman, said: “We will fund detection tools that respect privacy.”',
		'“The public expects action,” said Sir Peter Wanless, of the NSPCC.',
		'An unnamed official said the plan was “ready by the spring”.',
		'The charity says 64% of parents support the plan, and 3 million messages a day could be checked.',
		'The announcement was made on 14 March 2024.',
	].join('\n');

	it('reads the explicit date, every speaker pattern and every figure', () => {
		const result = draft(article, '2024-03-15');
		expect(result.date).toBe('2024-03-14');
		expect(result.quotes.map((q) => [q.text, q.speaker?.personId ?? null])).toEqual([
			['We will fund detection tools that respect privacy.', 'suella-braverman'],
			['The public expects action', 'peter-wanless'],
			['ready by the spring', null],
		]);
		expect(result.statistics.map((s) => s.figure)).toEqual(['64%', '3 million']);
		expect(result.mdx).toContain('stance: TODO-choose-a-stance');
		expect(result.mdx).toMatch(/^# Quotes with no known speaker:\n# {3}"ready by the spring"$/m);
		expect(result.todo[0]).toContain('stance');
	});

	it('writes YAML that reads back to the same words, whatever characters the article holds', () => {
		const awkward = [
			'Headline: "quotes", #hashes and a back\\slash',
			'',
			"Suella Braverman said: “A line with: a colon, a # hash, a \\ backslash and 'single' quotes.”",
		].join('\n');
		const result = draft(awkward, '2024-03-15');
		const frontmatter = parse(result.mdx.split('---\n')[1], { schema: 'core' }) as {
			title: string;
			positions: { quotes: { text: string }[] }[];
		};
		expect(frontmatter.title).toBe('Headline: "quotes", #hashes and a back\\slash');
		expect(frontmatter.positions[0].quotes[0].text).toBe("A line with: a colon, a # hash, a \\ backslash and 'single' quotes.");
		expect(parse(result.sourceEntry, { schema: 'core' })).toEqual([
			expect.objectContaining({ id: 'test_article', title: frontmatter.title.replace(/…$/, '') }),
		]);
	});
});

describe('findDates and findStatistics', () => {
	it('reads dates in the forms articles use, and none that are impossible', () => {
		expect(findDates('On 11 December 2023, and Dec 11, 2023, and in July 2023; not 31 February 2023.').map((d) => d.value)).toEqual([
			'2023-12-11',
			'2023-12-11',
			'2023-07',
		]);
		expect(findDates('It happened yesterday and later today.', '2021-04-19').map((d) => d.value)).toEqual(['2021-04-18', '2021-04-19']);
	});

	it('leaves out years and the days of dates', () => {
		expect(
			findStatistics('In 2021 there were 20,000 investigations. On 11 December 2023 it said 70% would be lost.').map((s) => s.figure),
		).toEqual(['20,000', '70%']);
	});
});

describe('speaker and date edge cases', () => {
	it('matches a name as a whole word only', async () => {
		const { matchSpeaker } = await import('./findQuotes.ts');
		const known = [{ personId: 'sam-lee', actorId: 'x', names: ['Lee'] }];
		expect(matchSpeaker('Leeds City Council', known)).toBeUndefined();
		expect(matchSpeaker('Ms Lee', known)?.personId).toBe('sam-lee');
	});

	it('takes "last Tuesday" as the Tuesday before a Tuesday publication', () => {
		expect(findDates('It was agreed last Tuesday, and signed on Tuesday.', '2023-05-23').map((d) => d.value)).toEqual([
			'2023-05-16',
			'2023-05-23',
		]);
	});
});

describe('findDates without a publication date', () => {
	it('offers no relative date, since there is nothing to resolve it against, and calls only dated words explicit', () => {
		expect(findDates('Yesterday, on Tuesday, the minister spoke; on 14 March 2024 she wrote.')).toEqual([
			{ value: '2024-03-14', text: '14 March 2024', kind: 'explicit' },
		]);
		expect(findDates('It happened yesterday.', '2021-04-19')).toEqual([{ value: '2021-04-18', text: 'yesterday', kind: 'relative' }]);
	});
});
