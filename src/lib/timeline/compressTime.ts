import { scaleUtc } from 'd3-scale';
import type { TimeScale } from './timeAxis.ts';
import { isoDate } from '../dates/isoDay.ts';
import { round } from '../round.ts';

// Time that doesn't waste space: the axis gives each stretch between events room in proportion to its length,
// but never less than `minGap` between two events, and draws any quiet stretch longer than `breakAfter` at a
// fixed width with a break mark and the time elapsed written in it. Events on the same day stand `minGap` apart
// (their true date is in their titles). A piecewise-linear d3 time scale carries the result, so ticks, spans
// and zoom go through one function.

/** A quiet stretch drawn at a fixed width: where it runs along the axis, and how long it lasted. */
export interface TimeBreak {
	/** Its ends along the time axis, in user units. */
	start: number;
	end: number;
	/** The dates it stands for, "YYYY-MM-DD". */
	from: string;
	to: string;
	/** The time elapsed, in words: "2 years", "7 months". */
	label: string;
}

export interface CompressedTime {
	scale: TimeScale;
	/** Where each event stands along the time axis, by id. */
	positions: Map<string, number>;
	breaks: TimeBreak[];
}

export interface CompressOptions {
	/** The least room between two events, in user units. */
	minGap: number;
	/** A stretch with no event longer than this (ms) becomes a break. */
	breakAfter: number;
	/** The width a break is drawn at. */
	breakSize: number;
	/** The least room between the axis's ends and the first or last event. */
	edge: number;
}

const DAY = 86_400_000;
const COMPRESS_DEFAULTS: CompressOptions = { minGap: 24, breakAfter: 120 * DAY, breakSize: 56, edge: 14 };

interface Anchor {
	time: number;
	ids: string[];
}

/**
 * Lays events out along [r0, r1] for the dates in `domain`. `events` are the events to show, each with the
 * moment it is drawn at (ms). When the events cannot all have `minGap` (a thousand events on one axis), the
 * stretches between them are drawn in proportion to time, and the marks' clustering takes over.
 */
export function compressTime(
	events: { id: string; time: number }[],
	domain: [Date, Date],
	[r0, r1]: [number, number],
	options: Partial<CompressOptions> = {},
): CompressedTime {
	const { minGap, breakAfter, breakSize, edge } = { ...COMPRESS_DEFAULTS, ...options };
	const [d0, d1] = [domain[0].getTime(), domain[1].getTime()];
	const anchors: Anchor[] = [{ time: d0, ids: [] }];
	for (const event of [...events].sort((a, b) => a.time - b.time)) {
		const time = Math.min(Math.max(event.time, d0), d1);
		const last = anchors[anchors.length - 1];
		if (last.ids.length > 0 && last.time === time) last.ids.push(event.id);
		else anchors.push({ time, ids: [event.id] });
	}
	anchors.push({ time: d1, ids: [] });

	const spans = anchors.map((anchor) => Math.max(0, anchor.ids.length - 1) * minGap);
	const gaps = anchors.slice(1).map((anchor, i) => {
		const duration = anchor.time - anchors[i].time;
		const between = anchors[i].ids.length > 0 && anchor.ids.length > 0;
		// The padding before the first event and after the last is a fixed margin, not time to be drawn.
		return {
			duration,
			isBreak: between && duration > breakAfter,
			min: between ? minGap : duration > 0 ? edge : 0,
			fixed: !between && events.length > 0,
		};
	});
	const length = r1 - r0;
	let available = length - spans.reduce((a, b) => a + b, 0) - gaps.filter((g) => g.isBreak).length * breakSize;
	// No room for the breaks and spans (a very narrow axis): fall back to time in proportion.
	const plain = available <= 0;
	if (plain) available = length;
	const widths = fitWidths(
		gaps.map((gap) => (plain ? { ...gap, isBreak: false, min: 0, fixed: false } : gap)),
		available,
		breakSize,
	);

	const domainPoints: number[] = [];
	const rangePoints: number[] = [];
	const positions = new Map<string, number>();
	const breaks: TimeBreak[] = [];
	let x = r0;
	anchors.forEach((anchor, i) => {
		const span = plain ? 0 : spans[i];
		domainPoints.push(anchor.time);
		rangePoints.push(x);
		anchor.ids.forEach((id, m) => positions.set(id, round(x + (plain ? 0 : m * minGap))));
		if (span > 0) {
			// The same moment twice, so the scale holds still across the events that share it.
			domainPoints.push(anchor.time + 1);
			rangePoints.push(x + span);
			x += span;
		}
		if (i < gaps.length) {
			const next = x + widths[i];
			if (!plain && gaps[i].isBreak) {
				breaks.push({
					start: round(x),
					end: round(next),
					from: isoDate(anchor.time),
					to: isoDate(anchors[i + 1].time),
					label: elapsed(gaps[i].duration),
				});
			}
			x = next;
		}
	});
	const scale = scaleUtc()
		.domain(domainPoints.map((t) => new Date(t)))
		.range(rangePoints);
	return { scale, positions, breaks };
}

/**
 * Widths for the stretches between anchors: a break gets `breakSize`; every other stretch gets room in
 * proportion to its length, raised to its minimum where that is more, with the rest shared out so the widths
 * fill `available` exactly. Where even the minimums do not fit, every stretch is in proportion to time.
 */
function fitWidths(
	gaps: { duration: number; isBreak: boolean; min: number; fixed?: boolean }[],
	available: number,
	breakSize: number,
): number[] {
	const free = gaps.map((gap) => !gap.isBreak);
	const mins = gaps.map((gap) => (gap.isBreak ? 0 : gap.min));
	if (mins.reduce((a, b) => a + b, 0) > available) {
		const total = gaps.reduce((sum, gap) => sum + (gap.isBreak ? 0 : gap.duration), 0) || 1;
		return gaps.map((gap) => (gap.isBreak ? breakSize : (available * gap.duration) / total));
	}
	const fixed = gaps.map((gap) => Boolean(gap.fixed));
	for (;;) {
		const room = available - mins.reduce((sum, min, i) => sum + (fixed[i] ? min : 0), 0);
		const time = gaps.reduce((sum, gap, i) => sum + (free[i] && !fixed[i] ? gap.duration : 0), 0);
		const k = time > 0 ? room / time : 0;
		let changed = false;
		gaps.forEach((gap, i) => {
			if (free[i] && !fixed[i] && k * gap.duration < mins[i]) {
				fixed[i] = true;
				changed = true;
			}
		});
		if (!changed) {
			// Room no stretch can take (all of them at their minimum) goes to the longest ones equally.
			const leftover = time > 0 ? 0 : room;
			const takers = gaps.filter((_, i) => free[i]).length || 1;
			return gaps.map((gap, i) =>
				gap.isBreak ? breakSize : fixed[i] ? mins[i] + leftover / takers : k * gap.duration + leftover / takers,
			);
		}
	}
}

/** The time a break stands for, in words: whole years from 18 months, else months, else days. */
export function elapsed(ms: number): string {
	const days = Math.round(ms / DAY);
	const months = Math.round(days / 30.44);
	if (months >= 18) return plural(Math.round(months / 12), 'year');
	if (months >= 1) return plural(months, 'month');
	return plural(days, 'day');
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
