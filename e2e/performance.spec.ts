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

// The chart is the first screen. Painted in slices as its HTML arrived, each slice meant a long layout after the
// first paint (Lighthouse's total blocking time, 96-115 ms in a CI run) and a half-drawn chart on screen; the
// pages hold their first paint until the element that closes the chart is parsed. The CPU runs four times slower,
// as Lighthouse's phone does, so that the parser pauses mid-chart as it does on a phone.
for (const path of ['/', '/embed/']) {
	test(`${path} paints nothing before the whole chart is parsed`, async ({ page, context }) => {
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.addInitScript(() => {
			new MutationObserver((_, observer) => {
				const end = document.querySelector('link[rel="expect"][blocking="render"]')?.getAttribute('href');
				if (end && document.querySelector(end)) {
					(window as unknown as { chartParsedAt: number }).chartParsedAt = performance.now();
					observer.disconnect();
				}
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto(path);
		const { parsedAt, firstPaint, closesChart } = await page.evaluate(async () => {
			// The load event can come before the first paint (on a busy machine it did): wait for the paint itself.
			const paint = await new Promise<PerformanceEntry>((resolve) =>
				new PerformanceObserver((list, observer) => {
					const entry = list.getEntriesByName('first-contentful-paint')[0];
					if (entry) {
						observer.disconnect();
						resolve(entry);
					}
				}).observe({ type: 'paint', buffered: true }),
			);
			const end = document.querySelector(
				document.querySelector('link[rel="expect"][blocking="render"]')?.getAttribute('href') ?? 'none',
			);
			const charts = [...document.querySelectorAll('svg.timeline-svg')];
			return {
				parsedAt: (window as unknown as { chartParsedAt?: number }).chartParsedAt ?? Infinity,
				firstPaint: paint.startTime,
				closesChart:
					charts.length > 0 &&
					!!end &&
					charts.every((chart) => chart.compareDocumentPosition(end) & Node.DOCUMENT_POSITION_FOLLOWING),
			};
		});
		expect(closesChart, 'the awaited element follows every chart').toBe(true);
		expect(firstPaint).toBeGreaterThanOrEqual(parsedAt);
	});
}

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

// The home page's event cards far below the chart are laid out only as the reader nears them (content-visibility),
// so the first load stays light however many events there are. Until then each card holds the height its HTML
// suggests; that guess must never fall short of the card's real height, or the skipped card's content would
// spill over the next card for anything that asks where it is (an accessibility checker, a find-in-page).
for (const width of [320, 1280]) {
	test(`the home page lays out only the cards near the screen, each holding no less than its real height (${width} px)`, async ({
		page,
	}) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/');
		// Card by card in the page itself: scrolled to, given frames to lay out, then measured. (Asked through a
		// locator, each card cost four round trips to the browser, and the test grew with every event.)
		const cards = await page.evaluate(async () => {
			const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
			const drawn = (card: Element) => card.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) ?? false;
			const list = [...document.querySelectorAll('.event-list > li')];
			const lastDrawnAtFirst = list.length > 0 && drawn(list[list.length - 1]);
			const measured = [];
			for (const card of list) {
				const reserved = parseFloat(getComputedStyle(card).containIntrinsicBlockSize.replace('auto', ''));
				card.scrollIntoView({ block: 'nearest' });
				for (let frames = 0; frames < 30 && !drawn(card); frames++) await frame();
				measured.push({ reserved, real: card.getBoundingClientRect().height, drawn: drawn(card) });
			}
			return { count: list.length, lastDrawnAtFirst, measured };
		});
		expect(cards.count).toBeGreaterThan(1);
		// A skipped card's own box stays; what it skips is its content.
		expect(cards.lastDrawnAtFirst, 'the last card is laid out before the reader nears it').toBe(false);
		for (const [index, { reserved, real, drawn }] of cards.measured.entries()) {
			expect(drawn, `card ${index + 1} is laid out once scrolled to`).toBe(true);
			expect(reserved, `card ${index + 1}: reserved ${reserved} px, drawn ${real} px`).toBeGreaterThanOrEqual(real);
		}
	});
}
