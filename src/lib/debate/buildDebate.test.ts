import { describe, expect, it } from 'vitest';
import { eventSchema, type Actor, type Person, type Source, type Stance } from '../content/schemas.ts';
import { buildDebate } from './buildDebate.ts';
import { buildOpenData } from './openData.ts';

const actors: Actor[] = [
	{ id: 'home-office', name: 'Home Office', group: 'government', description: 'A department.' },
	{ id: 'meta', name: 'Meta', group: 'industry', description: 'A company.' },
];
const people: Person[] = [{ id: 'priti-patel', name: 'Priti Patel', role: 'Home Secretary', actor: 'home-office' }];
const stances: Stance[] = [
	{ id: 'halt', label: 'Halt', definition: 'Halt it.', rank: 2, aliases: [] },
	{ id: 'encrypt', label: 'Encrypt', definition: 'Encrypt it.', rank: 1, aliases: ['old-encrypt'] },
];
const sources: Source[] = [
	{ id: 's1', publisher: 'Paper', title: 'Story', published: '2021-04-19', copies: [], kind: 'news-report' },
	{ id: 's2', publisher: 'Other', title: 'Other story', published: '2023-07-03', copies: [], kind: 'news-report' },
	{
		id: 's3',
		publisher: 'Reprint',
		title: 'Home Office release',
		published: '2023-09-20',
		copies: [],
		kind: 'press-release-reprint',
		issuedBy: 'home-office',
	},
];

const event = (id: string, data: Record<string, unknown>) => ({
	id,
	data: eventSchema.parse({ title: id, summary: 'Something happened.', dateSource: 's1', ...data }),
});

const input = {
	actors,
	people,
	stances,
	sources,
	events: [
		event('2023-07-03-day', { date: '2023-07-03', dateSource: 's2' }),
		event('2023-07-letter', {
			date: '2023-07',
			dateSource: 's2',
			positions: [
				{
					actor: 'home-office',
					stance: 'halt',
					speaker: 'priti-patel',
					source: 's2',
					quotes: ['words', { text: 'more', source: 's1', by: 'publication' }],
				},
			],
			addressedTo: ['meta'],
		}),
		event('2023-09-20-campaign', {
			date: '2023-09-20',
			dateSource: 's3',
			addressedTo: ['meta'],
			positions: [
				{ actor: 'home-office', stance: 'halt', source: 's3', quotes: [{ text: 'our call', by: 'publication' }] },
				{
					actor: 'meta',
					stance: 'old-encrypt',
					source: 's3',
					describedBy: 'home-office',
					quotes: [{ text: 'Meta plans it', by: 'publication' }],
				},
			],
		}),
		event('2023-09-21-reply', {
			date: '2023-09-21',
			dateSource: 'https://example.org/reply',
			inReplyTo: '2023-09-20-campaign',
			references: [{ url: 'https://example.org/reply', title: 'Reply' }],
			positions: [
				{
					actor: 'meta',
					stance: 'encrypt',
					linked: [
						{
							paraphrase: 'Meta said it would go ahead.',
							url: 'https://example.org/reply',
							publisher: 'Example',
							title: 'Reply',
							published: '2023-09-21',
						},
					],
				},
			],
		}),
		event('2021-04-19-speech', { date: '2021-04-19', claims: [{ figure: '70%', claim: 'lost', claimant: 'meta', source: 's1' }] }),
	],
};

