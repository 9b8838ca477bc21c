import type { Basis } from '../debate/evidence.ts';
import { clusterMarks } from './clusterMarks.ts';
import { compressTime, type TimeBreak } from './compressTime.ts';
import { dodgeLabels, fitLabelsInTwoRows } from './placeLabels.ts';
import { createTicks, padDomain, type Tick, type TimeScale } from './timeAxis.ts';
import { GROUP_LABELS } from '../content/actorGroups.ts';
import type { TimelineInput, TimelinePosition } from './timelineInput.ts';
import { isoDate } from '../dates/isoDay.ts';
import { round } from '../round.ts';

export type Orientation = 'horizontal' | 'vertical';

export interface TimelineOptions {
	orientation: Orientation;
	/** The drawing's width in user units (its height follows from the content). */
	width: number;
	/** The dates shown; the whole debate, padded, when omitted. */
	domain?: [Date, Date];
	/** Lanes to leave out (actors filtered away). */
	hiddenLanes?: ReadonlySet<string>;
	/** Length of the time axis in the vertical orientation. */
	verticalLength?: number;
}

/** Everything the renderer needs, in user units: no dates, no decisions left. */
export interface TimelineView {
	orientation: Orientation;
	width: number;
	height: number;
	/** The dates shown, as "YYYY-MM-DD", for the URL and the zoom controls. */
	domain: [string, string];
	ticks: (Tick & { x1: number; y1: number; x2: number; y2: number; labelX: number; labelY: number })[];
	groups: {
		id: string;
		label: string;
		x: number;
		y: number;
		width: number;
		height: number;
		labelX: number;
		labelY: number;
		odd: boolean;
	}[];
	/** Each lane, with where its name goes and where scroll-sync shows the actor's latest stance. */
	lanes: {
		id: string;
		label: string;
		x: number;
		y: number;
		width: number;
		height: number;
		labelX: number;
		labelY: number;
		latestX: number;
		latestY: number;
	}[];
	events: EventMarkView[];
	labels: { eventId: string; index: number; lines: string[]; x: number; y: number; anchor: 'start' | 'end' }[];
	marks: PositionMarkView[];
	clusters: ClusterView[];
	/** Each actor's successive positions joined by a line, with a marker where the stance changes. */
	movements: MovementView[];
	/** At the end of each lane (horizontal only), the actor's latest stance in words. */
	latest: { actorId: string; x: number; y: number; text: string; rank: number }[];
	/** Quiet stretches drawn at a fixed width, each with the time it lasted and where its label goes. */
	breaks: (TimeBreak & { x: number; y: number; width: number; height: number; labelX: number; labelY: number })[];
}

export interface EventMarkView {
	id: string;
	index: number;
	title: string;
	label: string;
	href: string;
	precision: string;
	dateLabel: string;
	x: number;
	y: number;
	/** For an event known only to the month or year: the period it may fall in. */
	span?: { x: number; y: number; width: number; height: number };
	guide: { x1: number; y1: number; x2: number; y2: number };
}

export interface PositionMarkView {
	eventId: string;
	index: number;
	actorId: string;
	stanceId: string;
	rank: number;
	/** The evidence grade, drawn as a ring round the mark unless it is the actor's own words. */
	basis: Basis;
	href: string;
	title: string;
	approx: boolean;
	x: number;
	y: number;
}

/** A lane's line through its marks in time order; `changes` sit halfway along each segment whose stance moves. */
interface MovementView {
	actorId: string;
	d: string;
	changes: { x: number; y: number; direction: 'more' | 'fewer'; title: string }[];
}

export interface ClusterView {
	actorId: string;
	/** Its first event's place in time order, for keyboard navigation along the lane. */
	index: number;
	eventIds: string[];
	count: number;
	/** The first and last days its events cover, "YYYY-MM-DD", so a click can zoom to them. */
	from: string;
	to: string;
	title: string;
	x: number;
	y: number;
}

/** Fixed sizes of the drawing, in user units. */
export const SIZES = {
	mark: 14,
	laneHeight: 21,
	groupHeader: 14,
	labelRow: 16,
	labelRows: 2,
	laneLabelWidth: 170,
	marginRight: 28,
	/** Room at the end of each horizontal lane for its latest stance, in words. */
	latestWidth: 132,
	axisHeight: 28,
	charWidth: 6.6,
	verticalHeader: 46,
	verticalAxisWidth: 54,
	verticalLaneWidth: 18,
	verticalLabelChars: 13,
} as const;

