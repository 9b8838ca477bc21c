import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { quoteInSource } from '../src/lib/provenance/quoteInSource.ts';

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

	test('dates every event at its precision, in its id, in date order', () => {
		const shapes: Record<string, RegExp> = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ };
		for (const event of data.events) {
			expect(event.date, event.id).toMatch(shapes[event.precision]);
			expect(event.id.startsWith(`${event.date}-`), event.id).toBe(true);
			expect(event.title.length, event.id).toBeGreaterThan(0);
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
