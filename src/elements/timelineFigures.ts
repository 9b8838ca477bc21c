// The timeline's figures in the page, and the event a redraw fires on one. Small on purpose: the behaviours
// loaded with the page import it, while the redraw code itself loads on first use.

/** Fired on a figure after its drawing was replaced, so behaviours can re-apply themselves to the new marks. */
export const REDRAWN = 'timeline:redrawn';

/** The timeline's figures, both orientations. */
export function timelineFigures(): HTMLElement[] {
	return [...document.querySelectorAll<HTMLElement>('figure.timeline')];
}

/** The figure the reader sees: CSS shows one orientation at a time. */
export function visibleFigure(): HTMLElement | undefined {
	return timelineFigures().find((figure) => figure.getClientRects().length > 0);
}