/**
 * Lays out the timeline: a time scale along one axis, a lane per actor (grouped) along the other, a marker and
 * guide per event, a mark per position placed by date and lane (approximate for month- or year-precision
 * dates), marks that would overlap in a lane merged into counted clusters, axis ticks for the zoom level, and
 * event labels placed so that none overlaps another.
 */
export function buildTimeline(input: TimelineInput, options: TimelineOptions): TimelineView {
	const hidden = options.hiddenLanes ?? new Set<string>();
	const lanes = input.lanes.filter((lane) => !hidden.has(lane.id));
	const domain = options.domain ?? fullDomain(input);
	return options.orientation === 'horizontal'
		? layoutHorizontal(input, lanes, domain, options.width)
		: layoutVertical(input, lanes, domain, options.width, options.verticalLength ?? VERTICAL_LENGTH);
}

/** The home timeline's width in user units: about its width in pixels on a laptop, so 24 units are 24 pixels. */
export const HORIZONTAL_WIDTH = 1200;

/** The default length of the vertical timeline's time axis. */
const VERTICAL_LENGTH = 800;

/** All the debate's dates, padded a little at each end: the unzoomed view. */
export function fullDomain(input: TimelineInput): [Date, Date] {
	return padDomain([
		new Date(Math.min(...input.events.map((e) => e.start.getTime()))),
		new Date(Math.max(...input.events.map((e) => e.end.getTime()))),
	]);
}

/**
 * The compressed time scale of the whole debate (the unzoomed view) along a figure's time axis: the zoom
 * behaviour's base, so a zoom's dates are read off the same axis the reader sees.
 */
export function fullTimeScale(input: TimelineInput, orientation: Orientation, width: number, verticalLength = VERTICAL_LENGTH): TimeScale {
	const domain = fullDomain(input);
	const visible = visibleEvents(input, domain);
	return compressTime(moments(visible), domain, timeRange(orientation, width, verticalLength)).scale;
}

/** Where the time axis runs, in user units: along x for a horizontal timeline, along y for a vertical one. */
export function timeRange(orientation: Orientation, width: number, verticalLength = VERTICAL_LENGTH): [number, number] {
	if (orientation === 'horizontal') return [SIZES.laneLabelWidth, width - SIZES.latestWidth];
	const start = SIZES.verticalHeader + 26;
	return [start, start + verticalLength];
}

type Lanes = TimelineInput['lanes'];

function layoutHorizontal(input: TimelineInput, lanes: Lanes, domain: [Date, Date], width: number): TimelineView {
	const { labelRow, labelRows, laneHeight, groupHeader, laneLabelWidth, axisHeight, charWidth, mark } = SIZES;
	const visible = visibleEvents(input, domain);
	const time = compressTime(moments(visible), domain, timeRange('horizontal', width));
	const { scale, positions } = time;
	const eventRowY = labelRows * labelRow + 14;
	let y = eventRowY + 16;
	const groups: TimelineView['groups'] = [];
	const laneViews: TimelineView['lanes'] = [];
	for (const [index, group] of groupsOf(lanes).entries()) {
		const top = y;
		y += groupHeader;
		for (const lane of group.lanes) {
			const labelY = y + laneHeight / 2;
			laneViews.push({
				id: lane.id,
				label: lane.label,
				x: 0,
				y,
				width,
				height: laneHeight,
				labelX: laneLabelWidth - 24,
				labelY,
				latestX: laneLabelWidth - 12,
				latestY: labelY,
			});
			y += laneHeight;
		}
		groups.push({
			id: group.id,
			label: GROUP_LABELS[group.id],
			x: 0,
			y: top,
			width,
			height: y - top,
			labelX: 6,
			labelY: top + 13,
			odd: index % 2 === 1,
		});
	}
	const plotBottom = y;
	const height = plotBottom + axisHeight;
	const events = visible.map(({ event, index }) => {
		const x = positions.get(event.id)!;
		const span =
			event.precision === 'day'
				? undefined
				: spanOf(scale, event.start, event.end, (a, b) => ({ x: a, y: eventRowY - 5, width: b - a, height: 10 }));
		return eventMark(event, index, x, eventRowY, span, { x1: x, y1: eventRowY, x2: x, y2: plotBottom });
	});
	const eventsById = new Map(events.map((e) => [e.id, e]));
	const labels = fitLabelsInTwoRows(
		events.map((e) => ({ key: e.id, pos: e.x, text: e.label })),
		charWidth,
		width - 4,
	).map((label) => {
		const event = eventsById.get(label.key)!;
		return {
			eventId: label.key,
			index: event.index,
			lines: [label.text],
			x: event.x,
			y: (labelRows - label.row) * labelRow - 2,
			anchor: label.anchor,
		};
	});
	const laneY = new Map(laneViews.map((lane) => [lane.id, lane.y + lane.height / 2]));
	const { marks, clusters, movements } = layoutMarks(input, visible, laneViews, positions, mark + 2, (pos, laneId) => ({
		x: pos,
		y: laneY.get(laneId)!,
	}));
	const latest = latestStances(input, visible, laneViews).map(({ lane, position }) => ({
		actorId: lane.id,
		x: width - SIZES.latestWidth + 16,
		y: lane.y + lane.height / 2,
		text: position.stanceShort,
		rank: position.rank,
	}));
	const ticks = clearOfBreaks(createTicks(scale, 100, time.breaks), time.breaks, charWidth).map((tick) => ({
		...tick,
		x1: tick.pos,
		y1: eventRowY + 10,
		x2: tick.pos,
		y2: plotBottom,
		labelX: tick.pos,
		labelY: plotBottom + 18,
	}));
	const breaks = time.breaks.map((b) => ({
		...b,
		x: b.start,
		y: eventRowY + 10,
		width: b.end - b.start,
		height: plotBottom - eventRowY - 10,
		labelX: (b.start + b.end) / 2,
		labelY: plotBottom + 18,
	}));
	return {
		orientation: 'horizontal',
		width,
		height,
		domain: domainStrings(domain),
		ticks,
		groups,
		lanes: laneViews,
		events,
		labels,
		marks,
		clusters,
		movements,
		latest,
		breaks,
	};
}

