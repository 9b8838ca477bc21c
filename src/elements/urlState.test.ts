import { describe, expect, it } from 'vitest';
import { parseUrlState, writeUrlState } from './urlState.ts';

const known = { actors: new Set(['nspcc', 'meta', 'nca']), events: new Set(['2021-04-19-patel', '2023-07-letter']) };
const parse = (query: string) => parseUrlState(new URL(`https://example.org/${query}`), known);

describe('parseUrlState', () => {
	it('reads actors, a date range and the selected event', () => {
		expect(parse('?actors=nspcc,meta&from=2021-01-01&to=2022-01-01#2021-04-19-patel')).toEqual({
			actors: ['nspcc', 'meta'],
			range: ['2021-01-01', '2022-01-01'],
			event: '2021-04-19-patel',
		});
	});

	it('drops unknown actors and ignores a list in which none is known', () => {
		expect(parse('?actors=nspcc,<script>,nspcc,evil')).toEqual({ actors: ['nspcc'] });
		expect(parse('?actors=evil,%22onload%3D')).toEqual({});
	});

	it('takes an empty actors list as none shown', () => {
		expect(parse('?actors=')).toEqual({ actors: [] });
	});

	it('ignores malformed, impossible or reversed ranges', () => {
		expect(parse('?from=2021-01-01')).toEqual({});
		expect(parse('?from=2021-02-30&to=2022-01-01')).toEqual({});
		expect(parse('?from=2022-01-01&to=2021-01-01')).toEqual({});
		expect(parse('?from=yesterday&to=today')).toEqual({});
	});

	it('ignores a hash that is not an event, or that cannot be decoded', () => {
		expect(parse('#main')).toEqual({});
		expect(parse('#%E0%A4%A')).toEqual({});
		expect(parse('#2023-07-letter')).toEqual({ event: '2023-07-letter' });
	});
});

describe('writeUrlState', () => {
	const all = ['nspcc', 'meta', 'nca'];
	const write = (state: Parameters<typeof writeUrlState>[1], base = 'https://example.org/debate/?x=1') =>
		writeUrlState(new URL(base), state, all).href;

	it('writes only what differs from the default view, keeping other parameters', () => {
		expect(write({})).toBe('https://example.org/debate/?x=1');
		expect(write({ actors: ['nca', 'nspcc'], range: ['2021-01-01', '2022-01-01'], event: '2023-07-letter' })).toBe(
			'https://example.org/debate/?x=1&actors=nspcc%2Cnca&from=2021-01-01&to=2022-01-01#2023-07-letter',
		);
	});

	it('removes parameters when the view returns to its default', () => {
		expect(write({ actors: ['nca', 'meta', 'nspcc'] }, 'https://example.org/?actors=nca&from=2021-01-01&to=2022-01-01#x')).toBe(
			'https://example.org/',
		);
	});

	it('round-trips through parseUrlState', () => {
		const state = { actors: ['meta'], range: ['2021-01-01', '2021-06-30'] as [string, string], event: '2021-04-19-patel' };
		expect(parseUrlState(writeUrlState(new URL('https://example.org/'), state, all), known)).toEqual(state);
	});
});
