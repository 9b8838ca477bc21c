/** A label to place along the time axis: where it points and how much room it needs along that axis. */
export interface LabelRequest {
	key: string;
	/** The point on the time axis the label belongs to. */
	pos: number;
	/** Its extent along the time axis. */
	size: number;
}

/** A label that found room: where it starts along the time axis, and in which row (0 nearest the axis). */
export interface PlacedLabel {
	key: string;
	pos: number;
	start: number;
	row: number;
}

/**
 * Places labels in rows so that none overlaps another. Each label goes in the first row (nearest the axis
 * first) where it fits, clearing every other label by `gap`: starting at its point and running on, or, if that
 * is blocked, ending at its point. A label that fits nowhere between `min` and `limit` is left out (its mark
 * remains, with its full title). Labels are taken in time order.
 */
export function placeLabelsInRows(requests: LabelRequest[], rows: number, gap = 6, limit = Infinity, min = -Infinity): PlacedLabel[] {
	const taken: [number, number][][] = Array.from({ length: rows }, () => []);
	const placed: PlacedLabel[] = [];
	const free = (row: number, start: number, end: number) =>
		start >= min && end <= limit && taken[row].every(([a, b]) => end + gap <= a || start >= b + gap);
	for (const request of [...requests].sort((a, b) => a.pos - b.pos)) {
		const candidates = [request.pos, request.pos - request.size];
		search: for (let row = 0; row < rows; row++) {
			for (const start of candidates) {
				if (!free(row, start, start + request.size)) continue;
				taken[row].push([start, start + request.size]);
				placed.push({ key: request.key, pos: request.pos, start, row });
				break search;
			}
		}
	}
	return placed;
}

/**
 * Places labels in one column along the time axis (the vertical timeline), nudging each past the previous one
 * when they would overlap, but never further than `maxShift` from its point; a label that would need more is
 * left out. `start` is where the label's box begins.
 */
export function dodgeLabels(requests: LabelRequest[], gap = 4, maxShift = 48, limit = Infinity): PlacedLabel[] {
	let end = -Infinity;
	const placed: PlacedLabel[] = [];
	for (const request of [...requests].sort((a, b) => a.pos - b.pos)) {
		const ideal = request.pos - request.size / 2;
		const start = Math.max(ideal, end + gap);
		if (start - ideal > maxShift || start + request.size > limit) continue;
		end = start + request.size;
		placed.push({ key: request.key, pos: request.pos, start, row: 0 });
	}
	return placed;
}

/** A label fitted into one of two rows: its text cut to the room it has, anchored at its point. */
export interface FittedLabel {
	key: string;
	pos: number;
	row: number;
	text: string;
	anchor: 'start' | 'end';
}

/**
 * Fits labels into two rows along the time axis, taking rows in turn so that neighbours alternate. A label runs
 * on from its point until the next label in its row, and is cut short (ending in "…") to fit; the last in a
 * row may instead end at its point, if there is more room behind it. A label with room for fewer than
 * `minChars` characters is left out: its mark keeps the full title. No two labels overlap, by construction.
 */
export function fitLabelsInTwoRows(
	requests: { key: string; pos: number; text: string }[],
	charWidth: number,
	limit: number,
	gap = 6,
	minChars = 4,
): FittedLabel[] {
	const sorted = [...requests].sort((a, b) => a.pos - b.pos);
	const fitted: FittedLabel[] = [];
	const rowEnd = [-Infinity, -Infinity];
	sorted.forEach((request, i) => {
		const row = i % 2;
		const next = sorted[i + 2];
		const ahead = (next ? next.pos : limit) - request.pos - gap;
		const behind = next ? 0 : request.pos - Math.max(rowEnd[row], 0) - gap;
		const anchor = behind > ahead && charsIn(ahead, charWidth) < request.text.length ? 'end' : 'start';
		const chars = charsIn(anchor === 'start' ? ahead : behind, charWidth);
		if (chars < minChars) return;
		const text = shortenTo(request.text, chars);
		rowEnd[row] = anchor === 'start' ? request.pos + text.length * charWidth : request.pos;
		fitted.push({ key: request.key, pos: request.pos, row, text, anchor });
	});
	return fitted;
}

const charsIn = (room: number, charWidth: number) => Math.floor(room / charWidth);

/** Cuts a label to at most `max` characters, at a word where one is near, ending in "…". */
function shortenTo(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, Math.max(1, max - 1));
	const space = cut.lastIndexOf(' ');
	return `${(space >= cut.length - 6 && space > 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
