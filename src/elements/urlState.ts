import { parseIsoDay } from '../lib/dates/isoDay.ts';

/** What of the timeline's view lives in the URL: `?actors=a,b&from=YYYY-MM-DD&to=YYYY-MM-DD#<event id>`. */
export interface TimelineUrlState {
	/** The actors shown; absent means all. */
	actors?: string[];
	/** The dates shown, when zoomed. */
	range?: [string, string];
	/** The selected event. */
	event?: string;
}

export interface KnownIds {
	actors: ReadonlySet<string>;
	events: ReadonlySet<string>;
}

/**
 * Reads the timeline's state from a URL, keeping only what names a real actor, a real date range or a real
 * event. Anything else (unknown ids, malformed or reversed dates, markup) is ignored.
 */
export function parseUrlState(url: URL, known: KnownIds): TimelineUrlState {
	const state: TimelineUrlState = {};
	const actors = url.searchParams.get('actors');
	if (actors !== null) {
		const wanted = actors
			.split(',')
			.map((id) => id.trim())
			.filter(Boolean);
		const valid = [...new Set(wanted.filter((id) => known.actors.has(id)))];
		// "actors=" on its own means none; a list in which nothing is known is ignored, not taken as none.
		if (valid.length > 0 || wanted.length === 0) state.actors = valid;
	}
	const from = url.searchParams.get('from');
	const to = url.searchParams.get('to');
	if (from && to && isDay(from) && isDay(to) && from < to) state.range = [from, to];
	const hash = decodeHash(url.hash);
	if (hash && known.events.has(hash)) state.event = hash;
	return state;
}

/** A copy of the URL carrying the state: parameters for what differs from the default view, removed otherwise. */
export function writeUrlState(url: URL, state: TimelineUrlState, allActors: readonly string[]): URL {
	const next = new URL(url);
	const showsAll = !state.actors || (state.actors.length === allActors.length && allActors.every((id) => state.actors!.includes(id)));
	if (showsAll) next.searchParams.delete('actors');
	else next.searchParams.set('actors', allActors.filter((id) => state.actors!.includes(id)).join(','));
	if (state.range) {
		next.searchParams.set('from', state.range[0]);
		next.searchParams.set('to', state.range[1]);
	} else {
		next.searchParams.delete('from');
		next.searchParams.delete('to');
	}
	next.hash = state.event ? `#${state.event}` : '';
	return next;
}

const isDay = (value: string): boolean => parseIsoDay(value) !== undefined;

/** A URL's #fragment, decoded; empty when it is malformed ("#50%"). */
export function decodeHash(hash: string): string {
	try {
		return decodeURIComponent(hash.replace(/^#/, ''));
	} catch {
		return '';
	}
}
