import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { centreTime, fullDomain, fullTimeScale, timeRange, type Orientation } from '../lib/timeline/buildTimeline.ts';
import { isoDate, parseIsoDay, parseIsoRange } from '../lib/dates/isoDay.ts';
import type { TimeScale } from '../lib/timeline/timeAxis.ts';
import type { TimelineInput } from '../lib/timeline/timelineInput.ts';
import { loadTimelineInput, redrawFigure } from './timelineRedraw.ts';
import { timelineFigures, visibleFigure } from './timelineFigures.ts';
import { store } from './timelineStore.ts';

// Loaded on the first zoom gesture. Each figure gets a d3-zoom behaviour along its time axis; a zoom redraws
// the figure for the new dates (at most once a frame) and, when the gesture ends, records them in the URL.

interface Zoomable {
	figure: HTMLElement;
	svg: SVGSVGElement;
	behaviour: ZoomBehavior<SVGSVGElement, unknown>;
	base: TimeScale;
	orientation: Orientation;
}

/** The narrowest view: two weeks across the whole axis. */
const MIN_SPAN_MS = 14 * 86_400_000;
const FAR = 1e6;

let zoomables: Zoomable[] = [];
let syncing = false;
let timeline: TimelineInput | undefined;

let attached: Promise<void> | undefined;

/** Gives each figure its zoom behaviour, once, and draws the dates the URL names, if any. */
export function attachZoom(): Promise<void> {
	attached ??= attach();
	return attached;
}

async function attach() {
	const input = await loadTimelineInput();
	timeline = input;
	const full = fullDomain(input);
	const maxScale = Math.max(1, (full[1].getTime() - full[0].getTime()) / MIN_SPAN_MS);
	zoomables = timelineFigures().map((figure) => {
		const orientation = figure.dataset.orientation as Orientation;
		const svg = figure.querySelector<SVGSVGElement>('svg.timeline-svg')!;
		const [r0, r1] = timeRange(orientation, Number(figure.dataset.width));
		const base = fullTimeScale(input, orientation, Number(figure.dataset.width));
		const horizontal = orientation === 'horizontal';
		const behaviour = zoom<SVGSVGElement, unknown>()
			.scaleExtent([1, maxScale])
			.extent(() => {
				const { width, height } = svg.viewBox.baseVal;
				return horizontal
					? [
							[r0, 0],
							[r1, height],
						]
					: [
							[0, r0],
							[width, r1],
						];
			})
			.translateExtent(
				horizontal
					? [
							[r0, -FAR],
							[r1, FAR],
						]
					: [
							[-FAR, r0],
							[FAR, r1],
						],
			)
			.filter((event: Event) => {
				if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
				if (event.type === 'touchstart') return (event as TouchEvent).touches.length > 1;
				return (event as MouseEvent).button === 0 && !(event as MouseEvent).ctrlKey;
			});
		const zoomable: Zoomable = { figure, svg, behaviour, base, orientation };
		behaviour.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => onZoom(zoomable, event.transform));
		behaviour.on('end', () => !syncing && commit(zoomable));
		select(svg).call(behaviour).on('dblclick.zoom', null);
		// One finger scrolls the page; two fingers pinch and pan the timeline.
		svg.style.touchAction = 'pan-x pan-y';
		return zoomable;
	});
	const range = store.state.range;
	const domain = range && parseIsoRange(range);
	if (domain) setDomain(domain);
}

/**
 * Zooms the visible timeline by a factor (2 zooms in, 0.5 out) about the selected event, or else the event
 * with positions nearest the middle of the view, so at least one event with its marks stays in view. The
 * page never scrolls: only the drawing changes.
 */
export function zoomBy(factor: number) {
	const zoomable = visible();
	if (!zoomable || !timeline) return;
	const horizontal = zoomable.orientation === 'horizontal';
	const transform = zoomTransform(zoomable.svg);
	const eventId = anchorEvent(zoomable);
	const event = timeline.events.find((e) => e.id === eventId);
	const [r0, r1] = axisEnds(zoomable.base);
	const base = event ? zoomable.base(new Date(centreTime(event.start, event.end, event.precision))) : undefined;
	const at = base === undefined ? (r0 + r1) / 2 : horizontal ? transform.applyX(base) : transform.applyY(base);
	const { width, height } = zoomable.svg.viewBox.baseVal;
	const point: [number, number] = horizontal ? [at, height / 2] : [width / 2, at];
	zoomable.behaviour.scaleBy(select(zoomable.svg), factor, point);
}

