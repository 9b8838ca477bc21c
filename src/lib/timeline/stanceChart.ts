import type { Basis } from '../debate/evidence.ts';
import { createTicks, createTimeScale, type Tick } from './timeAxis.ts';
import { stanceStyle } from './stanceStyle.ts';
import { round } from '../round.ts';

/** One position of an actor, to plot on its stance-over-time chart. */
export interface StancePoint {
	eventId: string;
	label: string;
	href: string;
	dateLabel: string;
	/** The first and the day after the last day the date can mean. */
	start: Date;
	end: Date;
	approx: boolean;
	rank: number;
	stanceLabel: string;
	/** The position's evidence grade, drawn as on the timeline. */
	basis: Basis;
}

export interface StanceChartView {
	width: number;
	height: number;
	/** A row per stance on the scale, rank 1 at the top. */
	rows: { rank: number; label: string; y: number }[];
	ticks: Tick[];
	points: (StancePoint & { x: number; y: number; symbolId: string })[];
	/** A step line through the points in time order: the stance holds until the next statement. */
	path: string;
	plot: { left: number; right: number; top: number; bottom: number };
}

/** Lays out a small chart of one actor's stance at each of its events, over the debate's whole time span. */
export function buildStanceChart(
	points: StancePoint[],
	stances: { rank: number; label: string }[],
	domain: [Date, Date],
	width = 760,
): StanceChartView {
	const rowHeight = 26;
	const plot = { left: 300, right: width - 16, top: 12, bottom: 12 + rowHeight * (stances.length - 1) };
	const scale = createTimeScale(domain, [plot.left, plot.right]);
	const ranks = [...stances].sort((a, b) => a.rank - b.rank);
	const yOf = new Map(ranks.map((stance, i) => [stance.rank, plot.top + i * rowHeight]));
	const placed = [...points]
		.sort((a, b) => a.start.getTime() - b.start.getTime())
		.map((point) => ({
			...point,
			x: round(
				scale(new Date((point.start.getTime() + (point.approx ? point.end.getTime() : point.start.getTime() + 86_400_000)) / 2)),
			),
			y: yOf.get(point.rank) ?? plot.top,
			symbolId: stanceStyle(point.rank).symbolId,
		}));
	const path = placed.map((p, i) => (i === 0 ? `M${p.x},${p.y}` : `H${p.x}V${p.y}`)).join('');
	return {
		width,
		height: plot.bottom + 34,
		rows: ranks.map((stance) => ({ rank: stance.rank, label: stance.label, y: yOf.get(stance.rank)! })),
		ticks: createTicks(scale, 90),
		points: placed,
		path,
		plot,
	};
}
