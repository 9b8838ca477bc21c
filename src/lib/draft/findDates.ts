import { format, isValid, parse, previousDay, subDays, type Day } from 'date-fns';

/** A date an article mentions, as a calendar date at its precision. */
export interface DateCandidate {
	/** "YYYY-MM-DD" or "YYYY-MM". */
	value: string;
	/** The words it was read from, e.g. "Dec 11, 2023" or "on Tuesday". */
	text: string;
	kind: 'explicit' | 'relative';
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const SHORT = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const MONTH = `(${MONTHS}|${SHORT})\\.?`;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const iso = (date: Date) => format(date, 'yyyy-MM-dd');

function monthNumber(name: string): number {
	const key = name.slice(0, 3).toLowerCase();
	return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(key) + 1;
}

function dayDate(year: number, month: number, day: number): string | undefined {
	const date = parse(`${year}-${month}-${day}`, 'yyyy-M-d', new Date(2000, 0, 1));
	return isValid(date) && date.getDate() === day ? iso(date) : undefined;
}

/**
 * Every date an article gives, in the order it gives them: explicit ones ("Dec 11, 2023", "11 December 2023",
 * "July 2023") and, when the publication date is known, relative ones ("on Tuesday", "today", "yesterday")
 * resolved against it: a weekday means the last such day on or before publication.
 */
export function findDates(text: string, published?: string): DateCandidate[] {
	const found: (DateCandidate & { at: number })[] = [];
	const taken: [number, number][] = [];
	// A span once read (even as an impossible date) is not read again as a shorter date.
	const add = (at: number, length: number, candidate: DateCandidate | undefined) => {
		if (taken.some(([a, b]) => at < b && at + length > a)) return;
		taken.push([at, at + length]);
		if (candidate) found.push({ ...candidate, at });
	};
	for (const m of text.matchAll(new RegExp(`\\b${MONTH} (\\d{1,2}),? (\\d{4})\\b`, 'g'))) {
		const value = dayDate(Number(m[3]), monthNumber(m[1]), Number(m[2]));
		add(m.index, m[0].length, value ? { value, text: m[0], kind: 'explicit' } : undefined);
	}
	for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`, 'g'))) {
		const value = dayDate(Number(m[3]), monthNumber(m[2]), Number(m[1]));
		add(m.index, m[0].length, value ? { value, text: m[0], kind: 'explicit' } : undefined);
	}
	for (const m of text.matchAll(new RegExp(`\\b(${MONTHS}) (\\d{4})\\b`, 'g'))) {
		add(m.index, m[0].length, { value: `${m[2]}-${String(monthNumber(m[1])).padStart(2, '0')}`, text: m[0], kind: 'explicit' });
	}
	const base = published ? parse(published, 'yyyy-MM-dd', new Date(2000, 0, 1)) : undefined;
	if (base && isValid(base)) {
		for (const m of text.matchAll(new RegExp(`\\b(on|last) (${WEEKDAYS.join('|')})\\b`, 'g'))) {
			const day = WEEKDAYS.indexOf(m[2]) as Day;
			// "on Tuesday" can be the day of publication; "last Tuesday" is always an earlier one.
			const date = base.getDay() === day && m[1] === 'on' ? base : previousDay(base, day);
			add(m.index, m[0].length, { value: iso(date), text: m[0], kind: 'relative' });
		}
		for (const m of text.matchAll(/\b(later today|today|yesterday)\b/gi)) {
			const date = m[1].toLowerCase() === 'yesterday' ? subDays(base, 1) : base;
			add(m.index, m[0].length, { value: iso(date), text: m[0], kind: 'relative' });
		}
	}
	return found.sort((a, b) => a.at - b.at).map(({ at: _, ...candidate }) => candidate);
}
