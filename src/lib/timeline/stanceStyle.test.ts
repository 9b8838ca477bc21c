import { describe, expect, it } from 'vitest';
import { shapePath, stanceStyle } from './stanceStyle.ts';

describe('stanceStyle', () => {
	it('gives each of the first eight ranks its own shape and colour, so colour is never the only cue', () => {
		const styles = Array.from({ length: 8 }, (_, i) => stanceStyle(i + 1));
		expect(new Set(styles.map((s) => s.shape)).size).toBe(8);
		expect(new Set(styles.map((s) => s.colour)).size).toBe(8);
		expect(new Set(styles.slice(0, 6).map((s) => s.pattern)).size).toBeGreaterThan(2);
	});

	it('draws every shape as a closed path within its box', () => {
		for (let rank = 1; rank <= 8; rank++) {
			const path = shapePath(stanceStyle(rank).shape, 14);
			expect(path).toMatch(/Z$/);
			const numbers = path.match(/-?\d+(\.\d+)?/g)!.map(Number);
			expect(Math.max(...numbers.map(Math.abs))).toBeLessThanOrEqual(14 * 0.6);
		}
	});
});
