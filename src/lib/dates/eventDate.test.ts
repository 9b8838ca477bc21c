import { describe, expect, it } from 'vitest';
import { compareEventDates, endOfEventDate, formatEventDate, parseEventDate, startOfEventDate, type EventDate } from './eventDate.ts';

const parse = (value: string): EventDate => {
	const parsed = parseEventDate(value);
	if ('error' in parsed) throw new Error(parsed.error);
	return parsed;
};

describe('parseEventDate', () => {
	it('reads a day, a month and a year with their precision', () => {
		expect(parse('2021-04-19')).toMatchObject({ precision: 'day', year: 2021, month: 4, day: 19 });
		expect(parse('2023-07')).toMatchObject({ precision: 'month', year: 2023, month: 7 });
		expect(parse('2020')).toMatchObject({ precision: 'year', year: 2020 });
	});

	it('refuses a day the month does not have, naming the month length', () => {
		expect(parseEventDate('2023-02-30')).toEqual({ error: '"2023-02-30" is not a real date: February 2023 has 28 days' });
		expect(parseEventDate('2024-02-29')).toMatchObject({ day: 29 });
	});

	it('refuses a month outside 1 to 12 and malformed strings', () => {
		expect(parseEventDate('2023-13')).toEqual({ error: '"2023-13" has no month 13' });
		expect(parseEventDate('19/04/2021')).toMatchObject({ error: expect.stringContaining('expected "YYYY"') });
		expect(parseEventDate('2021-4-19')).toHaveProperty('error');
		expect(parseEventDate('2021-04-19T10:00')).toHaveProperty('error');
	});
});

describe('formatEventDate', () => {
	it('prints a date only as precisely as it is known', () => {
		expect(formatEventDate(parse('2021-04-19'))).toBe('19 April 2021');
		expect(formatEventDate(parse('2023-07'))).toBe('July 2023');
		expect(formatEventDate(parse('2020'))).toBe('2020');
	});
});

describe('date ranges and order', () => {
	it('gives a month-precision date the whole month', () => {
		const july = parse('2023-07');
		expect(startOfEventDate(july).toISOString()).toBe('2023-07-01T00:00:00.000Z');
		expect(endOfEventDate(july).toISOString()).toBe('2023-08-01T00:00:00.000Z');
		expect(endOfEventDate(parse('2023-12-31')).toISOString()).toBe('2024-01-01T00:00:00.000Z');
	});

	it('sorts by first possible day, a month before the days within it', () => {
		const dates = ['2023-12-07', '2023-12', '2020-10-11', '2023-12-06', '2023'].map(parse);
		expect(dates.sort(compareEventDates).map((d) => d.value)).toEqual(['2020-10-11', '2023', '2023-12', '2023-12-06', '2023-12-07']);
	});
});
