import { parseUrlState, writeUrlState, type TimelineUrlState } from './urlState.ts';

// The timeline's one state (the actors shown, the dates in view, the selected event), mirrored in the URL so
// any view can be linked. Behaviours read it and change it here; it tells them of every change with a "change"
// event. It imports no behaviour and no renderer, so nothing it loads can import it back.

/** The detail of the store's "change" event: the new state and which of its keys changed. */
export interface StoreChange {
	state: Readonly<TimelineUrlState>;
	changed: (keyof TimelineUrlState)[];
}

class TimelineStore extends EventTarget {
	#state: TimelineUrlState = {};
	#actors: string[] = [];
	#events = new Set<string>();
	#ready = false;

	/** Reads the state from the URL once, knowing every actor and event the page draws. */
	init(): Readonly<TimelineUrlState> {
		if (this.#ready) return this.#state;
		this.#ready = true;
		this.#actors = [...document.querySelectorAll<HTMLInputElement>('timeline-filter input[name="actor"]')].map((input) => input.value);
		this.#events = new Set(
			[...document.querySelectorAll<HTMLElement>('figure.timeline .event-mark')].flatMap((mark) =>
				mark.dataset.event ? [mark.dataset.event] : [],
			),
		);
		this.#state = parseUrlState(new URL(location.href), { actors: new Set(this.#actors), events: this.#events });
		return this.#state;
	}

	get state(): Readonly<TimelineUrlState> {
		return this.#state;
	}

	/** Every actor the page can show, in lane order. */
	get actorIds(): readonly string[] {
		return this.#actors;
	}

	/** The actors the filter hides, derived from the actors the state shows. */
	hiddenActors(state: Readonly<TimelineUrlState> = this.#state): Set<string> {
		const shown = state.actors;
		return new Set(shown ? this.#actors.filter((id) => !shown.includes(id)) : []);
	}

	/** Whether an event id is one the page knows, so nothing from the URL or the DOM is trusted blindly. */
	isKnownEvent(id: string | undefined): id is string {
		return id !== undefined && this.#events.has(id);
	}

	/**
	 * Changes part of the state (a key set to undefined is dropped) and tells every behaviour. The URL follows
	 * without a new history entry, unless `url` is false (when the URL already says something else, such as #main).
	 */
	update(patch: Partial<TimelineUrlState>, { url = true }: { url?: boolean } = {}) {
		const next: TimelineUrlState = { ...this.#state, ...patch };
		const changed = (Object.keys(patch) as (keyof TimelineUrlState)[]).filter((key) => {
			if (patch[key] === undefined) delete next[key];
			return JSON.stringify(this.#state[key]) !== JSON.stringify(next[key]);
		});
		this.#state = next;
		if (url) {
			const written = writeUrlState(new URL(location.href), next, this.#actors);
			if (written.href !== location.href) history.replaceState(history.state, '', written);
		}
		if (changed.length > 0) this.dispatchEvent(new CustomEvent<StoreChange>('change', { detail: { state: next, changed } }));
	}
}

/** The page's one timeline store. */
export const store = new TimelineStore();
