import { expect, test } from '@playwright/test';

test('Tab walks the whole home page: the timeline is one stop, and every stop is visible and shows focus', async ({ page }) => {
	await page.goto('/');
	const stops: { inTimeline: boolean; label: string }[] = [];
	for (let i = 0; i < 200; i++) {
		await page.keyboard.press('Tab');
		const stop = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement | SVGElement | null;
			// Back at a stop already visited, or out of the page: the walk is complete.
			if (!element || element === document.body || element.hasAttribute('data-walked')) return undefined;
			element.setAttribute('data-walked', '');
			const box = element.getBoundingClientRect();
			return {
				inTimeline: Boolean(element.closest('figure.timeline')),
				label: `${element.tagName.toLowerCase()} ${element.getAttribute('href') ?? element.textContent?.trim().slice(0, 30) ?? ''}`,
				focusVisible: element.matches(':focus-visible'),
				onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
			};
		});
		if (!stop) break;
		expect(stop.focusVisible, stop.label).toBe(true);
		expect(stop.onScreen, stop.label).toBe(true);
		stops.push(stop);
	}
	const timelineStops = stops.filter((stop) => stop.inTimeline);
	expect(timelineStops).toHaveLength(1);
	expect(stops.length).toBeGreaterThan(20);
	expect(stops[0].label).toContain('#main');
});

test('Escape closes the details of a focused mark, and focus stays on the mark', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Embed' }).focus();
	await page.keyboard.press('Tab');
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('timeline-details')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.locator('timeline-details')).toBeHidden();
	await expect(page.locator(':focus')).toHaveAttribute('data-actor', /.+/);
});
