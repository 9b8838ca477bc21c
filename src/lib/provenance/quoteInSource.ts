/**
 * Folds the typography a quote may change without changing its words: curly and straight quotes,
 * the dashes, the ellipsis character and every run of white space.
 */
export function normalizeTypography(text: string): string {
	return text
		.normalize('NFC')
		.replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
		.replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
		.replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
		.replace(/\u2026/g, '...')
		.replace(/\s+/g, ' ')
		.trim();
}

/** One piece of a quote: words that must stand in the source, or an editor's mark between them. */
export type QuotePart =
	| { kind: 'words'; text: string }
	/** "…" or "...": any amount of the source is left out here, in order. */
	| { kind: 'omission' }
	/** "[words]": the editor's words, standing for at most a few words of the source (or none). */
	| { kind: 'editorial'; text: string };

/** The most source characters an editor's [bracketed] words may stand in for. */
const MAX_EDITORIAL_SPAN = 40;

/** Splits a quote into the words that must be verbatim and the editor's marks ("…", "[…]") between them. */
export function parseQuote(quote: string): QuotePart[] {
	const parts: QuotePart[] = [];
	const pattern = /\[([^\]]*)\]|\u2026|\.\.\./g;
	let last = 0;
	for (const match of quote.matchAll(pattern)) {
		pushWords(parts, quote.slice(last, match.index));
		parts.push(match[1] === undefined ? { kind: 'omission' } : { kind: 'editorial', text: match[1] });
		last = match.index + match[0].length;
	}
	pushWords(parts, quote.slice(last));
	return parts;
}

function pushWords(parts: QuotePart[], raw: string) {
	const text = normalizeTypography(raw);
	if (text) parts.push({ kind: 'words', text });
}

/** Where a quote failed to match: the longest run of its words found in the source, and what it expected next. */
export interface QuoteMismatch {
	/** The run of the quote's own words that could not be found (in order, after what matched before it). */
	missing: string;
	/** The source's text where the quote stops matching, to show the author what it actually says. */
	sourceSays?: string;
}

/**
 * Whether a quote stands verbatim in a source text. Typography may differ (quotes, dashes, white space);
 * words may not. "…" joins fragments that appear in order; [square brackets] mark an editor's words,
 * which may stand for a short run of the source or for nothing.
 */
export function quoteInSource(quote: string, source: string): { ok: true } | ({ ok: false } & QuoteMismatch) {
	const parts = parseQuote(quote);
	const text = normalizeTypography(source);
	if (!parts.some((part) => part.kind === 'words')) {
		return { ok: false, missing: quote, sourceSays: undefined };
	}
	if (matchFrom(parts, 0, text, 0, Infinity)) return { ok: true };
	return { ok: false, ...explainMismatch(parts, text) };
}

/**
 * Where a quote's verbatim words stand in the source, as [start, end) character ranges of the source as given
 * (in Unicode NFC form), one per run of words; undefined when the quote is not in the source.
 */
export function locateQuote(quote: string, source: string): [number, number][] | undefined {
	const parts = parseQuote(quote);
	const { text, map } = normalizeWithMap(source.normalize('NFC'));
	const spans = parts.some((part) => part.kind === 'words') ? matchFrom(parts, 0, text, 0, Infinity) : undefined;
	return spans?.map(([start, end]) => [map[start], map[end - 1] + 1]);
}

// normalizeTypography, keeping for each character of the result the index of the character it came from.
function normalizeWithMap(source: string): { text: string; map: number[] } {
	let text = '';
	const map: number[] = [];
	for (let i = 0; i < source.length; i++) {
		const folded = normalizeTypography(source[i]) || (/\s/.test(source[i]) ? ' ' : '');
		if (folded === ' ' && (text === '' || text.endsWith(' '))) continue;
		for (const char of folded) {
			text += char;
			map.push(i);
		}
	}
	while (text.endsWith(' ')) {
		text = text.slice(0, -1);
		map.pop();
	}
	return { text, map };
}

// Backtracking search: each run of words must stand after the previous one, at word boundaries, no further
// along than the mark between them allows ("…" any distance, "[…]" a short span).
// Returns the [start, end) range each run of words matched, or undefined when there is no match.
function matchFrom(parts: QuotePart[], index: number, text: string, from: number, latestStart: number): [number, number][] | undefined {
	if (index === parts.length) return [];
	const part = parts[index];
	if (part.kind === 'omission') return matchFrom(parts, index + 1, text, from, Infinity);
	if (part.kind === 'editorial') {
		return matchFrom(parts, index + 1, text, from, index === 0 ? Infinity : from + MAX_EDITORIAL_SPAN);
	}
	// Next to an editor's [brackets] a word may be cut ("[T]his"), so that side needs no word boundary.
	const afterEditorial = parts[index - 1]?.kind === 'editorial';
	const beforeEditorial = parts[index + 1]?.kind === 'editorial';
	for (let at = text.indexOf(part.text, from); at !== -1 && at <= latestStart; at = text.indexOf(part.text, at + 1)) {
		const end = at + part.text.length;
		if (!atWordBoundary(text, at, end, afterEditorial, beforeEditorial)) continue;
		const rest = matchFrom(parts, index + 1, text, end, end);
		if (rest) return [[at, end], ...rest];
	}
	return undefined;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function atWordBoundary(text: string, start: number, end: number, openStart = false, openEnd = false): boolean {
	const startsInWord = !openStart && WORD_CHAR.test(text[start]) && start > 0 && WORD_CHAR.test(text[start - 1]);
	const endsInWord = !openEnd && WORD_CHAR.test(text[end - 1]) && end < text.length && WORD_CHAR.test(text[end]);
	return !startsInWord && !endsInWord;
}

function explainMismatch(parts: QuotePart[], text: string): QuoteMismatch {
	const words = parts.filter((part) => part.kind === 'words').map((part) => part.text);
	for (const run of words) {
		if (text.includes(run)) continue;
		let prefix = run.length;
		while (prefix > 0 && !text.includes(run.slice(0, prefix))) prefix--;
		if (prefix < 8) return { missing: run };
		const at = text.indexOf(run.slice(0, prefix));
		return { missing: run, sourceSays: text.slice(at, at + Math.min(run.length + 20, 160)) };
	}
	return { missing: words.join(' … '), sourceSays: 'each fragment appears, but not in this order' };
}

/** Whether a figure stands in a source as a whole: "2 million" is not in "12 million", nor "70%" in "170%". */
export function figureInSource(figure: string, source: string): boolean {
	const needle = normalizeTypography(figure);
	const text = normalizeTypography(source);
	for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
		const before = text[at - 1] ?? ' ';
		const after = text[at + needle.length] ?? ' ';
		if (!WORD_CHAR.test(before) && !(/\d/.test(after) || (/[.,]/.test(after) && /\d/.test(text[at + needle.length + 1] ?? ''))))
			return true;
	}
	return false;
}
