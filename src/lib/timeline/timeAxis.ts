import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { isoDate } from '../dates/isoDay.ts';
import { round } from '../round.ts';

export type TimeScale = ScaleTime<number, number>;

/** One tick of the time axis. */
export interface Tick {
	/** Position along the time axis, in user units. */
	pos: number;
	/** The date the tick marks, "YYYY-MM-DD". */
	date: string;
	label: string;
	/** A tick that starts a year, drawn stronger. */
	major: boolean;
}

/** A UTC time scale from a date domain onto [start, end] along the time axis. */
export function createTimeScale(domain: [Date, Date], range: [number, number]): TimeScale {
	return scaleUtc().domain(domain).range(range);
}

/** Pads a date domain by a share of its span on each side, so marks at the ends are not cut in half. */
export function padDomain([start, end]: [Date, Date], share = 0.04): [Date, Date] {
	const span = Math.max(end.getTime() - start.getTime(), 30 * 86_400_000);
	const pad = span * share;
	return [new Date(start.getTime() - pad), new Date(end.getTime() + pad)];
}

const formatYear = utcFormat('%Y');
const formatMonth = utcFormat('%b');
const formatMonthYear = utcFormat('%b %Y');
const formatDay = utcFormat('%-d %b');
const formatDayYear = utcFormat('%-d %b %Y');

/**
 * Ticks that suit the zoom level: about one per `spacing` units of axis, labelled in years when the ticks
 * fall on years, in months (with the year where it changes) when they fall on months, and in days otherwise.
 * On a compressed axis each run between `breaks` gets ticks for its own density, and none falls in a break.
 */
export function createTicks(scale: TimeScale, spacing = 90, breaks: { start: number; end: number }[] = []): Tick[] {
	const range = scale.range();
	const [r0, r1] = [range[0], range[range.length - 1]];
	const edges = [r0, ...breaks.flatMap((b) => [b.start, b.end]), r1];
	const runs: [number, number][] = [];
	for (let i = 0; i < edges.length; i += 2) if (edges[i + 1] - edges[i] > 0) runs.push([edges[i], edges[i + 1]]);
	const dates = runs
		.flatMap(([a, b]) => {
			const [from, to] = [scale.invert(a), scale.invert(b)];
			const count = Math.max(1, Math.floor((b - a) / spacing));
			return scaleUtc().domain([from, to]).ticks(count);
		})
		.reduce<Date[]>((kept, date) => {
			// Runs meet at a break: keep ticks from crowding each other across it.
			const last = kept.at(-1);
			if (!last || scale(date) - scale(last) >= spacing * 0.45) kept.push(date);
			return kept;
		}, []);
	const onYears = dates.every((d) => +utcYear.floor(d) === +d);
	const onMonths = dates.every((d) => +utcMonth.floor(d) === +d);
	let previousYear: number | undefined;
	const ticks = dates.map((date, index) => {
		const year = date.getUTCFullYear();
		const yearChanged = index === 0 || year !== previousYear;
		previousYear = year;
		const label = onYears
			? formatYear(date)
			: onMonths
				? yearChanged
					? formatMonthYear(date)
					: formatMonth(date)
				: yearChanged
					? formatDayYear(date)
					: formatDay(date);
		return { pos: round(scale(date)), date: isoDate(date), label, major: +utcYear.floor(date) === +date };
	});
	return ticks.filter((tick) => tick.pos >= Math.min(r0, r1) && tick.pos <= Math.max(r0, r1));
}
