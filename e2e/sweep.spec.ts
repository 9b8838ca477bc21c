import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { templateOf } from '../src/lib/site/samplePages.ts';
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

/** Records, from before the page loads, every request to another origin, console complaint and CSP violation. */
async function watch(page: Page, origin: string) {
	const foreign: string[] = [];
	const messages: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
	});
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning') messages.push(`${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
	await page.addInitScript(() => {
		(window as unknown as Violations).cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) =>
			(window as unknown as Violations).cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`),
		);
	});
	/** Nothing left the origin, nothing complained, nothing broke the CSP, and nothing was stored. */
	return async (context: BrowserContext) => {
		expect(foreign).toEqual([]);
		expect(messages).toEqual([]);
		expect(await cspViolations(page)).toEqual([]);
		expect(await context.cookies()).toEqual([]);
		expect(await page.evaluate(async () => [localStorage.length, sessionStorage.length, (await indexedDB.databases()).length])).toEqual(
			[0, 0, 0],
		);
	};
}

for (const { path, variants } of visits) {
	for (const { scheme, width } of variants) {
		test.describe(`${scheme} scheme, ${width} px`, () => {
			test.use({ colorScheme: scheme, viewport: { width, height: 900 } });
			test(`${path} is private, quiet, within its CSP, and has no axe violations`, async ({ page, context, baseURL }) => {
				const expectPrivate = await watch(page, new URL(baseURL!).origin);
				await page.goto(path);
				await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'/);
				const results = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
					// Only violations are reported; axe still runs every rule, but skips collecting detail on what passed.
					.options({ resultTypes: ['violations'] })
					.analyze();
				expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
				await expectPrivate(context);
			});
		});
	}
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
