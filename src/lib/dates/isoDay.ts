/** A date (or a time in milliseconds) as "YYYY-MM-DD", in UTC. */
export function isoDate(date: Date | number): string {
	return new Date(date).toISOString().slice(0, 10);
}

/** The UTC instant at the start of a "YYYY-MM-DD" day; undefined for anything else, or a day that does not exist. */
export function parseIsoDay(value: string): Date | undefined {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
	const date = new Date(`${value}T00:00:00Z`);
	return Number.isNaN(date.getTime()) || isoDate(date) !== value ? undefined : date;
}

/** A "YYYY-MM-DD" pair as the instants that start those days; undefined if either is not a real day. */
export function parseIsoRange([from, to]: readonly [string, string]): [Date, Date] | undefined {
	const [start, end] = [parseIsoDay(from), parseIsoDay(to)];
	return start && end ? [start, end] : undefined;
}
