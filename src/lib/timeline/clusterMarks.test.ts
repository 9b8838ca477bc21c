import { describe, expect, it } from 'vitest';
import { clusterMarks } from './clusterMarks.ts';

const at = (...positions: number[]) => positions.map((pos, i) => ({ pos, id: `m${i}` }));

describe('clusterMarks', () => {
	it('keeps marks that do not overlap apart', () => {
		expect(clusterMarks(at(0, 20, 40), 16).map((c) => c.marks.length)).toEqual([1, 1, 1]);
	});

	it('merges overlapping marks into one counted cluster at their middle', () => {
		const clusters = clusterMarks(at(100, 0, 105, 110), 16);
		expect(clusters.map((c) => [c.pos, c.marks.map((m) => m.id)])).toEqual([
			[0, ['m1']],
			[105, ['m0', 'm2', 'm3']],
		]);
	});

	it('splits a cluster as zooming spreads its marks', () => {
		const dates = [0, 1, 2, 10];
		const zoom = (k: number) => clusterMarks(at(...dates.map((d) => d * k)), 16).map((c) => c.marks.length);
		expect(zoom(1.5)).toEqual([4]);
		expect(zoom(10)).toEqual([3, 1]);
		expect(zoom(20)).toEqual([1, 1, 1, 1]);
	});

	it('never draws two clusters closer than the gap', () => {
		const clusters = clusterMarks(at(...Array.from({ length: 50 }, (_, i) => (i * 37) % 400)), 16);
		const positions = clusters.map((c) => c.pos).sort((a, b) => a - b);
		expect(positions.every((pos, i) => i === 0 || pos - positions[i - 1] >= 16)).toBe(true);
		expect(clusters.reduce((n, c) => n + c.marks.length, 0)).toBe(50);
	});
});
