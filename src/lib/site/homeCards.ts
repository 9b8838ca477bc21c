/**
 * The home page lists at most this many event cards, the latest; every event stays on the timeline, and the full
 * list is at /events/. It keeps the page light when the debate grows to hundreds of events.
 */
export const HOME_CARD_LIMIT = 120;

/** The events the home page lists as cards, in date order (the latest HOME_CARD_LIMIT), and the index of the first. */
export function homeCards<T>(events: readonly T[], limit = HOME_CARD_LIMIT): { first: number; cards: T[] } {
	const first = Math.max(0, events.length - limit);
	return { first, cards: events.slice(first) };
}
