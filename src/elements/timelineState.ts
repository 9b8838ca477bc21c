import { parseUrlState, writeUrlState, type TimelineUrlState } from './urlState.ts';

// The one shared state of the timeline's behaviours, mirrored in the URL so any view can be linked.

/** Fired on a figure after its drawing was replaced, so behaviours can re-apply themselves to the new marks. */
export const REDRAWN = 'timeline:redrawn';
/** Fired on document when the state changes. */
export const STATE_CHANGED = 'timeline:state';

let state: TimelineUrlState = {};
let allActors: string[] = [];
let allEvents = new Set<string>();

/** The timeline's figures, both orientations. */
export function timelineFigures(): HTMLElement[] {
	return [...document.querySelectorAll<HTMLElement>('figure.timeline')];
}

/** The figure the reader sees: CSS shows one orientation at a time. */
export function visibleFigure(): HTMLElement | undefined {
	return timelineFigures().find((figure) => figure.getClientRects().length > 0);
}

/** Reads the state from the URL once, knowing every actor and event the page draws. */
export function initState(): TimelineUrlState {
	if (allActors.length > 0) return state;
	allActors = [...document.querySelectorAll<HTMLInputElement>('timeline-filter input[name="actor"]')].map((input) => input.value);
	allEvents = new Set([...document.querySelectorAll<HTMLElement>('figure.timeline .event-mark')].map((mark) => mark.dataset.event!));
	state = parseUrlState(new URL(location.href), { actors: new Set(allActors), events: allEvents });
	return state;
}

export function getState(): TimelineUrlState {
	return state;
}

export function actorIds(): readonly string[] {
	return allActors;
}

/** The actors the filter hides, derived from the actors the state shows. */
export function hiddenActors(state: TimelineUrlState = getState()): Set<string> {
	return new Set(state.actors ? allActors.filter((id) => !state.actors!.includes(id)) : []);
}

/** Changes part of the state, records it in the URL without adding a history entry, and tells every behaviour. */
export function updateState(patch: Partial<TimelineUrlState>) {
	state = { ...state, ...patch };
	for (const key of Object.keys(patch) as (keyof TimelineUrlState)[]) if (patch[key] === undefined) delete state[key];
	const next = writeUrlState(new URL(location.href), state, allActors);
	if (next.href !== location.href) history.replaceState(history.state, '', next);
	document.dispatchEvent(new CustomEvent(STATE_CHANGED, { detail: state }));
}

/** Redraws every figure for the current filter and zoom, loading the layout code the first time. */
export async function redrawTimeline() {
	const { redrawAll } = await import('./timelineRedraw.ts');
	await redrawAll(state);
}

/** Drops the selected event without touching the URL (it now names something else, such as #main). */
export function forgetSelection() {
	delete state.event;
	applySelection();
}

/** Marks the selected event's marks with aria-current="true" and its card as selected. */
export function applySelection() {
	const id = state.event;
	for (const element of document.querySelectorAll('[aria-current="true"][data-event]')) element.removeAttribute('aria-current');
	for (const card of document.querySelectorAll('.event-card[data-selected]')) card.removeAttribute('data-selected');
	if (!id) return;
	for (const mark of document.querySelectorAll(`figure.timeline :is(.mark, .event-mark)[data-event="${CSS.escape(id)}"]`)) {
		mark.setAttribute('aria-current', 'true');
	}
	document.getElementById(id)?.setAttribute('data-selected', '');
}

/** Whether an event id is one the page knows, so nothing from the URL or the DOM is trusted blindly. */
export function isKnownEvent(id: string | undefined): id is string {
	return id !== undefined && allEvents.has(id);
}
