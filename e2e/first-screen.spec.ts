import { expect, test, type Page } from '@playwright/test';
import { must, normal, openData } from './site.ts';

// The timeline as a new reader first meets it: on the first screen, readable at a glance, showing movement.

const figure = (page: Page, orientation: 'horizontal' | 'vertical') => page.locator(`figure.timeline[data-orientation="${orientation}"]`);
const boxes = (page: Page, orientation: 'horizontal' | 'vertical', selector: string) =>
	figure(page, orientation)
		.locator(selector)
		.evaluateAll((nodes) =>
			nodes.map((node) => ({
				id: node.getAttribute('data-event') ?? '',
				...((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height }))(
					node.getBoundingClientRect(),
				),
			})),
		);

test.describe('at 1280 × 800', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('every mark of the default view is inside the first screen, without scrolling', async ({ page }) => {
		await page.goto('/');
		const marks = await boxes(page, 'horizontal', '.mark, .cluster, .event-mark');
		expect(marks.length).toBeGreaterThan(0);
		for (const mark of marks) {
			expect(mark.top, mark.id).toBeGreaterThanOrEqual(0);
			expect(mark.bottom, mark.id).toBeLessThanOrEqual(800);
			expect(mark.left, mark.id).toBeGreaterThanOrEqual(0);
			expect(mark.right, mark.id).toBeLessThanOrEqual(1280);
		}
	});

	test('distinct events stand at least 24 px apart, and no clusters are needed', async ({ page }) => {
		await page.goto('/');
		const events = await boxes(page, 'horizontal', '.event-mark circle');
		const centres = events.map((e) => e.left + e.width / 2).sort((a, b) => a - b);
		for (let i = 1; i < centres.length; i++) expect(centres[i] - centres[i - 1]).toBeGreaterThanOrEqual(24);
		await expect(figure(page, 'horizontal').locator('.cluster')).toHaveCount(0);
	});

	test('joins every actor’s successive positions with a line, marks each change of stance, and names the latest', async ({
		page,
		request,
	}) => {
		const data = await openData(request);
		const stances = new Map<string, { rank: number }>(data.stances.map((s: { id: string; rank: number }) => [s.id, s]));
		const byActor = new Map<string, number[]>();
		for (const event of data.events)
			for (const p of event.positions) byActor.set(p.actor, [...(byActor.get(p.actor) ?? []), stances.get(p.stance)!.rank]);
		await page.goto('/');
		const chart = figure(page, 'horizontal');
		// Counted in one trip for every actor (a locator per actor and mark kind made three round trips an actor).
		const drawn = await chart.evaluate((element) => {
			// Per actor: the mark's own data-actor, or (for a change of stance) that of the lane's group around it.
			const count = (selector: string, owner: string) => {
				const counts: Record<string, number> = {};
				for (const node of element.querySelectorAll(selector)) {
					const actor = node.closest(owner)?.getAttribute('data-actor') ?? '';
					counts[actor] = (counts[actor] ?? 0) + 1;
				}
				return counts;
			};
			return {
				lines: count('path.movement[data-actor]', '[data-actor]'),
				changes: count('g[data-actor] .movement-change', 'g[data-actor]'),
				latest: count('.lane-stance[data-actor]', '[data-actor]'),
			};
		});
		for (const [actor, ranks] of byActor) {
			const changes = ranks.filter((rank, i) => i > 0 && rank !== ranks[i - 1]).length;
			expect({ lines: drawn.lines[actor] ?? 0, changes: drawn.changes[actor] ?? 0, latest: drawn.latest[actor] ?? 0 }, actor).toEqual(
				{ lines: ranks.length > 1 ? 1 : 0, changes, latest: 1 },
			);
		}
		const up = chart.locator('.movement-change[data-direction="more"]').first();
		await expect(up.locator('title')).toHaveText(/more conditions on encryption/);
		await expect(page.locator('.timeline-help')).toContainText('▲ towards more conditions on encryption');
	});
});

