import { REDRAWN } from './timelineFigures.ts';
import { store } from './timelineStore.ts';

const MARKS = '.event-mark, .mark, .cluster';

/**
 * Keyboard access to the timeline: each figure is one Tab stop (a roving tabindex over its marks); the arrow
 * keys move along time and between lanes (spatially: in the vertical timeline time runs down), Home and End jump
 * to the first and last event, Enter follows the focused mark's link. Focusing a mark selects its event.
 */
class TimelineKeys extends HTMLElement {
	connectedCallback() {
		store.init();
		for (const figure of this.figures()) this.resetTabStops(figure);
		this.addEventListener('keydown', this.onKeyDown);
		this.addEventListener('focusin', this.onFocusIn);
		this.addEventListener(REDRAWN, this.onRedrawn);
	}

	private figures(): HTMLElement[] {
		return [...this.querySelectorAll<HTMLElement>('figure.timeline')];
	}

	/** Makes one mark per figure tabbable: the last focused one if it is still drawn, else the selected or first event. */
	private resetTabStops(figure: HTMLElement, keep?: { event?: string; actor?: string }) {
		const marks = [...figure.querySelectorAll<SVGElement>(MARKS)];
		// A redraw prints its marks with tabindex="-1" already; only the page as built needs every one set.
		for (const mark of marks) if (mark.getAttribute('tabindex') !== '-1') mark.setAttribute('tabindex', '-1');
		const selected = store.state.event;
		const target =
			(keep && marks.find((m) => m.dataset.event === keep.event && m.dataset.actor === keep.actor)) ??
			marks.find((m) => m.matches('.event-mark') && m.dataset.event === selected) ??
			figure.querySelector<SVGElement>('.event-mark') ??
			marks[0];
		target?.setAttribute('tabindex', '0');
		return target;
	}

	private onRedrawn = (event: Event) => {
		const figure = event.target as HTMLElement;
		const focused = figure.contains(document.activeElement) ? (document.activeElement as SVGElement) : undefined;
		const target = this.resetTabStops(figure, focused ? { event: focused.dataset.event, actor: focused.dataset.actor } : undefined);
		if (focused && target) target.focus({ preventScroll: true });
	};

	private onFocusIn = (event: FocusEvent) => {
		const mark = (event.target as Element).closest<SVGElement>(MARKS);
		if (!mark) return;
		const figure = mark.closest('figure')!;
		for (const other of figure.querySelectorAll(`:is(${MARKS})[tabindex="0"]`)) other.setAttribute('tabindex', '-1');
		mark.setAttribute('tabindex', '0');
		if (store.isKnownEvent(mark.dataset.event)) store.update({ event: mark.dataset.event });
	};

	private onKeyDown = (event: KeyboardEvent) => {
		const mark = (event.target as Element).closest<SVGElement>(MARKS);
		if (!mark || event.altKey || event.ctrlKey || event.metaKey) return;
		const figure = mark.closest<HTMLElement>('figure')!;
		const vertical = figure.dataset.orientation === 'vertical';
		const moves: Record<string, () => SVGElement | undefined> = {
			[vertical ? 'ArrowDown' : 'ArrowRight']: () => alongTime(figure, mark, 1),
			[vertical ? 'ArrowUp' : 'ArrowLeft']: () => alongTime(figure, mark, -1),
			[vertical ? 'ArrowRight' : 'ArrowDown']: () => acrossLanes(figure, mark, 1),
			[vertical ? 'ArrowLeft' : 'ArrowUp']: () => acrossLanes(figure, mark, -1),
			Home: () => rowOf(figure, mark)[0],
			End: () => rowOf(figure, mark).at(-1),
		};
		// A cluster is a button: Enter or Space zooms in on its marks.
		if (mark.matches('.cluster') && (event.key === 'Enter' || event.key === ' ')) {
			event.preventDefault();
			mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
			return;
		}
		const move = moves[event.key];
		if (!move) return;
		event.preventDefault();
		move()?.focus();
	};
}

/** The marks of the row a mark is in (the events row, or its actor's lane), in time order. */
function rowOf(figure: HTMLElement, mark: SVGElement): SVGElement[] {
	return rowMarks(figure, mark.dataset.actor);
}

function rowMarks(figure: HTMLElement, actor: string | undefined): SVGElement[] {
	const selector = actor === undefined ? '.event-mark' : `:is(.mark, .cluster)[data-actor="${CSS.escape(actor)}"]`;
	return [...figure.querySelectorAll<SVGElement>(selector)].sort((a, b) => index(a) - index(b));
}

function alongTime(figure: HTMLElement, mark: SVGElement, step: 1 | -1): SVGElement | undefined {
	const row = rowOf(figure, mark);
	return row[row.indexOf(mark) + step];
}

/** The nearest mark in time in the next lane (in `step`'s direction) that has any; the events row comes first. */
function acrossLanes(figure: HTMLElement, mark: SVGElement, step: 1 | -1): SVGElement | undefined {
	const rows: (string | undefined)[] = [undefined, ...[...figure.querySelectorAll<SVGElement>('.lane')].map((lane) => lane.dataset.lane)];
	for (let row = rows.indexOf(mark.dataset.actor) + step; row >= 0 && row < rows.length; row += step) {
		const candidates = rowMarks(figure, rows[row]);
		if (candidates.length === 0) continue;
		const at = index(mark);
		return candidates.reduce((best, candidate) => (Math.abs(index(candidate) - at) < Math.abs(index(best) - at) ? candidate : best));
	}
	return undefined;
}

function index(mark: SVGElement): number {
	return Number(mark.dataset.index);
}

customElements.define('timeline-keys', TimelineKeys);
