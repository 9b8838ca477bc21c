import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse } from 'culori';
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

describe('the stance palette under colour blindness', () => {
	// CIEDE2000 distance between every pair of the scale's colours, as a reader with each of the three common
	// forms of colour blindness (full severity) sees them. Ten is well past the just-noticeable difference (about
	// 2): two marks stay distinct by colour as well as by shape and fill.
	const MIN_DISTANCE = 10;
	const distance = differenceCiede2000();
	const colours = Array.from({ length: 6 }, (_, i) => stanceStyle(i + 1).colour);
	const simulations = {
		protanopia: filterDeficiencyProt(1),
		deuteranopia: filterDeficiencyDeuter(1),
		tritanopia: filterDeficiencyTrit(1),
	};

	for (const [name, simulate] of Object.entries(simulations)) {
		it(`keeps every pair of the six stance colours at least ${MIN_DISTANCE} apart for ${name}`, () => {
			for (const [i, a] of colours.entries()) {
				for (const b of colours.slice(i + 1)) {
					const seen = distance(simulate(parse(a)!), simulate(parse(b)!));
					expect(seen, `${a} / ${b}`).toBeGreaterThanOrEqual(MIN_DISTANCE);
				}
			}
		});
	}

	it('would catch a pair that only hue tells apart: this salmon and olive, far apart in normal vision, collapse for deuteranopia', () => {
		const [salmon, olive] = [parse('#ff6666')!, parse('#999933')!];
		expect(distance(salmon, olive)).toBeGreaterThan(40);
		expect(distance(filterDeficiencyDeuter(1)(salmon), filterDeficiencyDeuter(1)(olive))).toBeLessThan(MIN_DISTANCE);
	});
});
