import { describe, expect, it } from 'vitest';
import { parseEventDate, type EventDate } from './eventDate.ts';
import { timeBetween } from './timeBetween.ts';

const date = (value: string) => parseEventDate(value) as EventDate;

describe('timeBetween', () => {
	it('says how long after the previous event an event came', () => {
		expect(timeBetween(date('2023-12-06'), date('2023-12-07'))).toBe('1 day');
		expect(timeBetween(date('2023-09-20'), date('2023-09-20'))).toBe('the same day');
		expect(timeBetween(date('2021-04-19'), date('2023-05-23'))).toBe('2 years');
		expect(timeBetween(date('2023-05-23'), date('2023-09-20'))).toBe('4 months');
	});

	it('hedges when a date is known only to the month', () => {
		expect(timeBetween(date('2023-07'), date('2023-09-20'))).toBe('about 3 months');
	});
});
