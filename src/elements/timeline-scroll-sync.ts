import { REDRAWN } from './timelineFigures.ts';

/**
 * Keeps the timeline in step with the reader: as the event cards scroll past the middle of the screen, the
 * timeline highlights the current event, fades what comes after it, and shows beside each lane the actor's
 * latest stance up to that date. Nothing is animated when the reader prefers reduced motion.
 */
class TimelineScrollSync extends HTMLElement {
	private observer: IntersectionObserver | undefined;
	private current: number | undefined;

	connectedCallback() {
		this.observer = new IntersectionObserver(this.onIntersect, { rootMargin: '-45% 0px -50% 0px' });
		for (const card of this.querySelectorAll('.event-card[data-index]')) this.observer.observe(card);
		document.addEventListener(REDRAWN, this.apply);
		addEventListener('scroll', this.onScroll, { passive: true });
	}

	disconnectedCallback() {
		this.observer?.disconnect();
		document.removeEventListener(REDRAWN, this.apply);
		removeEventListener('scroll', this.onScroll);
	}

	private onIntersect = (entries: IntersectionObserverEntry[]) => {
		const crossing = entries
			.filter((entry) => entry.isIntersecting)
			.map((entry) => Number((entry.target as HTMLElement).dataset.index));
		if (crossing.length === 0) return;
		this.current = Math.max(...crossing);
		this.apply();
	};

	// Above the first card there is no current event: the timeline shows everything again.
	private onScroll = () => {
		const first = this.querySelector('.event-card');
		if (this.current !== undefined && first && first.getBoundingClientRect().top > innerHeight / 2) {
			this.current = undefined;
			this.apply();
		}
	};

	private apply = () => {
		const current = this.current;
		for (const figure of document.querySelectorAll<HTMLElement>('figure.timeline')) {
			figure.toggleAttribute('data-synced', current !== undefined);
			for (const mark of figure.querySelectorAll<SVGElement>('.mark, .event-mark, .guide, .event-label')) {
				const index = Number(mark.dataset.index);
				mark.toggleAttribute('data-future', current !== undefined && index > current);
				mark.toggleAttribute('data-current', index === current);
			}
			for (const lane of figure.querySelectorAll<SVGElement>('.lane')) {
				const latest = current === undefined ? undefined : latestMark(figure, lane.dataset.lane!, current);
				const indicator = lane.querySelector('.lane-latest');
				const href = latest?.querySelector('use')?.getAttribute('href');
				if (href) indicator?.setAttribute('href', href);
				else indicator?.removeAttribute('href');
			}
		}
	};
}

function latestMark(figure: HTMLElement, actor: string, upTo: number): SVGElement | undefined {
	let latest: SVGElement | undefined;
	for (const mark of figure.querySelectorAll<SVGElement>(`.mark[data-actor="${CSS.escape(actor)}"]`)) {
		const index = Number(mark.dataset.index);
		if (index <= upTo && (!latest || index > Number(latest.dataset.index))) latest = mark;
	}
	return latest;
}

customElements.define('timeline-scroll-sync', TimelineScrollSync);
