// Subpath imports: the package's index loads all of date-fns, which cost every CLI two seconds to start.
import { format } from 'date-fns/format';

/** How much of an event's date is known. */
export type Precision = 'day' | 'month' | 'year';

export const PRECISIONS: readonly Precision[] = ['day', 'month', 'year'];

/** A calendar date known to a precision: "2021-04-19" (day), "2023-07" (month) or "2020" (year). */
export interface EventDate {
	/** The date as written, "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
	value: string;
	precision: Precision;
	year: number;
	/** 1–12, present unless the precision is "year". */
	month?: number;
	/** 1–31, present only when the precision is "day". */
	day?: number;
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" into an {@link EventDate}, or returns an error in words:
 * a malformed string, a month outside 1–12 or a day the month does not have (2023-02-30).
 */
export function parseEventDate(value: string): EventDate | { error: string } {
	const match = DATE_PATTERN.exec(value);
	if (!match) return { error: `expected "YYYY", "YYYY-MM" or "YYYY-MM-DD", got "${value}"` };
	const year = Number(match[1]);
	if (match[2] === undefined) return { value, precision: 'year', year };
	const month = Number(match[2]);
	if (month < 1 || month > 12) return { error: `"${value}" has no month ${match[2]}` };
	if (match[3] === undefined) return { value, precision: 'month', year, month };
	const day = Number(match[3]);
	if (day < 1 || day > daysInMonth(year, month)) {
		return { error: `"${value}" is not a real date: ${monthName(month)} ${year} has ${daysInMonth(year, month)} days` };
	}
	return { value, precision: 'day', year, month, day };
}

/** The first calendar day the date can mean, as a UTC instant: the key events are sorted and placed by. */
export function startOfEventDate(date: EventDate): Date {
	return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** The day after the last calendar day the date can mean (exclusive end), as a UTC instant. */
export function endOfEventDate(date: EventDate): Date {
	if (date.precision === 'year') return new Date(Date.UTC(date.year + 1, 0, 1));
	if (date.precision === 'month') return new Date(Date.UTC(date.year, date.month, 1));
	return new Date(Date.UTC(date.year, date.month! - 1, date.day! + 1));
}

/** Formats a date at its precision, in British English: "19 April 2021", "July 2023", "2020". */
export function formatEventDate(date: EventDate): string {
	const pattern = { day: 'd MMMM yyyy', month: 'MMMM yyyy', year: 'yyyy' }[date.precision];
	return format(asLocalCalendarDate(date), pattern);
}

/** Orders events by the first day their date can mean; a month-precision date sorts before its days. */
export function compareEventDates(a: EventDate, b: EventDate): number {
	return startOfEventDate(a).getTime() - startOfEventDate(b).getTime() || rank(a) - rank(b);
}

function rank(date: EventDate): number {
	return PRECISIONS.length - PRECISIONS.indexOf(date.precision);
}

// date-fns formats in local time; a calendar date is built locally so the printed day never shifts with TZ.
function asLocalCalendarDate(date: EventDate): Date {
	return new Date(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthName(month: number): string {
	return format(new Date(2000, month - 1, 1), 'MMMM');
}
