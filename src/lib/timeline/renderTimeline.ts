import { escape } from '../html/escape.ts';
import type { ClusterView, EventMarkView, PositionMarkView, TimelineView } from './buildTimeline.ts';
import { patternContent, shapePath, stanceStyle } from './stanceStyle.ts';
import { round } from '../round.ts';

// The timeline is printed as an SVG string by one function, used both by the Astro component at build time
// and by the zoom code in the browser, so the page and its redraws can never disagree about the markup.

/**
 * The inside of the timeline's <svg>: groups, lanes, axis, event markers and labels, position marks, clusters.
 * `selected` marks one event's marks with aria-current="true". `roving` takes every mark out of the Tab order
 * (tabindex="-1") for the keyboard behaviour, which then makes one of them the figure's Tab stop; the page as
 * built leaves it out, so that without JavaScript every mark is a plain link.
 */
export function renderTimeline(view: TimelineView, { selected, roving = false }: { selected?: string; roving?: boolean } = {}): string {
	const labelled = new Set(view.labels.map((label) => label.eventId));
	const tab = roving ? ' tabindex="-1"' : '';
	return [
		view.groups.map(renderGroup).join(''),
		view.lanes.map(renderLane).join(''),
		`<g class="ticks" aria-hidden="true">${view.ticks.map(renderTick).join('')}${view.breaks.map((b) => renderBreak(b, view.orientation)).join('')}</g>`,
		// Guides only for labelled events: at a thousand events, a line for each would outweigh the rest.
		`<g class="guides" aria-hidden="true">${view.events
			.filter((e) => labelled.has(e.id))
			.map(renderGuide)
			.join('')}</g>`,
		`<g class="labels" aria-hidden="true">${view.labels.map(renderLabel).join('')}</g>`,
		`<g class="events">${view.events.map((event) => renderEventMark(event, event.id === selected, tab)).join('')}</g>`,
		`<g class="movements" aria-hidden="true">${view.movements.map(renderMovement).join('')}</g>`,
		view.latest.length > 0 ? `<g class="latest" aria-hidden="true">${view.latest.map(renderLatest).join('')}</g>` : '',
		`<g class="marks">${view.marks.map((mark) => renderMark(mark, mark.eventId === selected, tab)).join('')}${view.clusters.map(renderCluster).join('')}</g>`,
	].join('');
}

/** The shared <defs>: one symbol and one pattern per stance rank, referenced by every mark on the page. */
export function renderStanceDefs(ranks: number[], size: number): string {
	return ranks
		.map((rank) => {
			const style = stanceStyle(rank);
			return (
				`<pattern id="${style.patternId}" width="10" height="10" patternUnits="userSpaceOnUse">${patternContent(style.pattern, style.colour)}</pattern>` +
				`<path id="${style.symbolId}" d="${shapePath(style.shape, size)}" fill="url(#${style.patternId})"/>`
			);
		})
		.join('');
}

function renderGroup(group: TimelineView['groups'][number]): string {
	return (
		`<g class="group${group.odd ? ' group-odd' : ''}" data-group="${group.id}">` +
		`<rect class="group-band" x="${group.x}" y="${group.y}" width="${group.width}" height="${group.height}"/>` +
		(group.label
			? `<text class="group-label" x="${group.labelX}" y="${group.labelY}" aria-hidden="true">${escape(group.label)}</text>`
			: '') +
		'</g>'
	);
}

function renderLane(lane: TimelineView['lanes'][number]): string {
	return (
		`<g class="lane" data-lane="${lane.id}">` +
		`<text class="lane-label" x="${lane.labelX}" y="${lane.labelY}">${escape(lane.label)}</text>` +
		`<use class="lane-latest" x="${lane.latestX}" y="${lane.latestY}" aria-hidden="true"/></g>`
	);
}

function renderTick(tick: TimelineView['ticks'][number]): string {
	return (
		`<line class="tick${tick.major ? ' tick-major' : ''}" x1="${tick.x1}" y1="${tick.y1}" x2="${tick.x2}" y2="${tick.y2}"/>` +
		`<text class="tick-label" x="${tick.labelX}" y="${tick.labelY}">${escape(tick.label)}</text>`
	);
}

