import { describe, expect, it } from 'vitest';
import { eventSchema } from '../content/schemas.ts';
import { balanceOfVoices } from './balance.ts';
import { buildDebate } from './buildDebate.ts';

describe('balanceOfVoices', () => {
	it('counts positions and direct and reported quotes per group, largest share first', () => {
		const debate = buildDebate({
			actors: [
				{ id: 'ho', name: 'Home Office', group: 'government', description: 'd' },
				{ id: 'meta', name: 'Meta', group: 'industry', description: 'd' },
			],
			people: [],
			stances: [{ id: 's', label: 'S', definition: 'd', rank: 1 }],
			sources: [{ id: 'src', publisher: 'P', title: 'T', published: '2021-01-01', copies: [], kind: 'news-report' }],
			events: [
				{
					id: '2021-01-01-e',
					data: eventSchema.parse({
						title: 'E',
						date: '2021-01-01',
						dateSource: 'src',
						summary: 'S',
						positions: [
							{ actor: 'ho', stance: 's', source: 'src', quotes: ['a', 'b', { text: 'c', reported: true }] },
							{ actor: 'meta', stance: 's', source: 'src', quotes: [{ text: 'd', reported: true }] },
						],
					}),
				},
			],
		});
		expect(balanceOfVoices(debate)).toEqual([
			{ group: 'government', actors: 1, positions: 1, directQuotes: 2, reportedQuotes: 1, share: 0.75 },
			{ group: 'industry', actors: 1, positions: 1, directQuotes: 0, reportedQuotes: 1, share: 0.25 },
		]);
	});
});