function layoutVertical(input: TimelineInput, lanes: Lanes, domain: [Date, Date], width: number, length: number): TimelineView {
	const { verticalHeader, verticalAxisWidth, verticalLaneWidth, verticalLabelChars, labelRow, mark } = SIZES;
	const top = verticalHeader;
	const visible = visibleEvents(input, domain);
	const time = compressTime(moments(visible), domain, timeRange('vertical', width, length));
	const { scale, positions } = time;
	const height = scale.range().at(-1)! + 48;
	const eventColumnX = verticalAxisWidth + 8;
	let x = eventColumnX + 12;
	const groups: TimelineView['groups'] = [];
	const laneViews: TimelineView['lanes'] = [];
	// Columns are too narrow for names: each is numbered in horizontal text, the same number at every zoom and
	// filter, and the key beside the chart names them.
	const numbers = new Map(input.lanes.map((lane, i) => [lane.id, String(i + 1)]));
	for (const [index, group] of groupsOf(lanes).entries()) {
		const left = x;
		for (const lane of group.lanes) {
			const centreX = x + verticalLaneWidth / 2;
			laneViews.push({
				id: lane.id,
				label: numbers.get(lane.id)!,
				x,
				y: top,
				width: verticalLaneWidth,
				height: height - top,
				labelX: centreX,
				labelY: top - 8,
				latestX: centreX,
				latestY: top + 10,
			});
			x += verticalLaneWidth;
		}
		// Columns are narrow: a group's name is shown only where it fits above its lanes.
		const label = GROUP_LABELS[group.id].length * SIZES.charWidth * 0.85 <= x - left ? GROUP_LABELS[group.id] : '';
		groups.push({
			id: group.id,
			label,
			x: left,
			y: top,
			width: x - left,
			height: height - top,
			labelX: left,
			labelY: top - 28,
			odd: index % 2 === 1,
		});
	}
	const labelsX = x + 6;
	const events = visible.map(({ event, index }) => {
		const y = positions.get(event.id)!;
		const span =
			event.precision === 'day'
				? undefined
				: spanOf(scale, event.start, event.end, (a, b) => ({ x: eventColumnX - 5, y: a, width: 10, height: b - a }));
		return eventMark(event, index, eventColumnX, y, span, { x1: eventColumnX, y1: y, x2: labelsX - 4, y2: y });
	});
	// Event labels take the room right of the last column, and only when a full column of them fits: with many
	// actors there is none on a phone, and labels drawn past the edge were clipped away unseen, yet laid out on
	// every load. The lane key, the axis and the cards below then name the events.
	const labelled = labelsX + verticalLabelChars * SIZES.charWidth <= width ? events : [];
	const wrapped = new Map(labelled.map((e) => [e.id, wrapLabel(e.label, verticalLabelChars)]));
	const placed = dodgeLabels(
		labelled.map((e) => ({ key: e.id, pos: e.y, size: wrapped.get(e.id)!.length * labelRow })),
		3,
		56,
		height,
	);
	const eventsById = new Map(events.map((e) => [e.id, e]));
	const labels = placed.map((label) => {
		const event = eventsById.get(label.key)!;
		return {
			eventId: label.key,
			index: event.index,
			lines: wrapped.get(label.key)!,
			x: labelsX,
			y: label.start + 12,
			anchor: 'start' as const,
		};
	});
	const laneX = new Map(laneViews.map((lane) => [lane.id, lane.x + lane.width / 2]));
	const { marks, clusters, movements } = layoutMarks(input, visible, laneViews, positions, mark + 2, (pos, laneId) => ({
		x: laneX.get(laneId)!,
		y: pos,
	}));
	const ticks = createTicks(scale, 70, time.breaks).map((tick) => ({
		...tick,
		x1: eventColumnX + 8,
		y1: tick.pos,
		x2: x,
		y2: tick.pos,
		labelX: verticalAxisWidth - 2,
		labelY: tick.pos + 4,
	}));
	const breaks = time.breaks.map((b) => ({
		...b,
		x: eventColumnX + 8,
		y: b.start,
		width: x - eventColumnX - 8,
		height: b.end - b.start,
		labelX: verticalAxisWidth - 2,
		labelY: (b.start + b.end) / 2 + 4,
	}));
	return {
		orientation: 'vertical',
		width,
		height,
		domain: domainStrings(domain),
		ticks,
		groups,
		lanes: laneViews,
		events,
		labels,
		marks,
		clusters,
		movements,
		latest: [],
		breaks,
	};
}

