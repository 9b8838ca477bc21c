import { parseIsoRange } from '../lib/dates/isoDay.ts';
import { buildTimeline, type Orientation } from '../lib/timeline/buildTimeline.ts';
import { renderTimeline } from '../lib/timeline/renderTimeline.ts';
import { reviveTimelineInput, type TimelineInput } from '../lib/timeline/timelineInput.ts';
import { REDRAWN, timelineFigures } from './timelineFigures.ts';
import { store } from './timelineStore.ts';

// Loaded on the first filter or zoom: it brings the layout code (and d3-scale) that the first view does not need.

let input: Promise<TimelineInput> | undefined;

/** The timeline's data, fetched once from the URL the page names. */
export function loadTimelineInput(): Promise<TimelineInput> {
	const url = document.querySelector<HTMLElement>('[data-timeline-input]')?.dataset.timelineInput;
	if (!url) return Promise.reject(new Error('no data-timeline-input on the page'));
	input ??= fetch(url)
		.then((response) => {
			if (!response.ok) throw new Error(`timeline data: HTTP ${response.status}`);
			return response.json();
		})
		.then(reviveTimelineInput);
	return input;
}

// A figure the reader cannot see (the other orientation) is redrawn when it comes into view, not before.
const deferred = new Map<HTMLElement, [ReadonlySet<string>, [Date, Date] | undefined]>();
let watching = false;

function watchOrientation() {
	if (watching) return;
	watching = true;
	matchMedia('(max-width: 640px)').addEventListener('change', () => {
		for (const [figure, [hidden, domain]] of deferred)
			if (figure.getClientRects().length > 0) void redrawFigure(figure, hidden, domain);
	});
}

/** Redraws one figure for a set of hidden actors and a date domain, and tells the behaviours. */
export async function redrawFigure(figure: HTMLElement, hiddenLanes: ReadonlySet<string>, domain?: [Date, Date]) {
	const data = await loadTimelineInput();
	if (figure.getClientRects().length === 0) {
		deferred.set(figure, [hiddenLanes, domain]);
		watchOrientation();
		return;
	}
	deferred.delete(figure);
	performance.mark('timeline-redraw-start');
	const view = buildTimeline(data, {
		orientation: figure.dataset.orientation as Orientation,
		width: Number(figure.dataset.width),
		hiddenLanes,
		domain,
	});
	const svg = figure.querySelector('svg.timeline-svg')!;
	svg.setAttribute('viewBox', `0 0 ${view.width} ${view.height}`);
	svg.setAttribute('height', String(view.height));
	svg.querySelector('.timeline-plot')!.innerHTML = renderTimeline(view, { roving: true, selected: store.state.event });
	performance.measure('timeline-redraw', 'timeline-redraw-start');
	figure.dispatchEvent(new CustomEvent(REDRAWN, { bubbles: true }));
}

/** Redraws every figure for the store's state: its hidden actors and its date range. */
export async function redrawAll() {
	const { state } = store;
	const hidden = store.hiddenActors();
	const domain = state.range && parseIsoRange(state.range);
	await Promise.all(timelineFigures().map((figure) => redrawFigure(figure, hidden, domain)));
}