/** The selected event, else the shown event with positions whose marker is nearest the middle of the axis. */
function anchorEvent({ svg, orientation }: Zoomable): string | undefined {
	const selected = svg.querySelector<SVGElement>('.event-mark[aria-current="true"]')?.dataset.event;
	if (selected) return selected;
	const withMarks = new Set(
		[...svg.querySelectorAll<SVGElement>('.mark, .cluster')].flatMap((m) => (m.dataset.event ? [m.dataset.event] : [])),
	);
	const { width, height } = svg.viewBox.baseVal;
	const middle = orientation === 'horizontal' ? width / 2 : height / 2;
	let best: [number, string] | undefined;
	for (const mark of svg.querySelectorAll<SVGCircleElement>('.event-mark circle')) {
		const id = (mark.parentNode as SVGElement).dataset.event;
		if (!id || (withMarks.size > 0 && !withMarks.has(id))) continue;
		const distance = Math.abs(Number(mark.getAttribute(orientation === 'horizontal' ? 'cx' : 'cy')) - middle);
		if (!best || distance < best[0]) best = [distance, id];
	}
	return best?.[1];
}

/** Returns to the whole debate. */
export function resetZoom() {
	const zoomable = visible();
	if (zoomable) zoomable.behaviour.transform(select(zoomable.svg), zoomIdentity);
}

/** Zooms so that a period (a cluster's, "YYYY-MM-DD" to "YYYY-MM-DD") fills the view, with a margin. */
export function zoomToRange(from: string, to: string) {
	const start = parseIsoDay(from)?.getTime();
	const end = parseIsoDay(to)?.getTime();
	if (start === undefined || end === undefined || end < start) return;
	const pad = Math.max((end - start) * 0.15, MIN_SPAN_MS / 2);
	setDomain([new Date(start - pad), new Date(end + pad)]);
	const zoomable = visible();
	if (zoomable) commit(zoomable);
}

function visible(): Zoomable | undefined {
	const figure = visibleFigure();
	return zoomables.find((zoomable) => zoomable.figure === figure);
}

/** Puts every figure's zoom at a date domain (from the URL, or a cluster), without writing the URL. */
function setDomain(domain: [Date, Date]) {
	syncing = true;
	for (const zoomable of zoomables) zoomable.behaviour.transform(select(zoomable.svg), transformFor(zoomable, domain));
	syncing = false;
}

/** The ends of the time axis: the first and last points of the (piecewise) base scale's range. */
function axisEnds(base: TimeScale): [number, number] {
	const range = base.range();
	return [range[0], range[range.length - 1]];
}

/** The dates a transform shows: the base scale (piecewise, as drawn) read at the ends of the axis. */
function domainOf({ base, orientation }: Zoomable, transform: ZoomTransform): [Date, Date] {
	const [r0, r1] = axisEnds(base);
	const invert = (at: number) => base.invert(orientation === 'horizontal' ? transform.invertX(at) : transform.invertY(at));
	return [invert(r0), invert(r1)];
}

function transformFor({ base, orientation }: Zoomable, [from, to]: [Date, Date]): ZoomTransform {
	const [r0, r1] = axisEnds(base);
	const k = (r1 - r0) / (base(to) - base(from));
	const shift = r0 - k * base(from);
	return orientation === 'horizontal' ? zoomIdentity.translate(shift, 0).scale(k) : zoomIdentity.translate(0, shift).scale(k);
}

let frame = 0;
const pending = new Map<HTMLElement, [Date, Date]>();

function onZoom(zoomable: Zoomable, transform: ZoomTransform) {
	pending.set(zoomable.figure, domainOf(zoomable, transform));
	frame ||= requestAnimationFrame(() => {
		frame = 0;
		for (const [figure, domain] of pending) void redrawFigure(figure, store.hiddenActors(), domain);
		pending.clear();
	});
}

/** Records the zoomed figure's dates in the URL and brings the other figure to the same dates. */
function commit(zoomable: Zoomable) {
	const transform = zoomTransform(zoomable.svg);
	const identity = transform.k === 1;
	const [from, to] = domainOf(zoomable, transform);
	store.update({ range: identity ? undefined : [isoDate(from), isoDate(to)] });
	syncing = true;
	for (const other of zoomables) {
		if (other !== zoomable) other.behaviour.transform(select(other.svg), identity ? zoomIdentity : transformFor(other, [from, to]));
	}
	syncing = false;
}
