import { describe, expect, it } from 'vitest';
import { HOME_CARD_LIMIT, homeCards } from './homeCards.ts';

describe('homeCards', () => {
	it('lists every event while there are no more than the limit', () => {
		expect(homeCards(['a', 'b', 'c'], 3)).toEqual({ first: 0, cards: ['a', 'b', 'c'] });
	});

	it('lists the latest events past the limit, saying where they start', () => {
		expect(homeCards(['a', 'b', 'c', 'd', 'e'], 3)).toEqual({ first: 2, cards: ['c', 'd', 'e'] });
	});

	it('keeps the home page to the limit at 1,000 events', () => {
		const events = Array.from({ length: 1000 }, (_, i) => i);
		const { first, cards } = homeCards(events);
		expect(cards).toHaveLength(HOME_CARD_LIMIT);
		expect(cards.at(-1)).toBe(999);
		expect(first).toBe(1000 - HOME_CARD_LIMIT);
	});
});