type Visible = { event: TimelineInput['events'][number]; index: number }[];

/** Leaves out the ticks whose label would run into a break's label on the same axis line. */
function clearOfBreaks(ticks: Tick[], breaks: TimeBreak[], charWidth: number): Tick[] {
	return ticks.filter((tick) =>
		breaks.every((b) => Math.abs(tick.pos - (b.start + b.end) / 2) >= ((tick.label.length + b.label.length) * charWidth) / 2 + 6),
	);
}

/** The moment each visible event is drawn at, for the compressed time axis. */
function moments(visible: Visible) {
	return visible.map(({ event }) => ({ id: event.id, time: centreTime(event.start, event.end, event.precision) }));
}

// Events whose mark falls within the shown dates; a zoomed view draws only these.
function visibleEvents(input: TimelineInput, domain: [Date, Date]): Visible {
	const [from, to] = domain.map((d) => d.getTime());
	return input.events.flatMap((event, index) => {
		const mid = centreTime(event.start, event.end, event.precision);
		return mid >= from && mid <= to ? [{ event, index }] : [];
	});
}

function layoutMarks(
	input: TimelineInput,
	visible: Visible,
	lanes: TimelineView['lanes'],
	positions: Map<string, number>,
	minGap: number,
	place: (pos: number, laneId: string) => { x: number; y: number },
) {
	const shown = new Map(visible.map(({ event, index }) => [event.id, { event, index }]));
	const laneLabels = new Map(lanes.map((lane) => [lane.id, lane.label]));
	const marks: PositionMarkView[] = [];
	const clusters: ClusterView[] = [];
	const movements: MovementView[] = [];
	const byLane = new Map<string, TimelinePosition[]>();
	for (const position of input.positions) {
		if (!shown.has(position.eventId)) continue;
		const list = byLane.get(position.actorId);
		if (list) list.push(position);
		else byLane.set(position.actorId, [position]);
	}
	for (const lane of lanes) {
		const drawn: { x: number; y: number; first: TimelinePosition; last: TimelinePosition }[] = [];
		const points = (byLane.get(lane.id) ?? []).map((position) => {
			const { event, index } = shown.get(position.eventId)!;
			return { position, event, index, pos: positions.get(event.id)! };
		});
		for (const cluster of clusterMarks(points, minGap)) {
			const at = place(round(cluster.pos), lane.id);
			drawn.push({ ...at, first: cluster.marks[0].position, last: cluster.marks[cluster.marks.length - 1].position });
			if (cluster.marks.length === 1) {
				const [{ position, event, index }] = cluster.marks;
				marks.push({
					eventId: event.id,
					index,
					actorId: lane.id,
					stanceId: position.stanceId,
					rank: position.rank,
					basis: position.basis,
					href: event.href,
					title: `${laneLabels.get(lane.id)}, ${event.dateLabel} (${event.label}): ${position.stanceLabel} (${position.basisLabel})`,
					approx: event.precision !== 'day',
					...at,
				});
			} else {
				const first = cluster.marks[0].event;
				const last = cluster.marks[cluster.marks.length - 1].event;
				clusters.push({
					actorId: lane.id,
					index: cluster.marks[0].index,
					eventIds: cluster.marks.map((m) => m.event.id),
					count: cluster.marks.length,
					from: isoDate(first.start),
					to: isoDate(Math.max(...cluster.marks.map((m) => m.event.end.getTime()))),
					title: `${laneLabels.get(lane.id)}: ${cluster.marks.length} positions, ${first.dateLabel} to ${last.dateLabel}`,
					...at,
				});
			}
		}
		if (drawn.length > 1) movements.push(movementOf(lane.id, laneLabels.get(lane.id) ?? lane.id, drawn));
	}
	return { marks, clusters, movements };
}

