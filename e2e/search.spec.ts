import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const DEBATE_PORT = Number(process.env.E2E_DEBATE_PORT ?? 4392);

async function resultLinks(page: Page): Promise<string[]> {
	await expect(page.locator('.search-status')).toHaveText(/found for|Nothing found/);
	return page.locator('.search-results a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test('searching "Wanless" finds the events where Sir Peter Wanless spoke', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('searchbox', { name: 'Search the timeline' }).fill('Wanless');
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	await expect(page).toHaveURL(/\/search\/\?q=Wanless$/);
	const links = await resultLinks(page);
	expect(links).toEqual(
		expect.arrayContaining(['/events/2021-04-19-patel-nspcc-roundtable/', '/events/2023-09-20-home-office-campaign-urges-meta/']),
	);
	await expect(page.locator('.search-results mark').first()).toHaveText(/Wanless/i);
});

test('searching "metadata" finds the NCA’s warning about metadata-only safety', async ({ page }) => {
	await page.goto('/search/?q=metadata');
	expect(await resultLinks(page)).toContain('/events/2023-12-07-police-iwf-nca-respond-to-meta/');
});

test('typing in the search page searches as you type, and nothing is loaded before search is used', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(new URL(request.url()).pathname));
	await page.goto('/', { waitUntil: 'networkidle' });
	expect(requests.some((path) => path.includes('/pagefind/'))).toBe(false);
	await page.goto('/search/');
	await page.getByRole('searchbox', { name: 'Search events, actors and sources' }).fill('Critchley');
	expect(await resultLinks(page)).toContain('/events/2023-12-07-police-iwf-nca-respond-to-meta/');
	expect(requests.some((path) => path.includes('/pagefind/'))).toBe(true);
});

test('search works when the site is served under /debate/', async ({ page }) => {
	await page.goto(`http://127.0.0.1:${DEBATE_PORT}/debate/search/?q=Wanless`);
	const links = await resultLinks(page);
	expect(links).toContain('/debate/events/2021-04-19-patel-nspcc-roundtable/');
	await page.locator('.search-results a').first().click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(new URL(page.url()).pathname).toMatch(/^\/debate\/(events|actors|sources)\//);
});

test('the static server answers a malformed address with 400 and keeps serving', async ({ request }) => {
	const bad = await request.get(`http://127.0.0.1:${DEBATE_PORT}/debate/%E0%A4%A`);
	expect(bad.status()).toBe(400);
	expect((await request.get(`http://127.0.0.1:${DEBATE_PORT}/debate/`)).status()).toBe(200);
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