describe('buildDebate', () => {
	const debate = buildDebate(input);

	it('orders events by date, a month-precision event before the days of that month', () => {
		expect(debate.events.map((e) => e.id)).toEqual([
			'2021-04-19-speech',
			'2023-07-letter',
			'2023-07-03-day',
			'2023-09-20-campaign',
			'2023-09-21-reply',
		]);
	});

	it('formats each date at its precision and links each event to its page', () => {
		expect(debate.events.slice(0, 3).map((e) => e.dateLabel)).toEqual(['19 April 2021', 'July 2023', '3 July 2023']);
		expect(debate.events[1].path).toBe('/events/2023-07-letter/');
	});

	it('resolves actors, stances, speakers and sources, with shorthand quotes taking the position defaults', () => {
		const [position] = debate.events[1].positions;
		expect(position.actor.name).toBe('Home Office');
		expect(position.stance.label).toBe('Halt');
		expect(position.quotes.map((q) => [q.text, q.source.id, q.speaker?.name, q.reported])).toEqual([
			['words', 's2', 'Priti Patel', false],
			['more', 's1', undefined, true],
		]);
	});

	it("grades a position from whose words its evidence is: the actor's own, a publication's, a linked page, or another party's", () => {
		const grades = debate.events.flatMap((e) =>
			e.positions.map((p) => `${e.id} ${p.actor.id}: ${p.basis}${p.describedBy ? ` by ${p.describedBy.id}` : ''}`),
		);
		expect(grades).toEqual([
			'2023-07-letter home-office: own-words',
			'2023-09-20-campaign home-office: own-words',
			'2023-09-20-campaign meta: described by home-office',
			'2023-09-21-reply meta: linked',
		]);
	});

	it("counts a release's own words as its issuer's, and says whose words each quote is", () => {
		const [homeOffice, meta] = debate.events[3].positions;
		expect(homeOffice.quotes[0].by).toMatchObject({ kind: 'publication', source: { id: 's3' }, actor: { id: 'home-office' } });
		expect(homeOffice.quotes[0].reported).toBe(false);
		expect(meta.quotes[0].by.actor?.id).toBe('home-office');
		expect(debate.events[1].positions[0].quotes[0].by).toMatchObject({
			kind: 'person',
			person: { id: 'priti-patel' },
			actor: { id: 'home-office' },
		});
	});

	it('resolves a stance written with its old id to the stance as it is now', () => {
		expect(debate.events[3].positions[1].stance.id).toBe('encrypt');
	});

	it('links an event to the replies of the actors it is addressed to, and says where none is on record', () => {
		const [letter, campaign, reply] = [debate.events[1], debate.events[3], debate.events[4]];
		expect(campaign.addressedTo.map((a) => [a.actor.id, a.answers.map((e) => e.id)])).toEqual([
			['meta', ['2023-09-20-campaign', '2023-09-21-reply']],
		]);
		expect(letter.addressedTo.map((a) => [a.actor.id, a.answers.length])).toEqual([['meta', 0]]);
		expect(reply.inReplyTo.map((e) => e.id)).toEqual(['2023-09-20-campaign']);
	});

	it("refuses to build a position whose only quotes are another party's words and no describedBy", () => {
		const broken = {
			...input,
			events: [
				event('2021-04-19-x', {
					date: '2021-04-19',
					positions: [{ actor: 'meta', stance: 'halt', source: 's1', quotes: [{ text: 'x', by: 'priti-patel' }] }],
				}),
			],
		};
		expect(() => buildDebate(broken)).toThrow('invalid evidence for meta in 2021-04-19-x');
	});

	it('gathers every source an event rests on, once each', () => {
		expect(debate.events[1].sources.map((s) => s.id)).toEqual(['s2', 's1']);
		expect(debate.events[0].sources.map((s) => s.id)).toEqual(['s1']);
	});

	it('orders stances by rank', () => {
		expect(debate.stances.map((s) => s.id)).toEqual(['encrypt', 'halt']);
	});

	it('throws on a reference the content check should have caught', () => {
		const broken = {
			...input,
			events: [
				event('2021-04-19-x', { date: '2021-04-19', claims: [{ figure: '1', claim: 'x', claimant: 'nobody', source: 's1' }] }),
			],
		};
		expect(() => buildDebate(broken)).toThrow('invalid actor: nobody');
	});
});

describe('buildOpenData', () => {
	it('writes the documented shape, with ids in place of resolved entries and paths under the base', () => {
		const data = buildOpenData(buildDebate(input), { base: '/debate/' });
		expect(data.events[1]).toMatchObject({
			id: '2023-07-letter',
			date: '2023-07',
			precision: 'month',
			url: '/debate/events/2023-07-letter/',
			positions: [
				{
					actor: 'home-office',
					stance: 'halt',
					speaker: 'priti-patel',
					basis: 'own-words',
					describedBy: null,
					quotes: [
						{ text: 'words', source: 's2', by: { type: 'person', id: 'priti-patel', name: 'Priti Patel' } },
						{ text: 'more', source: 's1', reported: true, by: { type: 'publication', id: 's1', name: 'Paper' } },
					],
				},
			],
			sources: ['s2', 's1'],
		});
		expect(data.events[0].claims).toEqual([
			{ figure: '70%', claim: 'lost', claimant: 'meta', speaker: null, source: 's1', caveat: null },
		]);
		expect(data.actors[0]).toEqual({
			id: 'home-office',
			name: 'Home Office',
			shortName: 'Home Office',
			group: 'government',
			description: 'A department.',
		});
		expect(data.stances.map((s) => s.rank)).toEqual([1, 2]);
		expect(data.stances[0].aliases).toEqual(['old-encrypt']);
		expect(data.events[3].positions[1]).toMatchObject({
			actor: 'meta',
			basis: 'described',
			describedBy: 'home-office',
			quotes: [{ by: { type: 'publication', id: 's3', actor: 'home-office' } }],
		});
		expect(data.events[4].positions[0]).toMatchObject({
			basis: 'linked',
			linked: [{ url: 'https://example.org/reply', published: '2023-09-21' }],
			quotes: [],
		});
		expect(data.events[4].inReplyTo).toEqual(['2023-09-20-campaign']);
		expect(data.license).toMatchObject({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
		expect(data.sources[0]).toMatchObject({ id: 's1', publisher: 'Paper', title: 'Story', published: '2021-04-19', url: null });
	});
});
