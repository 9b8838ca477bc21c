import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { eventSchema } from '../content/schemas.ts';
import { buildDebate } from '../debate/buildDebate.ts';
import { eventsCsv, positionsCsv, quotesCsv, toCsv } from './csv.ts';
import { toTimelineJs } from './timelineJs.ts';

const debate = buildDebate({
	actors: [{ id: 'ho', name: 'Home Office', group: 'government', description: 'd' }],
	people: [{ id: 'pp', name: 'Priti Patel', role: 'Home Secretary', actor: 'ho' }],
	stances: [{ id: 'halt', label: 'Halt until child protection is shown', definition: 'd', rank: 6, aliases: [] }],
	sources: [{ id: 's1', publisher: 'Sky News', title: 'T', published: '2021-04-19', copies: [], kind: 'news-report' }],
	events: [
		{
			id: '2023-07-letter',
			data: eventSchema.parse({
				title: 'A letter, "urgent"',
				date: '2023-07',
				dateSource: 's1',
				summary: 'Line one,\nline two',
				positions: [
					{
						actor: 'ho',
						stance: 'halt',
						speaker: 'pp',
						source: 's1',
						quotes: ['It is "not acceptable", she said.', { text: 'reported <words>', by: 'publication' }],
					},
				],
			}),
		},
	],
});
const url = (path: string) => `https://example.org${path}`;

describe('toCsv', () => {
	it('quotes fields with commas, quotes or line breaks, doubling inner quotes', () => {
		expect(toCsv([['a', 'b,c', 'say "hi"', 'x\ny', 1, null]])).toBe('a,"b,c","say ""hi""","x\ny",1,\r\n');
	});
});

describe('eventsCsv and quotesCsv', () => {
	it('writes a row per event with its absolute URL', () => {
		expect(eventsCsv(debate, url)).toBe(
			'id,date,precision,title,url,summary,actors,sources\r\n' +
				'2023-07-letter,2023-07,month,"A letter, ""urgent""",https://example.org/events/2023-07-letter/,"Line one,\nline two",Home Office,Sky News: T\r\n',
		);
	});

	it('writes a row per quote with actor, speaker, stance and source', () => {
		const lines = quotesCsv(debate).split('\r\n');
		expect(lines[0]).toBe('event,date,actor,speaker,stance,quote,source,publisher,reported,by,basis,described_by');
		expect(lines[1]).toBe(
			'2023-07-letter,2023-07,Home Office,Priti Patel,Halt until child protection is shown,"It is ""not acceptable"", she said.",s1,Sky News,no,Priti Patel,own-words,',
		);
		expect(lines[2]).toBe(
			'2023-07-letter,2023-07,Home Office,,Halt until child protection is shown,reported <words>,s1,Sky News,yes,Sky News (the publication),own-words,',
		);
	});

	it('writes a row per position with its evidence grade', () => {
		expect(positionsCsv(debate).split('\r\n').slice(0, 2)).toEqual([
			'event,date,actor,group,stance,rank,basis,basis_label,described_by,quotes,linked_urls',
			'2023-07-letter,2023-07,Home Office,government,Halt until child protection is shown,6,own-words,Own words,,2,',
		]);
	});

	it('reads back, through an independent RFC 4180 parser, to exactly the words written', () => {
		const rows: string[][] = parse(quotesCsv(debate), { record_delimiter: '\r\n' });
		expect(rows.slice(1).map((row) => row[5])).toEqual(['It is "not acceptable", she said.', 'reported <words>']);
		const formulas: string[][] = parse(toCsv([['=1+1', '@cmd', 'plain']]), { record_delimiter: '\r\n' });
		expect(formulas[0]).toEqual(["'=1+1", "'@cmd", 'plain']);
	});

	it('defuses cells a spreadsheet would run as formulas, and leaves numbers alone', () => {
		expect(toCsv([['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', 'plain', -3]])).toBe(
			`"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1),plain,-3\r\n`,
		);
	});
});

describe('toTimelineJs', () => {
	it('gives a slide per event with the date as far as it is known, and escaped text', () => {
		const json = toTimelineJs(debate, url);
		expect(json.events).toHaveLength(1);
		expect(json.events[0].start_date).toEqual({ year: '2023', month: '7', display_date: 'July 2023' });
		expect(json.events[0].text.headline).toBe('A letter, &quot;urgent&quot;');
		expect(json.events[0].text.text).toContain('<a href="https://example.org/events/2023-07-letter/">');
		expect(json.events[0].text.text).not.toContain('<words>');
	});
});
