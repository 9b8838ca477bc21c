import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtOpenData, must, positionsOf } from './site.ts';

const DEBATE_PORT = Number(process.env.E2E_DEBATE_PORT ?? 4392);

// Who and what to search for, from the built open data: the person who speaks at the most events (searched by
// surname), and a long word from an event's title.
const data = builtOpenData();
const bySpeaker = Map.groupBy(
	positionsOf(data).filter(({ position }) => position.speaker),
	({ position }) => position.speaker ?? '',
);
const [speakerId, spoken] = [...bySpeaker].sort((a, b) => b[1].length - a[1].length)[0];
const speaker = must(
	data.people.find((person) => person.id === speakerId),
	'the speaker',
);
const surname = must(
	speaker.name
		.split(' ')
		.filter((word) => /^[A-Z][a-z]/.test(word))
		.at(-1),
	'a surname',
);
const spokenAt = [...new Set(spoken.map(({ event }) => event.url))].slice(0, 2);
const titled = data.events[Math.floor(data.events.length / 2)];
const titleWord = must(
	titled.title
		.split(/[^A-Za-z]+/)
		.filter((word) => word.length >= 6)
		.sort((a, b) => b.length - a.length)[0],
	'a long word in a title',
);

async function resultLinks(page: Page): Promise<string[]> {
	await expect(page.locator('.search-status')).toHaveText(/found for|Nothing found/);
	return page.locator('.search-results a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test(`searching a speaker's surname (${surname}) finds the events where they spoke`, async ({ page }) => {
	await page.goto('/');
	await page.getByRole('searchbox', { name: 'Search the timeline' }).fill(surname);
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/search/\\?q=${surname}$`));
	expect(await resultLinks(page)).toEqual(expect.arrayContaining(spokenAt));
	await expect(page.locator('.search-results mark').first()).toHaveText(new RegExp(surname, 'i'));
});

test(`searching a word of an event's title (${titleWord}) finds that event`, async ({ page }) => {
	await page.goto(`/search/?q=${titleWord}`);
	expect(await resultLinks(page)).toContain(titled.url);
});

test('typing in the search page searches as you type, and nothing is loaded before search is used', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(new URL(request.url()).pathname));
	await page.goto('/', { waitUntil: 'networkidle' });
	expect(requests.some((path) => path.includes('/pagefind/'))).toBe(false);
	await page.goto('/search/');
	await page.getByRole('searchbox', { name: 'Search events, actors and sources' }).fill(surname);
	expect(await resultLinks(page)).toContain(spokenAt[0]);
	expect(requests.some((path) => path.includes('/pagefind/'))).toBe(true);
});

test('search works when the site is served under /debate/', async ({ page }) => {
	await page.goto(`http://127.0.0.1:${DEBATE_PORT}/debate/search/?q=${surname}`);
	const links = await resultLinks(page);
	expect(links).toContain(`/debate${spokenAt[0]}`);
	await page.locator('.search-results a').first().click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(new URL(page.url()).pathname).toMatch(/^\/debate\/(events|actors|sources)\//);
});

test('the static server answers a malformed address with 400 and keeps serving', async ({ request }) => {
	const bad = await request.get(`http://127.0.0.1:${DEBATE_PORT}/debate/%E0%A4%A`);
	expect(bad.status()).toBe(400);
	expect((await request.get(`http://127.0.0.1:${DEBATE_PORT}/debate/`)).status()).toBe(200);
});

test('the static server lets a browser keep a page: an unchanged one is answered 304, with no body', async ({ request }) => {
	const first = await request.get(`http://127.0.0.1:${DEBATE_PORT}/debate/about/`);
	expect(first.status()).toBe(200);
	expect(first.headers()['cache-control']).toBe('no-cache');
	const etag = first.headers()['etag'];
	expect(etag).toBeTruthy();
	const again = await request.get(`http://127.0.0.1:${DEBATE_PORT}/debate/about/`, { headers: { 'If-None-Match': etag } });
	expect(again.status()).toBe(304);
	expect((await again.body()).length).toBe(0);
	const stale = await request.get(`http://127.0.0.1:${DEBATE_PORT}/debate/about/`, { headers: { 'If-None-Match': 'W/"0-0"' } });
	expect(stale.status()).toBe(200);
});

// The base-path build runs with GitHub Actions' own variables (as .github/workflows/pages.yml builds), so it is
// also the proof that a GitHub Pages build finds its address without SITE_URL.
test('built as GitHub Pages builds it, every absolute link names the Pages address, and none names localhost', async ({ page }) => {
	await page.goto(`http://127.0.0.1:${DEBATE_PORT}/debate/`);
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://e2ee-debate.github.io/debate/');
	await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /^https:\/\/e2ee-debate\.github\.io\/debate\//);
	await page.goto(`http://127.0.0.1:${DEBATE_PORT}/debate/lesson/`);
	await expect(page.getByRole('img', { name: /^QR code for the online timeline/ })).toHaveAccessibleName(
		'QR code for the online timeline: https://e2ee-debate.github.io/debate/',
	);
	const text = readdirSync('dist-debate', { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(html|xml|json|txt|js)$/.test(file))
		.filter((file) => readFileSync(join('dist-debate', file), 'utf8').includes('localhost:4321'));
	expect(text).toEqual([]);
});
