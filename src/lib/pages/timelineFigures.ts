import type { Debate, EventView } from '../debate/buildDebate.ts';
import { buildTimeline, HORIZONTAL_WIDTH, type TimelineView } from '../timeline/buildTimeline.ts';
import { createTimelineInput } from '../timeline/createTimelineInput.ts';
import { renderTimeline } from '../timeline/renderTimeline.ts';

/**
 * The id of the element that closes the chart: the reading guide printed after both orientations. A page that
 * shows the chart first holds its first paint until this element is parsed (`renderAfter` in the layouts), so the
 * chart is drawn whole in the first frame, not in slices as its HTML arrives, each slice a long layout after the
 * first paint.
 */
export const CHART_END_ID = 'timeline-help';

/**
 * The home page's (and the embed's) timeline: both orientations, which CSS chooses between, the lanes, and the
 * words a screen reader hears for the chart. `href` adds the base path to a site path.
 */
export function buildTimelineFigures(debate: Debate, href: (path: string) => string) {
	const input = createTimelineInput(debate, href);
	const figures = (
		[
			['horizontal', HORIZONTAL_WIDTH],
			['vertical', 380],
		] as const
	).map(([orientation, width]) => {
		const view: TimelineView = buildTimeline(input, { orientation, width });
		return { view, svg: renderTimeline(view) };
	});
	const [first, last] = [debate.events[0]?.dateLabel, debate.events.at(-1)?.dateLabel];
	const title = `Timeline of positions on end-to-end encryption, ${first} to ${last}`;
	const description =
		`A chart with a lane for each of ${input.lanes.length} actors, grouped by kind, and time running from ${first} to ${last}. ` +
		`Each mark is one actor's stance at one event; its shape, fill and colour show the stance. Every mark links to its event. ` +
		`The positions table below gives the same information as text.`;
	return { lanes: input.lanes, figures, title, description };
}

/**
 * An event page's locating timeline: the home page's layout narrowed to the lanes of the actors at the event,
 * with the event marked.
 */
export function buildMiniTimeline(debate: Debate, event: EventView, href: (path: string) => string) {
	const input = createTimelineInput(debate, href);
	const involved = new Set(event.positions.map((position) => position.actor.id));
	const view = buildTimeline(input, {
		orientation: 'horizontal',
		width: 1000,
		hiddenLanes: new Set(input.lanes.filter((lane) => !involved.has(lane.id)).map((lane) => lane.id)),
	});
	const title = `Where this event sits in the debate${involved.size > 0 ? ', with the positions of its actors over time' : ''}`;
	return { view, svg: renderTimeline(view, { selected: event.id }), title };
}
