import { describe, expect, it } from 'vitest';
import { dodgeLabels, placeLabelsInRows, type PlacedLabel } from './placeLabels.ts';

const overlaps = (labels: PlacedLabel[], size: (key: string) => number) =>
	labels.some((a, i) =>
		labels.some((b, j) => i < j && a.row === b.row && a.start < b.start + size(b.key) && b.start < a.start + size(a.key)),
	);

describe('placeLabelsInRows', () => {
	it('keeps far-apart labels in the row nearest the axis, starting at their points', () => {
		const placed = placeLabelsInRows(
			[
				{ key: 'a', pos: 0, size: 50 },
				{ key: 'b', pos: 100, size: 50 },
			],
			3,
		);
		expect(placed).toEqual([
			{ key: 'a', pos: 0, start: 0, row: 0 },
			{ key: 'b', pos: 100, start: 100, row: 0 },
		]);
	});

	it('moves a colliding label to the next row, or to end at its point', () => {
		const placed = placeLabelsInRows(
			[
				{ key: 'a', pos: 100, size: 80 },
				{ key: 'b', pos: 120, size: 80 },
				{ key: 'c', pos: 300, size: 80 },
			],
			2,
			6,
			Infinity,
			0,
		);
		expect(placed.find((l) => l.key === 'b')).toEqual({ key: 'b', pos: 120, start: 120, row: 1 });
		const ending = placeLabelsInRows(
			[
				{ key: 'a', pos: 100, size: 50 },
				{ key: 'b', pos: 260, size: 50 },
				{ key: 'c', pos: 290, size: 50 },
			],
			1,
		);
		expect(ending.find((l) => l.key === 'c')).toBeUndefined();
		expect(
			placeLabelsInRows(
				[
					{ key: 'a', pos: 100, size: 50 },
					{ key: 'b', pos: 400, size: 50 },
					{ key: 'c', pos: 300, size: 50 },
				],
				1,
			).map((l) => [l.key, l.start]),
		).toEqual([
			['a', 100],
			['c', 300],
			['b', 400],
		]);
	});

	it('never lets two labels in a row overlap, and leaves out those that fit nowhere', () => {
		const requests = Array.from({ length: 40 }, (_, i) => ({ key: `e${i}`, pos: i * 7, size: 60 + (i % 5) * 10 }));
		const size = (key: string) => requests.find((r) => r.key === key)!.size;
		const placed = placeLabelsInRows(requests, 3, 6, 300, 0);
		expect(overlaps(placed, size)).toBe(false);
		expect(placed.length).toBeLessThan(requests.length);
		expect(placed.every((l) => l.start >= 0 && l.start + size(l.key) <= 300)).toBe(true);
	});

	it('keeps labels inside the drawing, ending at the point near the right edge', () => {
		const [label] = placeLabelsInRows([{ key: 'late', pos: 980, size: 100 }], 1, 6, 1000, 0);
		expect(label.start).toBe(880);
	});
});

describe('dodgeLabels', () => {
	it('centres a label on its point, nudging the next past it when they would overlap', () => {
		const placed = dodgeLabels(
			[
				{ key: 'a', pos: 100, size: 20 },
				{ key: 'b', pos: 105, size: 20 },
			],
			4,
			48,
		);
		expect(placed).toEqual([
			{ key: 'a', pos: 100, start: 90, row: 0 },
			{ key: 'b', pos: 105, start: 114, row: 0 },
		]);
	});

	it('leaves out a label that would have to move further than allowed', () => {
		const placed = dodgeLabels(
			Array.from({ length: 6 }, (_, i) => ({ key: `k${i}`, pos: 100 + i, size: 30 })),
			4,
			40,
		);
		expect(placed.map((l) => l.key)).toEqual(['k0', 'k1']);
	});
});
