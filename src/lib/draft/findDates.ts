import * as chrono from 'chrono-node';

/** A date an article mentions, as a calendar date at its precision. */
export interface DateCandidate {
	/** "YYYY-MM-DD" or "YYYY-MM". */
	value: string;
	/** The words it was read from, e.g. "Dec 11, 2023" or "on Tuesday". */
	text: string;
	kind: 'explicit' | 'relative';
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Every date an article gives, in the order it gives them, read by chrono-node (British English, so "11/12"
 * is 11 December): explicit ones ("Dec 11, 2023", "11 December 2023", "July 2023") and, when the publication
 * date is known, relative ones ("on Tuesday", "today", "yesterday") resolved against it. An impossible date
 * ("31 February 2023") is not a date; a bare year or a time of day is too vague to offer.
 */
export function findDates(text: string, published?: string): DateCandidate[] {
	// Noon UTC on the day of publication, so no time zone moves a relative date across midnight.
	const reference = published ? { instant: new Date(`${published}T12:00:00Z`), timezone: 0 } : undefined;
	return chrono.en.GB.parse(text, reference).flatMap((result): DateCandidate[] => {
		const { start } = result;
		const words = result.text.replace(/^(on|in)\s+/i, '').replace(/[\s,.;:]+$/, '');
		// Explicit when the words give the year; anything else ("yesterday", "on Tuesday") is read from the reference.
		const explicit = /\b\d{4}\b/.test(result.text);
		if (!explicit && !reference) return [];
		if (!start.isCertain('month') && explicit) return [];
		const [year, month, day] = [start.get('year'), start.get('month'), start.get('day')];
		if (year === null || month === null || day === null) return [];
		const value = explicit && !start.isCertain('day') ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
		return [{ value, text: explicit ? words : result.text.replace(/[\s,.;:]+$/, ''), kind: explicit ? 'explicit' : 'relative' }];
	});
}
