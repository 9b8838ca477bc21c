import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../dates/isoDay.ts';
import { createTicks, createTimeScale, padDomain } from './timeAxis.ts';

const day = (value: string) => new Date(`${value}T00:00:00Z`);

describe('createTicks', () => {
	it('labels years when the view spans several years', () => {
		const ticks = createTicks(createTimeScale([day('2019-06-01'), day('2024-06-01')], [0, 500]), 100);
		expect(ticks.map((t) => t.label)).toEqual(['2020', '2021', '2022', '2023', '2024']);
		expect(ticks.every((t) => t.major)).toBe(true);
	});

	it('labels months, with the year where it changes, when zoomed to months', () => {
		const ticks = createTicks(createTimeScale([day('2022-11-15'), day('2023-05-15')], [0, 600]), 100);
		expect(ticks.map((t) => t.label)).toEqual(['Dec 2022', 'Jan 2023', 'Feb', 'Mar', 'Apr', 'May']);
		expect(ticks.filter((t) => t.major).map((t) => t.date)).toEqual(['2023-01-01']);
	});

	it('labels days when zoomed to weeks', () => {
		const ticks = createTicks(createTimeScale([day('2023-12-01'), day('2023-12-15')], [0, 700]), 100);
		expect(ticks[0].label).toMatch(/^\d{1,2} Dec 2023$/);
		expect(ticks.slice(1).every((t) => /^\d{1,2} Dec$/.test(t.label))).toBe(true);
	});

	it('puts more ticks on a longer axis, each at its date’s position', () => {
		const domain: [Date, Date] = [day('2020-01-01'), day('2024-01-01')];
		expect(createTicks(createTimeScale(domain, [0, 1600]), 100).length).toBeGreaterThan(
			createTicks(createTimeScale(domain, [0, 400]), 100).length,
		);
		const [first] = createTicks(createTimeScale(domain, [0, 400]), 100);
		expect(first).toMatchObject({ date: '2020-01-01', pos: 0 });
	});
});

describe('padDomain and parseIsoDay', () => {
	it('pads a domain on both sides, and gives a single day room', () => {
		const [from, to] = padDomain([day('2021-01-01'), day('2021-01-01')]);
		expect(from < day('2021-01-01') && to > day('2021-01-01')).toBe(true);
	});

	it('reads only real "YYYY-MM-DD" days', () => {
		expect(parseIsoDay('2023-02-28')?.toISOString()).toBe('2023-02-28T00:00:00.000Z');
		expect(parseIsoDay('2023-02-30')).toBeUndefined();
		expect(parseIsoDay('2023-2-3')).toBeUndefined();
	});
});
