import { describe, expect, it } from 'vitest';
import { compressTime, elapsed } from './compressTime.ts';

const day = (value: string) => new Date(`${value}T12:00:00Z`).getTime();
const events = [
	{ id: 'a', time: day('2020-10-11') },
	{ id: 'b', time: day('2021-04-19') },
	{ id: 'c', time: day('2023-09-06') },
	{ id: 'd', time: day('2023-09-20') },
	{ id: 'e', time: day('2023-09-20') },
	{ id: 'f', time: day('2023-12-06') },
	{ id: 'g', time: day('2023-12-07') },
];
const domain: [Date, Date] = [new Date('2020-09-01T00:00:00Z'), new Date('2024-01-31T00:00:00Z')];

describe('compressTime', () => {
	const { scale, positions, breaks } = compressTime(events, domain, [100, 1000]);
	const x = (id: string) => positions.get(id)!;

	it('keeps events in time order and every two of them at least the minimum gap apart, same-day events too', () => {
		const xs = events.map((e) => x(e.id));
		for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1], events[i].id).toBeGreaterThanOrEqual(24 - 0.1);
	});

	it('fills the axis exactly, from the first range point to the last', () => {
		expect(scale(domain[0])).toBeCloseTo(100);
		expect(scale(domain[1])).toBeCloseTo(1000);
		expect(xs().every((v) => v > 100 && v < 1000)).toBe(true);
	});

	it('draws quiet stretches longer than the threshold as fixed-width breaks, saying how long they lasted', () => {
		expect(breaks.map((b) => [b.from, b.to, b.label])).toEqual([
			['2020-10-11', '2021-04-19', '6 months'],
			['2021-04-19', '2023-09-06', '2 years'],
		]);
		for (const b of breaks) expect(b.end - b.start).toBeCloseTo(56);
	});

	it('gives the dense stretch the room the breaks saved: the December events are further apart than time alone would put them', () => {
		const linear = (900 * (day('2023-12-07') - day('2023-12-06'))) / (domain[1].getTime() - domain[0].getTime());
		expect(x('g') - x('f')).toBeGreaterThan(linear * 10);
	});

	it('maps dates through the same scale, so ticks and spans line up with the events', () => {
		expect(scale(new Date(day('2023-12-06')))).toBeCloseTo(x('f'), 0);
	});

	it('falls back to time in proportion when a thousand events cannot all have the minimum gap', () => {
		const many = Array.from({ length: 1000 }, (_, i) => ({ id: `e${i}`, time: day('2021-01-01') + i * 3_600_000 }));
		const wide = compressTime(many, [new Date('2020-12-31T00:00:00Z'), new Date('2021-03-01T00:00:00Z')], [0, 1000]);
		const xs = many.map((e) => wide.positions.get(e.id)!);
		expect(xs.every((v, i) => i === 0 || v >= xs[i - 1])).toBe(true);
		expect(Math.max(...xs)).toBeLessThanOrEqual(1000);
	});

	function xs() {
		return events.map((e) => x(e.id));
	}
});

describe('elapsed', () => {
	it('says whole years from eighteen months, else months, else days', () => {
		expect(elapsed(2.4 * 365 * 86_400_000)).toBe('2 years');
		expect(elapsed(190 * 86_400_000)).toBe('6 months');
		expect(elapsed(1 * 86_400_000)).toBe('1 day');
	});
});
