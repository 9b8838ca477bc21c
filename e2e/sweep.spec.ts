import type { AxeResults, RunOptions } from 'axe-core';
import { expect, test, type BrowserContext, type ConsoleMessage, type Page, type Request } from '@playwright/test';
import { templateOf, VARIANTS } from '../src/lib/site/samplePages.ts';
import { builtPages, sweepPages } from './site.ts';

// One visit per page: no request to another origin, no cookie, nothing stored, no console error or warning, no
// Content-Security-Policy violation, and no axe violation. Each page is visited once in one of the four scheme ×
// width variants (taken in turn) and the first page of every template in all four; a large collection is
// sampled (see sweepPages), so the sweep's time stays bounded as the content grows.
const visits = sweepPages();

test('the sweep visits every template, and every page of a collection up to its limit', () => {
	const pages = builtPages();
	expect(pages).toContain('/');
	const visited = new Set(visits.map((visit) => visit.path));
	expect(new Set([...visited].map(templateOf))).toEqual(new Set(pages.map(templateOf)));
	// A page that is not one of a collection's (its template is itself) is never sampled away.
	for (const path of pages) if (templateOf(path) === path) expect(visited, path).toContain(path);
});

type Violations = { cspViolations: string[] };
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as Violations).cspViolations);
const recordCspViolations = () => {
	(window as unknown as Violations).cspViolations = [];
	document.addEventListener('securitypolicyviolation', (event) =>
		(window as unknown as Violations).cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`),
	);
};

/** Records, from before the page loads, every request to another origin, console complaint and CSP violation. */
async function watch(page: Page, origin: string, { initScript = true } = {}) {
	const foreign: string[] = [];
	const messages: string[] = [];
	const onRequest = (request: Request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
	};
	const onConsole = (message: ConsoleMessage) => {
		if (message.type() === 'error' || message.type() === 'warning') messages.push(`${message.type()}: ${message.text()}`);
	};
	const onPageError = (error: Error) => messages.push(`pageerror: ${error.message}`);
	page.on('request', onRequest);
	page.on('console', onConsole);
	page.on('pageerror', onPageError);
	if (initScript) await page.addInitScript(recordCspViolations);
	/** Nothing left the origin, nothing complained, nothing broke the CSP, and nothing was stored. */
	return async (context: BrowserContext) => {
		page.off('request', onRequest);
		page.off('console', onConsole);
		page.off('pageerror', onPageError);
		expect(foreign).toEqual([]);
		expect(messages).toEqual([]);
		expect(await cspViolations(page)).toEqual([]);
		expect(await context.cookies()).toEqual([]);
		expect(await page.evaluate(async () => [localStorage.length, sessionStorage.length, (await indexedDB.databases()).length])).toEqual(
			[0, 0, 0],
		);
	};
}

// axe, served from the site's own origin by the test server (the CSP allows only the site's own scripts; see
// playwright.config.ts) and run in the page. The visits share one page per worker, so the browser keeps axe, the
// site's styles and scripts in its cache (revalidated each visit) and its compiled code: a fresh browser context and
// a fresh copy of axe for each page cost more than axe's own checks, and so did serving axe by intercepting the
// request, which turns the browser's cache off. A page that stored anything would fail its own visit, and every
// later one in that worker.
const AXE_PATH = '/__axe-core__.js';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const sweep = test.extend<object, { sweepPage: Page }>({
	sweepPage: [
		async ({ browser }, use) => {
			const context = await browser.newContext();
			await context.addInitScript(recordCspViolations);
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' },
	],
});

/** axe's violations on the page as it stands, one line per rule with the elements it names. */
async function axeViolations(page: Page): Promise<string[]> {
	await page.evaluate(
		(src) =>
			new Promise((resolve, reject) => {
				// The element goes once axe has loaded, leaving the page as it was (axe stays on window).
				const script = Object.assign(document.createElement('script'), { src, onerror: reject });
				script.onload = () => resolve(script.remove());
				document.head.append(script);
			}),
		AXE_PATH,
	);
	return page.evaluate(async (tags) => {
		const { axe } = window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } };
		// Only violations are reported; axe still runs every rule, but skips collecting detail on what passed.
		const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	}, AXE_TAGS);
}

// Visits in the same variant run one after another, so a worker seldom resizes or recolours the page it leaves.
const runs = visits
	.flatMap(({ path, variants }) => variants.map((variant) => ({ path, ...variant, order: VARIANTS.indexOf(variant) })))
	.sort((a, b) => a.order - b.order);
for (const { path, scheme, width } of runs) {
	sweep(
		`${path} is private, quiet, within its CSP, and has no axe violations (${scheme} scheme, ${width} px)`,
		async ({ sweepPage: page, baseURL }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.emulateMedia({ colorScheme: scheme });
			const expectPrivate = await watch(page, new URL(baseURL!).origin, { initScript: false });
			await page.goto(new URL(path, baseURL).href);
			// Read in the page rather than through a locator: a locator's first use after each load costs Playwright's
			// selector engine (about 60 ms a visit), and this static tag needs none of its waiting.
			const csp = await page.evaluate(() =>
				document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
			);
			expect(csp).toMatch(/default-src 'self'/);
			expect(await axeViolations(page)).toEqual([]);
			await expectPrivate(page.context());
		},
	);
}

// The home page's zoom, filter and details code loads on first use: it too stays private, quiet and in its CSP.
test('the timeline stays private, quiet and within its CSP once its zoom, filter and details code has loaded', async ({
	page,
	context,
	baseURL,
}) => {
	const expectPrivate = await watch(page, new URL(baseURL!).origin);
	await page.goto('/', { waitUntil: 'networkidle' });
	await page.locator('summary', { hasText: 'Actors' }).click();
	await page.getByRole('group', { name: 'Actors' }).locator('input[name="actor"]').last().uncheck();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('group', { name: 'Actors' })).toBeHidden();
	await page.locator('figure.timeline[data-orientation="horizontal"] .mark').first().hover();
	await expect(page.locator('timeline-details')).toBeVisible();
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await page.waitForLoadState('networkidle');
	const onHome = await cspViolations(page);
	await page.goto('/search/', { waitUntil: 'networkidle' });
	await page.getByRole('searchbox', { name: 'Search events, actors and sources' }).fill('encryption');
	await expect(page.locator('.search-results li').first()).toBeVisible();
	expect(onHome).toEqual([]);
	await expectPrivate(context);
});
