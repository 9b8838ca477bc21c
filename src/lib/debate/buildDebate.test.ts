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
	{ id: 'halt', label: 'Halt', definition: 'Halt it.', rank: 2 },
	{ id: 'encrypt', label: 'Encrypt', definition: 'Encrypt it.', rank: 1 },
];
const sources: Source[] = [
	{ id: 's1', publisher: 'Paper', title: 'Story', published: '2021-04-19', copies: [], kind: 'news-report' },
	{ id: 's2', publisher: 'Other', title: 'Other story', published: '2023-07-03', copies: [], kind: 'news-report' },
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
			positions: [{ actor: 'home-office', stance: 'halt', speaker: 'priti-patel', source: 's2', quotes: ['words', { text: 'more', source: 's1', reported: true }] }],
		}),
		event('2021-04-19-speech', { date: '2021-04-19', claims: [{ figure: '70%', claim: 'lost', claimant: 'meta', source: 's1' }] }),
	],
};

describe('buildDebate', () => {
	const debate = buildDebate(input);

	it('orders events by date, a month-precision event before the days of that month', () => {
		expect(debate.events.map((e) => e.id)).toEqual(['2021-04-19-speech', '2023-07-letter', '2023-07-03-day']);
	});

	it('formats each date at its precision and links each event to its page', () => {
		expect(debate.events.map((e) => e.dateLabel)).toEqual(['19 April 2021', 'July 2023', '3 July 2023']);
		expect(debate.events[1].path).toBe('/events/2023-07-letter/');
	});

	it('resolves actors, stances, speakers and sources, with shorthand quotes taking the position defaults', () => {
		const [position] = debate.events[1].positions;
		expect(position.actor.name).toBe('Home Office');
		expect(position.stance.label).toBe('Halt');
		expect(position.quotes.map((q) => [q.text, q.source.id, q.speaker?.name, q.reported])).toEqual([
			['words', 's2', 'Priti Patel', false],
			['more', 's1', 'Priti Patel', true],
		]);
	});

	it('gathers every source an event rests on, once each', () => {
		expect(debate.events[1].sources.map((s) => s.id)).toEqual(['s2', 's1']);
		expect(debate.events[0].sources.map((s) => s.id)).toEqual(['s1']);
	});

	it('orders stances by rank', () => {
		expect(debate.stances.map((s) => s.id)).toEqual(['encrypt', 'halt']);
	});

	it('throws on a reference the content check should have caught', () => {
		const broken = { ...input, events: [event('2021-04-19-x', { date: '2021-04-19', claims: [{ figure: '1', claim: 'x', claimant: 'nobody', source: 's1' }] })] };
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
			positions: [{ actor: 'home-office', stance: 'halt', speaker: 'priti-patel', quotes: [{ text: 'words', source: 's2' }, { text: 'more', source: 's1', reported: true }] }],
			sources: ['s2', 's1'],
		});
		expect(data.events[0].claims).toEqual([{ figure: '70%', claim: 'lost', claimant: 'meta', speaker: null, source: 's1', caveat: null }]);
		expect(data.actors[0]).toEqual({ id: 'home-office', name: 'Home Office', shortName: 'Home Office', group: 'government', description: 'A department.' });
		expect(data.stances.map((s) => s.rank)).toEqual([1, 2]);
		expect(data.sources[0]).toMatchObject({ id: 's1', publisher: 'Paper', title: 'Story', published: '2021-04-19', url: null });
	});
});
