import { describe, expect, it } from 'vitest';
import { locateQuote, normalizeTypography, parseQuote, quoteInSource } from './quoteInSource.ts';

const source =
	'Mr Tugendhat said: “For predators that’s a significant deterrent. And for their victims, it’s a lifeline.\n' +
	'“That lifeline is now under threat.”\n' +
	'The offending will continue – but the company intends to blind itself. Meta will no longer be able to spot grooming … on their platforms.';

describe('quoteInSource', () => {
	it('accepts a quote whose only differences are typographic', () => {
		expect(quoteInSource("For predators that's a significant deterrent.", source)).toEqual({ ok: true });
		expect(quoteInSource('The offending will continue - but the company', source).ok).toBe(true);
		expect(quoteInSource('The offending   will continue —\nbut the company', source).ok).toBe(true);
	});

	it('refuses a quote with one word changed and shows what the source says', () => {
		const result = quoteInSource('That lifeline is now under attack.', source);
		expect(result).toMatchObject({ ok: false, missing: 'That lifeline is now under attack.' });
		expect(result.ok === false && result.sourceSays).toContain('That lifeline is now under threat.');
	});

	it('joins fragments with an ellipsis only when they appear in order', () => {
		expect(quoteInSource('For predators … it’s a lifeline.', source).ok).toBe(true);
		expect(quoteInSource('For predators ... That lifeline', source).ok).toBe(true);
		const reversed = quoteInSource('That lifeline is now under threat … For predators', source);
		expect(reversed).toMatchObject({ ok: false, sourceSays: 'each fragment appears, but not in this order' });
	});

	it('matches an ellipsis the source itself prints', () => {
		expect(quoteInSource('Meta will no longer be able to spot grooming … on their platforms.', source).ok).toBe(true);
	});

	it("lets [square brackets] stand for a few of the source's words, but not a whole passage", () => {
		expect(quoteInSource('but [Meta] intends to blind itself', source).ok).toBe(true);
		expect(quoteInSource('[The company] intends to blind itself', source).ok).toBe(true);
		expect(quoteInSource('For predators [this is] a lifeline.', source).ok).toBe(false);
	});

	it('does not match inside a word', () => {
		expect(quoteInSource('redators that', source).ok).toBe(false);
		expect(quoteInSource('a lifelin', source).ok).toBe(false);
	});

	it('refuses a quote made only of editorial marks', () => {
		expect(quoteInSource('[…]', source).ok).toBe(false);
		expect(quoteInSource('…', source).ok).toBe(false);
	});
});

describe('parseQuote', () => {
	it('splits a quote into verbatim words and editorial marks', () => {
		expect(parseQuote('We [e2e] said … more')).toEqual([
			{ kind: 'words', text: 'We' },
			{ kind: 'editorial', text: 'e2e' },
			{ kind: 'words', text: 'said' },
			{ kind: 'omission' },
			{ kind: 'words', text: 'more' },
		]);
	});
});

describe('normalizeTypography', () => {
	it('folds quotes, dashes and white space but keeps words and case', () => {
		expect(normalizeTypography('“It’s”  a\u00a0test – Yes…')).toBe(`"It's" a test - Yes...`);
	});
});

describe('locateQuote', () => {
	const article = 'He said:  “It’s a  lifeline.”\nThen … “That lifeline is now under threat.”';

	it('finds the words in the source as written, across typography and white space', () => {
		const spans = locateQuote("It's a lifeline.", article)!;
		expect(spans.map(([a, b]) => article.slice(a, b))).toEqual(['It’s a  lifeline.']);
	});

	it('gives one range per fragment of a quote with omissions', () => {
		const spans = locateQuote('It’s a lifeline … now under threat.', article)!;
		expect(spans.map(([a, b]) => article.slice(a, b))).toEqual(['It’s a  lifeline', 'now under threat.']);
	});

	it('returns undefined for words the source does not have', () => {
		expect(locateQuote('It is a lifeline.', article)).toBeUndefined();
	});
});

describe('editorial capitalisation and figures', () => {
	it('accepts a word whose first letter an editor changed in brackets', () => {
		expect(quoteInSource('[T]his is not acceptable.', 'She said this is not acceptable.').ok).toBe(true);
		expect(quoteInSource('[T]his is fine.', 'She said this is not acceptable.').ok).toBe(false);
	});

	it('finds a figure only as a whole number', async () => {
		const { figureInSource } = await import('./quoteInSource.ts');
		expect(figureInSource('2 million', 'up to 12 million reports')).toBe(false);
		expect(figureInSource('70%', 'a rise of 170%')).toBe(false);
		expect(figureInSource('70%', 'an estimated 70% of reports')).toBe(true);
		expect(figureInSource('1,200', 'safeguards 1,200 children')).toBe(true);
		expect(figureInSource('1,200', 'safeguards 1,200.5 children')).toBe(false);
	});
});
