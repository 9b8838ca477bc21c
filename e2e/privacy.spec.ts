import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

// Every page: no request to another origin, no cookie, nothing stored, no console error or warning, and no
// Content-Security-Policy violation, including after the home page's zoom and filter code has loaded.
for (const path of builtPages()) {
	test(`${path} stays private, quiet and within its Content-Security-Policy`, async ({ page, context, baseURL }) => {
		const origin = new URL(baseURL!).origin;
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
			(window as unknown as { cspViolations: string[] }).cspViolations = [];
			document.addEventListener('securitypolicyviolation', (event) =>
				(window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`),
			);
		});
		await page.goto(path, { waitUntil: 'networkidle' });
		await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'/);
		if (path === '/') {
			await page.locator('summary', { hasText: 'Actors' }).click();
			await page.getByRole('group', { name: 'Actors' }).getByRole('checkbox', { name: 'Meta', exact: true }).uncheck();
			await page.keyboard.press('Escape');
			await expect(page.getByRole('group', { name: 'Actors' })).toBeHidden();
			await expect(page.locator('figure.timeline[data-orientation="horizontal"] .mark[data-actor="meta"]')).toHaveCount(0);
			await page.locator('figure.timeline[data-orientation="horizontal"] .mark[data-actor="nspcc"]').first().hover();
			await expect(page.locator('timeline-details')).toBeVisible();
			await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
			await page.waitForLoadState('networkidle');
		}
		if (path === '/search/') {
			await page.getByRole('searchbox', { name: 'Search events, actors and sources' }).fill('Wanless');
			await expect(page.locator('.search-results li').first()).toBeVisible();
		}
		expect(foreign).toEqual([]);
		expect(messages).toEqual([]);
		expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
		expect(await context.cookies()).toEqual([]);
		expect(await page.evaluate(async () => [localStorage.length, sessionStorage.length, (await indexedDB.databases()).length])).toEqual([0, 0, 0]);
	});
}