for (const width of [1280, 390]) {
	test(`no two chart labels overlap at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 844 });
		await page.goto('/');
		const orientation = width > 640 ? 'horizontal' : 'vertical';
		const labels = await figure(page, orientation)
			.locator('.event-label, .lane-label, .tick-label, .break-label, .lane-stance, .group-label')
			.evaluateAll((nodes) =>
				nodes.map((node) => ({
					text: node.textContent,
					...((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height }))(
						node.getBoundingClientRect(),
					),
				})),
			);
		expect(labels.length).toBeGreaterThan(0);
		const overlapping = labels.flatMap((a, i) =>
			labels
				.slice(i + 1)
				.filter((b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
				.map((b) => `${a.text} / ${b.text}`),
		);
		expect(overlapping).toEqual([]);
	});
}

test.describe('at 390 × 844', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

	test('the reading guide describes the chart the phone shows: actors in columns, time running down', async ({ page }) => {
		await page.goto('/');
		const guide = await page.locator('.timeline-help').innerText();
		expect(guide).toContain('Each numbered column is an actor');
		expect(guide).toContain('written beside it');
		expect(guide).not.toMatch(/\brows?\b/);
		await page.setViewportSize({ width: 1280, height: 800 });
		const wide = await page.locator('.timeline-help').innerText();
		expect(wide).toContain('Each row is an actor');
		expect(wide).not.toMatch(/\bcolumns?\b/);
	});

	test('the chart starts on the first screen, with at least one mark in view', async ({ page }) => {
		await page.goto('/');
		const chart = await figure(page, 'vertical').boundingBox();
		expect(chart!.y).toBeLessThan(844);
		const marks = await boxes(page, 'vertical', '.mark');
		expect(marks.some((m) => m.top >= 0 && m.bottom <= 844)).toBe(true);
	});
});

test('Zoom in keeps the page where it is and leaves at least one mark in view', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await page.evaluate(() => window.scrollTo(0, 120));
	const before = await page.evaluate(() => window.scrollY);
	for (let i = 0; i < 3; i++) {
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await expect(page).toHaveURL(/from=/);
		expect(await page.evaluate(() => window.scrollY)).toBe(before);
		await expect.poll(async () => figure(page, 'horizontal').locator('.mark, .cluster').count()).toBeGreaterThan(0);
	}
});

test('selecting a mark shows its evidence beside it, never over it, and Escape returns focus to the mark', async ({ page, request }) => {
	const data = await openData(request);
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await page.getByRole('button', { name: 'Embed' }).focus();
	await page.keyboard.press('Tab');
	await page.keyboard.press('ArrowDown');
	const mark = page.locator(':focus');
	const [eventId, actorId] = [await mark.getAttribute('data-event'), await mark.getAttribute('data-actor')];
	const position = must(
		must(
			data.events.find((e) => e.id === eventId),
			`event ${eventId}`,
		).positions.find((p) => p.actor === actorId),
		`position of ${actorId}`,
	);
	const details = page.locator('timeline-details');
	await expect(details).toBeVisible();
	const evidence = position.quotes[0]?.text ?? position.linked[0].paraphrase;
	await expect(details).toContainText(normal(evidence).slice(0, 40));
	await expect(details.getByRole('link', { name: 'Open this event' })).toHaveAttribute('href', new RegExp(`/events/${eventId}/$`));
	const [a, b] = [await mark.boundingBox(), await details.boundingBox()];
	const covers = a!.x < b!.x + b!.width && b!.x < a!.x + a!.width && a!.y < b!.y + b!.height && b!.y < a!.y + a!.height;
	expect(covers).toBe(false);
	await page.keyboard.press('Escape');
	await expect(details).toBeHidden();
	await expect(page.locator(':focus')).toHaveAttribute('data-event', eventId!);
	await expect(page.locator(':focus')).toHaveAttribute('data-actor', actorId!);
});

for (const [width, height] of [
	[1280, 720],
	[390, 844],
	[320, 700],
] as const) {
	test(`at ${width} px the Actors panel opens wholly on screen, every checkbox reachable`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await page.goto('/');
		await page.locator('summary', { hasText: 'Actors' }).click();
		const panel = page.getByRole('group', { name: 'Actors' });
		const box = must(await panel.boundingBox(), 'the open panel');
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(width);
		await panel.locator('input[type="checkbox"]').first().uncheck();
		await expect(panel.locator('input[type="checkbox"]').first()).not.toBeChecked();
	});
}
