import { store } from './timelineStore.ts';

/**
 * The "Actors" filter: a checkbox per actor and one per group. Unchecking an actor hides its lane in the
 * timeline and its positions in the event cards and the positions table; the choice lives in the URL.
 */
class TimelineFilter extends HTMLElement {
	connectedCallback() {
		const state = store.init();
		const shown = new Set(state.actors ?? store.actorIds);
		for (const input of this.actorInputs()) input.checked = shown.has(input.value);
		this.syncGroups();
		// The page arrives with every actor shown: only a filter from the URL has anything to hide. Walking every
		// card and table cell for nothing was most of the home page's script work at load.
		if (state.actors) this.hideElsewhere(shown);
		this.addEventListener('change', this.onChange);
		// The list opens over the chart: Escape or a click elsewhere closes it, focus back on its button.
		this.addEventListener('keydown', this.onKeyDown);
		document.addEventListener('click', this.onOutsideClick);
	}

	disconnectedCallback() {
		document.removeEventListener('click', this.onOutsideClick);
	}

	private get menu(): HTMLDetailsElement | null {
		return this.querySelector('details');
	}

	private onKeyDown = (event: KeyboardEvent) => {
		const menu = this.menu;
		if (event.key !== 'Escape' || !menu?.open) return;
		menu.open = false;
		menu.querySelector('summary')?.focus();
		event.stopPropagation();
	};

	private onOutsideClick = (event: MouseEvent) => {
		const menu = this.menu;
		if (menu?.open && !this.contains(event.target as Node)) menu.open = false;
	};

	private actorInputs(): HTMLInputElement[] {
		return [...this.querySelectorAll<HTMLInputElement>('input[name="actor"]')];
	}

	private onChange = (event: Event) => {
		const input = event.target as HTMLInputElement;
		const group = input.dataset.groupToggle;
		if (group) for (const actor of this.actorInputs()) if (actor.dataset.group === group) actor.checked = input.checked;
		this.syncGroups();
		const shown = this.actorInputs()
			.filter((actor) => actor.checked)
			.map((actor) => actor.value);
		this.hideElsewhere(new Set(shown));
		store.update({ actors: shown.length === store.actorIds.length ? undefined : shown });
		void import('./timelineRedraw.ts').then((redraw) => redraw.redrawAll());
	};

	// A group's box is checked when all its actors are, mixed when some are.
	private syncGroups() {
		for (const toggle of this.querySelectorAll<HTMLInputElement>('input[data-group-toggle]')) {
			const members = this.actorInputs().filter((actor) => actor.dataset.group === toggle.dataset.groupToggle);
			const checked = members.filter((actor) => actor.checked).length;
			toggle.checked = checked === members.length;
			toggle.indeterminate = checked > 0 && checked < members.length;
		}
	}

	// Cards and the table are plain HTML: hiding their parts needs no redraw. A table column is hidden by its
	// position, since its cells carry no actor (they would weigh too much on a large debate).
	private hideElsewhere(shown: ReadonlySet<string>) {
		for (const element of document.querySelectorAll<HTMLElement>('.event-card .position[data-actor]')) {
			element.hidden = !shown.has(element.dataset.actor!);
		}
		const headers = [...document.querySelectorAll<HTMLElement>('.positions-table thead th')];
		const hide = headers.map((th) => th.dataset.actor !== undefined && !shown.has(th.dataset.actor));
		for (const row of document.querySelectorAll<HTMLTableRowElement>('.positions-table tr')) {
			hide.forEach((hidden, column) => {
				const cell = row.cells[column];
				if (cell) cell.hidden = hidden;
			});
		}
	}
}

customElements.define('timeline-filter', TimelineFilter);
