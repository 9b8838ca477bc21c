import { describe, expect, it } from 'vitest';
import { eventSchema } from '../content/schemas.ts';
import { balanceOfVoices, countBases } from './balance.ts';
import { buildDebate } from './buildDebate.ts';

const debate = buildDebate({
	actors: [
		{ id: 'ho', name: 'Home Office', group: 'government', description: 'd' },
		{ id: 'meta', name: 'Meta', group: 'industry', description: 'd' },
		{ id: 'mcf', name: 'A charity', group: 'child-protection', description: 'd' },
	],
	people: [],
	stances: [{ id: 's', label: 'S', definition: 'd', rank: 1, aliases: [] }],
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
					{ actor: 'ho', stance: 's', source: 'src', quotes: ['a', 'b', { text: 'c', by: 'publication' }] },
					{ actor: 'meta', stance: 's', source: 'src', quotes: [{ text: 'd', by: 'publication' }] },
					{ actor: 'mcf', stance: 's', source: 'src', describedBy: 'ho', quotes: [{ text: 'e', by: 'ho' }] },
				],
			}),
		},
		{
			id: '2021-02-01-f',
			data: eventSchema.parse({
				title: 'F',
				date: '2021-02-01',
				dateSource: 'src',
				summary: 'S',
				positions: [
					{
						actor: 'meta',
						stance: 's',
						linked: [
							{
								paraphrase: 'Meta said so.',
								url: 'https://example.org/',
								publisher: 'X',
								title: 'Y',
								published: '2021-02-01',
							},
						],
					},
				],
			}),
		},
	],
});

describe('balanceOfVoices', () => {
	it('counts positions per grade, own, reported and described quotes, and linked pages per group, most positions first', () => {
		expect(balanceOfVoices(debate)).toEqual([
			{
				group: 'industry',
				actors: 1,
				positions: 2,
				bases: { 'own-words': 0, reported: 1, linked: 1, described: 0 },
				directQuotes: 0,
				reportedQuotes: 1,
				describedQuotes: 0,
				linked: 1,
				share: 0.5,
			},
			{
				group: 'child-protection',
				actors: 1,
				positions: 1,
				bases: { 'own-words': 0, reported: 0, linked: 0, described: 1 },
				directQuotes: 0,
				reportedQuotes: 0,
				describedQuotes: 1,
				linked: 0,
				share: 0.25,
			},
			{
				group: 'government',
				actors: 1,
				positions: 1,
				bases: { 'own-words': 1, reported: 0, linked: 0, described: 0 },
				directQuotes: 2,
				reportedQuotes: 1,
				describedQuotes: 0,
				linked: 0,
				share: 0.25,
			},
		]);
	});

	it('counts the positions on each evidence grade', () => {
		expect(countBases(debate)).toEqual({ 'own-words': 1, reported: 1, linked: 1, described: 1 });
	});
});
