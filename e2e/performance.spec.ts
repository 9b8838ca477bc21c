import { expect, test } from '@playwright/test';

test('the home page requests nothing from another origin and no web font', async ({ page, baseURL }) => {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	await page.goto('/', { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await page.waitForLoadState('networkidle');
	const origin = new URL(baseURL!).origin;
	expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
	expect(requests.filter((url) => /\.(woff2?|ttf|otf|eot)(\?|$)/.test(url))).toEqual([]);
});

test('the zoom code and timeline data load only on first interaction', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script' || request.resourceType() === 'fetch') scripts.push(new URL(request.url()).pathname);
	});
	await page.goto('/', { waitUntil: 'networkidle' });
	const initial = [...scripts];
	expect(initial.some((path) => path.includes('timelineZoom'))).toBe(false);
	expect(initial).not.toContain('/data/timeline.json');
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await expect.poll(() => scripts.some((path) => path.includes('timelineZoom'))).toBe(true);
	await expect.poll(() => scripts).toContain('/data/timeline.json');
});

for (const width of [1280, 390]) {
	test(`the home page does not shift its layout as it loads (${width} px)`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/', { waitUntil: 'networkidle' });
		await page.mouse.wheel(0, 1500);
		await page.waitForTimeout(300);
		const shift = await page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					let total = 0;
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
							if (!entry.hadRecentInput) total += entry.value;
						}
					}).observe({ type: 'layout-shift', buffered: true });
					setTimeout(() => resolve(total), 200);
				}),
		);
		expect(shift).toBe(0);
	});
}