// A quiet stretch drawn short: a pale band across the plot, a pair of slashes where it cuts the axis (as a broken
// axis is drawn), and the time it lasted on the axis.
function renderBreak(b: TimelineView['breaks'][number], orientation: TimelineView['orientation']): string {
	const horizontal = orientation === 'horizontal';
	const [cx, cy] = horizontal ? [round(b.x + b.width / 2), b.y + b.height] : [b.x, round(b.y + b.height / 2)];
	const slashes = horizontal
		? `M${cx - 6},${cy + 5}l5,-10M${cx + 1},${cy + 5}l5,-10`
		: `M${cx - 5},${cy + 6}l10,-5M${cx - 5},${cy - 1}l10,-5`;
	const anchor = horizontal ? '' : ' text-anchor="end"';
	return (
		`<g class="time-break" data-from="${b.from}" data-to="${b.to}"><rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}"/>` +
		`<path d="${slashes}"/><text class="break-label" x="${b.labelX}" y="${b.labelY}"${anchor}>${escape(b.label)}</text></g>`
	);
}

// An actor's line through its marks; where its stance moves, a small triangle halfway along: pointing up for
// more conditions on encryption, down for fewer (the legend says so).
function renderMovement(movement: TimelineView['movements'][number]): string {
	const changes = movement.changes
		.map(
			(change) =>
				`<path class="movement-change" data-direction="${change.direction}" d="${change.direction === 'more' ? `M${change.x - 4},${change.y + 3}L${change.x + 4},${change.y + 3}L${change.x},${change.y - 4}Z` : `M${change.x - 4},${change.y - 3}L${change.x + 4},${change.y - 3}L${change.x},${change.y + 4}Z`}"><title>${escape(change.title)}</title></path>`,
		)
		.join('');
	return `<g data-actor="${movement.actorId}"><path class="movement" data-actor="${movement.actorId}" d="${movement.d}"/>${changes}</g>`;
}

function renderLatest(latest: TimelineView['latest'][number]): string {
	return `<text class="lane-stance" data-actor="${latest.actorId}" data-rank="${latest.rank}" x="${latest.x}" y="${latest.y}">${escape(latest.text)}</text>`;
}

function renderGuide(event: EventMarkView): string {
	const { x1, y1, x2, y2 } = event.guide;
	return `<line class="guide" data-event="${event.id}" data-index="${event.index}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"/>`;
}

function renderLabel(label: TimelineView['labels'][number]): string {
	const lines = label.lines.map((line, i) => `<tspan x="${label.x}" dy="${i === 0 ? 0 : 14}">${escape(line)}</tspan>`).join('');
	const anchor = label.anchor === 'end' ? ' text-anchor="end"' : '';
	return `<text class="event-label" data-event="${label.eventId}" data-index="${label.index}" x="${label.x}" y="${label.y}"${anchor}>${lines}</text>`;
}

/** The radius of the ring that marks a position not in the actor's own words, just outside the stance symbol. */
export const BASIS_RING_RADIUS = 10;

const current = (selected: boolean) => (selected ? ' aria-current="true"' : '');

function renderEventMark(event: EventMarkView, selected: boolean, tab: string): string {
	const span = event.span
		? `<rect class="event-span" x="${event.span.x}" y="${event.span.y}" width="${event.span.width}" height="${event.span.height}" rx="3"/>`
		: '';
	return (
		`<a class="event-mark${event.precision === 'day' ? '' : ' approx'}" href="${escape(event.href)}" data-event="${event.id}" data-index="${event.index}"${current(selected)}${tab}>` +
		`<title>${escape(event.title)}</title>${span}<circle cx="${event.x}" cy="${event.y}" r="5"/></a>`
	);
}

function renderMark(mark: PositionMarkView, selected: boolean, tab: string): string {
	const style = stanceStyle(mark.rank);
	return (
		`<a class="mark${mark.approx ? ' approx' : ''}" href="${escape(mark.href)}" data-event="${mark.eventId}" data-index="${mark.index}" data-actor="${mark.actorId}" data-stance="${mark.stanceId}" data-basis="${mark.basis}"${current(selected)}${tab}>` +
		`<title>${escape(mark.title)}</title><use href="#${style.symbolId}" x="${mark.x}" y="${mark.y}"/>` +
		// The actor's own words need no sign; every weaker grade gets a ring whose dashes say which (see the legend).
		(mark.basis === 'own-words' ? '' : `<circle class="basis-ring" cx="${mark.x}" cy="${mark.y}" r="${BASIS_RING_RADIUS}"/>`) +
		'</a>'
	);
}

function renderCluster(cluster: ClusterView): string {
	return (
		`<g class="cluster" data-actor="${cluster.actorId}" data-index="${cluster.index}" data-from="${cluster.from}" data-to="${cluster.to}" role="button" tabindex="-1" aria-label="${escape(`${cluster.title}. Select to see them one by one.`)}">` +
		`<circle cx="${cluster.x}" cy="${cluster.y}" r="10"/><text x="${cluster.x}" y="${cluster.y + 4}">${cluster.count}</text></g>`
	);
}
