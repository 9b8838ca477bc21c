import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { quoteInSource } from '../src/lib/provenance/quoteInSource.ts';
import { eventSample } from './site.ts';

interface OpenEvent {
	id: string;
	title: string;
	date: string;
	precision: string;
	url: string;
	positions: { actor: string; stance: string; speaker: string | null; quotes: { text: string; source: string }[] }[];
	claims: { figure: string; claimant: string; source: string }[];
	sources: string[];
}

test.describe('/data/events.json', () => {
	let data: {
		events: OpenEvent[];
		actors: { id: string; group: string }[];
		stances: { id: string; rank: number }[];
		sources: { id: string }[];
	};

	test.beforeAll(async ({ request }) => {
		const response = await request.get('/data/events.json');
		expect(response.ok()).toBe(true);
		expect(response.headers()['content-type']).toContain('application/json');
		data = (await response.json()) as typeof data;
	});

	test('holds the debate’s key events at their sourced dates and precision', () => {
		const byDate = Object.fromEntries(data.events.map((event) => [event.date, event]));
		const expected: [string, string, RegExp][] = [
			['2020-10-11', 'day', /International Statement/],
			['2021-04-19', 'day', /Priti Patel/],
			['2023-05-23', 'day', /Tugendhat/],
			['2023-07', 'month', /letter|writes to Meta/],
			['2023-09-20', 'day', /campaign/i],
			['2023-10-26', 'day', /Online Safety Act/],
			['2023-12-06', 'day', /Meta turns on end-to-end encryption by default/],
			['2023-12-07', 'day', /Police chiefs, the NCA and the IWF/],
		];
		for (const [date, precision, title] of expected) {
			expect(byDate[date], date).toBeDefined();
			expect(byDate[date].precision).toBe(precision);
			expect(byDate[date].title).toMatch(title);
			expect(byDate[date].id.startsWith(date)).toBe(true);
		}
		expect(data.events.map((e) => e.date)).toEqual([...data.events.map((e) => e.date)].sort());
	});

	test('names at least 8 actors and 25 quotes, every quote verbatim in the seed it cites', () => {
		expect(data.actors.length).toBeGreaterThanOrEqual(8);
		const quotes = data.events.flatMap((event) => event.positions.flatMap((position) => position.quotes));
		expect(quotes.length).toBeGreaterThanOrEqual(25);
		const seeds = new Map(data.sources.map((source) => [source.id, readFileSync(`seeds/${source.id}.txt`, 'utf8')]));
		for (const quote of quotes) {
			const seed = seeds.get(quote.source);
			expect(seed, quote.source).toBeDefined();
			expect(quoteInSource(quote.text, seed!), quote.text).toEqual({ ok: true });
		}
	});

	test('states the licence of the data, and the data page says it too', async ({ page }) => {
		expect((data as unknown as { license: { name: string } }).license.name).toBe('CC BY 4.0');
		await page.goto('/about/data/');
		await expect(page.locator('a[rel="license"]')).toHaveText('CC BY 4.0');
	});

	test('gives every position a known actor and stance, and every claim a claimant', () => {
		const actors = new Set(data.actors.map((a) => a.id));
		const stances = new Set(data.stances.map((s) => s.id));
		for (const event of data.events) {
			for (const position of event.positions) {
				expect(actors.has(position.actor), position.actor).toBe(true);
				expect(stances.has(position.stance), position.stance).toBe(true);
			}
			for (const claim of event.claims)
				expect(claim.claimant === null || actors.has(claim.claimant), String(claim.claimant)).toBe(true);
		}
		const claimants = new Set(data.events.flatMap((e) => e.claims.map((c) => `${c.figure}|${c.claimant}`)));
		expect(claimants).toContain('70%|nspcc');
		expect(claimants).toContain('92%|nca');
		expect(claimants).toContain('at least 21 million|iwf');
	});

	test("points each event's url at its page", async ({ page }) => {
		for (const event of eventSample(data.events)) {
			const response = await page.goto(event.url);
			expect(response?.status(), event.url).toBe(200);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
		}
	});
});

test('the open-data page documents the fields and links the download', async ({ page }) => {
	await page.goto('/about/data/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data');
	const link = page.getByRole('link', { name: 'events.json' }).first();
	await expect(link).toHaveAttribute('href', '/data/events.json');
	for (const field of ['events[].precision', 'events[].positions[].quotes[]', 'stances[]', 'sources[]']) {
		await expect(page.getByText(field, { exact: true })).toBeVisible();
	}
});
