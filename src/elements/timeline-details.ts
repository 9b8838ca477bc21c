const TARGETS = 'figure.timeline :is(.mark, .event-mark, .cluster)';

/**
 * Shows what a mark stands for when it is hovered, focused or tapped: the actor, speaker, stance and a quote
 * (read from the event's card on the page), with a link to the event. On touch, the first tap on a mark
 * shows its details and the second follows its link. Escape closes it.
 */
class TimelineDetails extends HTMLElement {
	private card!: HTMLElement;
	private current: Element | undefined;
	/** The mark whose details a tap opened: tapping it again follows its link. */
	private tapped: Element | undefined;
	private hideTimer: number | undefined;

	connectedCallback() {
		this.card = this.querySelector<HTMLElement>('.details-card')!;
		document.addEventListener('pointerover', this.onPointerOver);
		document.addEventListener('pointerout', this.onPointerOut);
		document.addEventListener('focusin', this.onFocusIn);
		document.addEventListener('click', this.onClick, true);
		document.addEventListener('keydown', this.onKeyDown);
		this.addEventListener('pointerenter', () => clearTimeout(this.hideTimer));
		this.addEventListener('pointerleave', () => this.scheduleHide());
		document.addEventListener('timeline:redrawn', () => this.hide());
	}

	private onPointerOver = (event: PointerEvent) => {
		if (event.pointerType === 'touch') return;
		const target = (event.target as Element).closest(TARGETS);
		if (target) this.show(target);
	};

	private onPointerOut = (event: PointerEvent) => {
		const target = (event.target as Element).closest(TARGETS);
		if (target && target === this.current && event.pointerType !== 'touch') this.scheduleHide();
	};

	private onFocusIn = (event: FocusEvent) => {
		const target = (event.target as Element).closest(TARGETS);
		if (target) this.show(target);
		else if (!this.contains(event.target as Node)) this.hide();
	};

	private onClick = (event: MouseEvent) => {
		const target = (event.target as Element).closest(TARGETS);
		if (!target) return;
		// A tap (no hover to preview with) shows the details first; tapping the same mark again follows its link.
		const tapped = (event as PointerEvent).pointerType === 'touch' || matchMedia('(hover: none)').matches;
		if (tapped && target !== this.tapped) {
			event.preventDefault();
			this.show(target);
			this.tapped = target;
		}
	};

	private onKeyDown = (event: KeyboardEvent) => {
		if (event.key === 'Escape' && !this.hidden) {
			// Focus inside the popover returns to its mark rather than falling to the page.
			if (this.contains(document.activeElement)) (this.current as SVGElement | undefined)?.focus();
			this.hide();
		}
	};

	private scheduleHide() {
		clearTimeout(this.hideTimer);
		this.hideTimer = window.setTimeout(() => this.hide(), 300);
	}

	hide() {
		clearTimeout(this.hideTimer);
		this.hidden = true;
		this.current = undefined;
		this.tapped = undefined;
	}

	private show(target: Element) {
		clearTimeout(this.hideTimer);
		this.current = target;
		this.card.replaceChildren(...detailsFor(target));
		this.hidden = false;
		this.place(target);
	}

	// Beside the mark on wide screens (kept inside the viewport); a sheet at the bottom of the screen on narrow ones.
	private place(target: Element) {
		if (matchMedia('(max-width: 640px)').matches) {
			this.style.removeProperty('left');
			this.style.removeProperty('top');
			// The sheet never covers its mark: it moves to the top of the screen when the mark is low down.
			this.classList.remove('at-top');
			const sheet = this.getBoundingClientRect();
			if (target.getBoundingClientRect().bottom > sheet.top - 8) this.classList.add('at-top');
			return;
		}
		const mark = target.getBoundingClientRect();
		const box = this.getBoundingClientRect();
		const left = Math.min(Math.max(8, mark.left + mark.width / 2 - box.width / 2), innerWidth - box.width - 8);
		const below = mark.bottom + 10;
		const top = below + box.height > innerHeight - 8 ? mark.top - box.height - 10 : below;
		this.style.left = `${left + scrollX}px`;
		this.style.top = `${Math.max(8, top) + scrollY}px`;
	}
}

/** The details of a mark as DOM nodes, built from the event's card when the page has it. */
function detailsFor(target: Element): Node[] {
	const title = target.querySelector('title')?.textContent ?? target.getAttribute('aria-label') ?? '';
	if (target.matches('.cluster')) return [paragraph(title, 'details-title')];
	const eventId = (target as SVGElement).dataset.event ?? '';
	const actorId = (target as SVGElement).dataset.actor;
	const card = document.getElementById(eventId);
	const href = target.getAttribute('href') ?? '#';
	const nodes: Node[] = [];
	const position = actorId ? card?.querySelector(`.position[data-actor="${CSS.escape(actorId)}"]`) : undefined;
	if (position) {
		const actor = position.querySelector('.position-actor')?.textContent ?? '';
		const speaker = position.querySelector('.position-speaker')?.textContent ?? '';
		const described = position.querySelector('.position-described')?.textContent ?? '';
		nodes.push(paragraph(`${actor} ${speaker} ${described}`.replace(/\s+/g, ' ').trim(), 'details-title'));
		const stance = position.querySelector('.stance-label')?.textContent ?? '';
		const basis = position.querySelector('.basis-label')?.textContent ?? '';
		nodes.push(paragraph([stance, basis].filter(Boolean).join('. '), 'details-stance'));
		// Only the actor's own words go in quotation marks; a report, a description or our summary says what it is.
		const quote = position.querySelector('.quote');
		const summary = position.querySelector('.linked-paraphrase')?.textContent?.trim();
		if (quote) {
			const text = quote.querySelector('blockquote')?.textContent?.trim() ?? '';
			const kind = quote.classList.contains('reported')
				? 'Reported: '
				: (position as HTMLElement).dataset.basis === 'described'
					? 'Described: '
					: '';
			nodes.push(paragraph(kind ? `${kind}${text}` : `“${text}”`, 'details-quote'));
			const source = quote.querySelector('.source-citation')?.textContent?.trim();
			if (source) nodes.push(paragraph(`Source: ${source}`, 'details-source'));
		} else if (summary) {
			nodes.push(paragraph(`Our summary: ${summary}`, 'details-quote'));
		}
		nodes.push(paragraph(card?.querySelector('.event-title')?.textContent?.trim() ?? '', 'details-event'));
	} else if (card) {
		nodes.push(paragraph(card.querySelector('.event-title')?.textContent?.trim() ?? title, 'details-title'));
		nodes.push(paragraph(card.querySelector('time')?.textContent ?? '', 'details-stance'));
		nodes.push(paragraph(card.querySelector('.event-summary')?.textContent ?? '', 'details-quote'));
	} else {
		nodes.push(paragraph(title, 'details-title'));
	}
	const link = document.createElement('a');
	link.href = href;
	link.textContent = 'Open this event';
	nodes.push(link);
	return nodes;
}

function paragraph(text: string, className: string): HTMLElement {
	const p = document.createElement('p');
	p.className = className;
	p.textContent = text;
	return p;
}

customElements.define('timeline-details', TimelineDetails);