/** The line through a lane's marks, and a marker halfway along each segment where the stance moves. */
function movementOf(
	actorId: string,
	name: string,
	drawn: { x: number; y: number; first: TimelinePosition; last: TimelinePosition }[],
): MovementView {
	const d = drawn.map((point, i) => `${i === 0 ? 'M' : 'L'}${point.x},${point.y}`).join('');
	const changes = drawn.slice(1).flatMap((point, i) => {
		const before = drawn[i].last;
		if (point.first.rank === before.rank) return [];
		const direction: 'more' | 'fewer' = point.first.rank > before.rank ? 'more' : 'fewer';
		const title = `${name}: from ${before.stanceLabel} to ${point.first.stanceLabel} (${direction} conditions on encryption)`;
		return [{ x: round((drawn[i].x + point.x) / 2), y: round((drawn[i].y + point.y) / 2), direction, title }];
	});
	return { actorId, d, changes };
}

/** Each shown lane's latest position among the shown events. */
function latestStances(input: TimelineInput, visible: Visible, lanes: TimelineView['lanes']) {
	const shown = new Set(visible.map(({ event }) => event.id));
	const latest = new Map<string, TimelinePosition>();
	for (const position of input.positions) if (shown.has(position.eventId)) latest.set(position.actorId, position);
	return lanes.flatMap((lane) => {
		const position = latest.get(lane.id);
		return position ? [{ lane, position }] : [];
	});
}

function eventMark(
	event: TimelineInput['events'][number],
	index: number,
	x: number,
	y: number,
	span: EventMarkView['span'],
	guide: EventMarkView['guide'],
): EventMarkView {
	return {
		id: event.id,
		index,
		title: `${event.title} (${event.dateLabel})`,
		label: event.label,
		href: event.href,
		precision: event.precision,
		dateLabel: event.dateLabel,
		x: round(x),
		y: round(y),
		span,
		guide: { x1: round(guide.x1), y1: round(guide.y1), x2: round(guide.x2), y2: round(guide.y2) },
	};
}

// A day-precision event sits at noon of its day; a month or year at the middle of its period.
export function centreTime(start: Date, end: Date, precision: string): number {
	return precision === 'day' ? start.getTime() + 43_200_000 : (start.getTime() + end.getTime()) / 2;
}

function spanOf<T>(scale: TimeScale, start: Date, end: Date, box: (a: number, b: number) => T): T {
	return box(round(scale(start)), round(scale(end)));
}

function groupsOf(lanes: Lanes) {
	const groups: { id: Lanes[number]['group']; lanes: Lanes }[] = [];
	for (const lane of lanes) {
		const last = groups.at(-1);
		if (last && last.id === lane.group) last.lanes.push(lane);
		else groups.push({ id: lane.group, lanes: [lane] });
	}
	return groups;
}

/** Breaks a label into lines of at most `width` characters, at spaces. */
export function wrapLabel(label: string, width: number): string[] {
	const lines: string[] = [];
	for (const word of label.split(/\s+/)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

function domainStrings([from, to]: [Date, Date]): [string, string] {
	return [isoDate(from), isoDate(to)];
}
