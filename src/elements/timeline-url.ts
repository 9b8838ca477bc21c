import { timelineFigures } from './timelineFigures.ts';
import { store, type StoreChange } from './timelineStore.ts';
import { decodeHash } from './urlState.ts';

/**
 * Keeps the page in step with the URL's view: marks the selected event (its marks aria-current="true", its card
 * selected) whenever the selection changes, follows #<event id> when the address changes, and, when the page
 * opens on a filtered view, redraws the timeline for it once. (A view with dates is drawn by the zoom code,
 * which owns the dates.)
 */
class TimelineUrl extends HTMLElement {
	connectedCallback() {
		const state = store.init();
		store.addEventListener('change', this.onChange);
		addEventListener('hashchange', this.onHashChange);
		showSelection(state.event);
		if (state.actors && !state.range) void import('./timelineRedraw.ts').then((redraw) => redraw.redrawAll());
	}

	disconnectedCallback() {
		store.removeEventListener('change', this.onChange);
		removeEventListener('hashchange', this.onHashChange);
	}

	private onChange = (event: Event) => {
		const { state, changed } = (event as CustomEvent<StoreChange>).detail;
		if (changed.includes('event')) showSelection(state.event);
	};

	// The address now names another event, or something else on the page (such as #main): the selection
	// follows, and the URL is left as the reader made it.
	private onHashChange = () => {
		const id = decodeHash(location.hash);
		store.update({ event: store.isKnownEvent(id) ? id : undefined }, { url: store.isKnownEvent(id) });
	};
}

function showSelection(id: string | undefined) {
	for (const element of document.querySelectorAll('[aria-current="true"][data-event]')) element.removeAttribute('aria-current');
	for (const card of document.querySelectorAll('.event-card[data-selected]')) card.removeAttribute('data-selected');
	if (!id) return;
	for (const figure of timelineFigures())
		for (const mark of figure.querySelectorAll(`:is(.mark, .event-mark)[data-event="${CSS.escape(id)}"]`))
			mark.setAttribute('aria-current', 'true');
	document.getElementById(id)?.setAttribute('data-selected', '');
}

customElements.define('timeline-url', TimelineUrl);
