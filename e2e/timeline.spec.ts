import { expect, test, type Page } from '@playwright/test';
import { dayEvents, must, normal, openData, positionsOf } from './site.ts';

const horizontal = (page: Page) => page.locator('figure.timeline[data-orientation="horizontal"]');
const tickLabels = (page: Page) => horizontal(page).locator('.tick-label').allTextContents();

async function eventIds(page: Page): Promise<string[]> {
	const data = await openData(page.request);
	return data.events.map((event: { id: string }) => event.id);
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('draws every event and every position, each mark linking to its event', async ({ page }) => {
		const data = await openData(page.request);
		await page.goto('/');
		const figure = horizontal(page);
		await expect(figure).toBeVisible();
		// Every mark read in one trip (the drawing is static without JavaScript), then checked against the data: a
		// locator per mark made this test grow with the content, past its time limit at 1,000 events.
		const marks = await figure.locator('.event-mark, .mark').evaluateAll((elements) =>
			elements.map((mark) => {
				const box = mark.getBoundingClientRect();
				return {
					kind: mark.classList.contains('event-mark') ? 'event' : 'position',
					event: mark.getAttribute('data-event'),
					actor: mark.getAttribute('data-actor'),
					stance: mark.getAttribute('data-stance'),
					href: mark.getAttribute('href'),
					// As Playwright's toBeVisible: a box of some size, and not hidden.
					visible: box.width > 0 && box.height > 0 && getComputedStyle(mark).visibility !== 'hidden',
				};
			}),
		);
		const eventMarks = marks.filter((mark) => mark.kind === 'event');
		const positionMarks = marks.filter((mark) => mark.kind === 'position');
		for (const event of data.events) {
			const [mark, ...extra] = eventMarks.filter((m) => m.event === event.id);
			expect(mark, event.id).toMatchObject({ visible: true, href: event.url });
			expect(extra, `${event.id}: one event mark`).toEqual([]);
			for (const position of event.positions) {
				const found = positionMarks.filter((m) => m.event === event.id && m.actor === position.actor);
				expect(found, `${event.id} ${position.actor}: one mark`).toHaveLength(1);
				expect(found[0], `${event.id} ${position.actor}`).toMatchObject({ stance: position.stance, href: event.url });
			}
		}
		const positions = data.events.reduce((n: number, e: { positions: unknown[] }) => n + e.positions.length, 0);
		expect(positionMarks).toHaveLength(positions);
		await expect(figure).toHaveAttribute('data-orientation', 'horizontal');
	});

	test('gives the drawing a title and a description, and a positions table as its text equivalent', async ({ page }) => {
		await page.goto('/');
		const svg = horizontal(page).locator('svg');
		await expect(svg).toHaveAccessibleName(/Timeline of positions on end-to-end encryption/);
		await expect(svg).toHaveAccessibleDescription(/a lane for each of \d+ actors/);
		await page.locator('summary', { hasText: 'Positions table' }).click();
		const table = page.getByRole('table');
		const data = await openData(page.request);
		const event = must(
			data.events.find((e) => e.positions.length > 0),
			'an event with positions',
		);
		const stance = must(
			data.stances.find((s) => s.id === event.positions[0].stance),
			'its stance',
		);
		const row = table.locator(`tr[data-event="${event.id}"]`);
		await expect(row.getByRole('cell').filter({ hasText: stance.label })).not.toHaveCount(0);
	});

	test('hides the controls that need a script', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeHidden();
		await expect(page.getByRole('group', { name: 'Actors' })).toBeHidden();
	});
});

test('the zoom buttons change the axis, and Reset zoom restores it', async ({ page }) => {
	await page.goto('/');
	const before = await tickLabels(page);
	expect(before).toContain('Jan 2022');
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await expect.poll(() => tickLabels(page)).not.toEqual(before);
	await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await expect
		.poll(async () =>
			(await tickLabels(page)).some((label) => /^(\d{1,2} )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(label)),
		)
		.toBe(true);
	await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
	await page.getByRole('button', { name: 'Reset zoom' }).click();
	await expect.poll(() => tickLabels(page)).toEqual(before);
	await expect(page).not.toHaveURL(/from=/);
});

test('a zoomed view survives a reload through the URL', async ({ page }) => {
	const days = dayEvents(await openData(page.request));
	const [first, middle, last] = [days[0], days[Math.floor(days.length / 2)], days.at(-1)!];
	await page.goto(`/?from=${middle.date}&to=${last.date}`);
	const figure = horizontal(page);
	await expect(figure.locator(`.event-mark[data-event="${first.id}"]`)).toHaveCount(0);
	await expect(figure.locator(`.event-mark[data-event="${middle.id}"]`)).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`from=${middle.date}&to=${last.date}`));
});

test('a linked view with actors and dates is drawn once, not once per behaviour', async ({ page }) => {
	const data = await openData(page.request);
	await page.goto('/');
	const [hidden, ...shown] = await horizontal(page)
		.locator('.lane')
		.evaluateAll((lanes) => lanes.map((lane) => (lane as SVGElement).dataset.lane ?? ''));
	const days = data.events.map((event) => event.date).filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date));
	const [first, last] = [days[0], days.at(-1)];
	await page.goto(`/?actors=${shown.join(',')}&from=${first}&to=${last}`, { waitUntil: 'networkidle' });
	await expect(horizontal(page).locator(`.lane[data-lane="${hidden}"]`)).toHaveCount(0);
	await expect(page).toHaveURL(new RegExp(`from=${first}`));
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));
	expect(await page.evaluate(() => performance.getEntriesByName('timeline-redraw').length)).toBe(1);
});

test('Tab reaches the timeline as one stop, then → moves to the next event and ↓ to the next lane', async ({ page }) => {
	const ids = await eventIds(page);
	await page.goto('/');
	await page.getByRole('button', { name: 'Embed' }).focus();
	await page.keyboard.press('Tab');
	const focused = page.locator(':focus');
	await expect(focused).toHaveAttribute('data-event', ids[0]);
	await page.keyboard.press('ArrowRight');
	await expect(focused).toHaveAttribute('data-event', ids[1]);
	await expect(page).toHaveURL(new RegExp(`#${ids[1]}$`));
	await expect(horizontal(page).locator(`.event-mark[data-event="${ids[1]}"]`)).toHaveAttribute('aria-current', 'true');
	await page.keyboard.press('ArrowDown');
	await expect(focused).toHaveClass(/\bmark\b/);
	await expect(focused).toHaveAttribute('data-actor', /.+/);
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).not.toHaveAttribute('data-event', /.*/);
	await page.keyboard.press('Shift+Tab');
	await expect(page.locator(':focus')).toHaveAttribute('data-actor', /.+/);
});

test('Enter opens the focused event', async ({ page }) => {
	const ids = await eventIds(page);
	await page.goto('/');
	await page.getByRole('button', { name: 'Embed' }).focus();
	await page.keyboard.press('Tab');
	await page.keyboard.press('End');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/events/${ids.at(-1)}/$`));
});

test('the actor filter hides a lane and its positions in the cards, and survives a reload', async ({ page }) => {
	await page.goto('/');
	const figure = horizontal(page);
	const [actor, other] = await figure
		.locator('.lane')
		.evaluateAll((lanes) => lanes.map((lane) => (lane as SVGElement).dataset.lane ?? ''));
	await expect(figure.locator(`.mark[data-actor="${actor}"]`).first()).toBeVisible();
	await page.locator('summary', { hasText: 'Actors' }).click();
	const filter = page.getByRole('group', { name: 'Actors' });
	await filter.locator(`input[name="actor"][value="${actor}"]`).uncheck();
	await expect(figure.locator(`.mark[data-actor="${actor}"]`)).toHaveCount(0);
	await expect(figure.locator(`.lane[data-lane="${actor}"]`)).toHaveCount(0);
	await expect(page.locator(`.event-card .position[data-actor="${actor}"]`).first()).toBeHidden();
	await expect(page).toHaveURL(/[?&]actors=[^&#]+/);
	expect(new URL(page.url()).searchParams.get('actors')!.split(',')).not.toContain(actor);
	await page.reload();
	await expect(page.locator(`timeline-filter input[name="actor"][value="${actor}"]`)).not.toBeChecked();
	await expect(figure.locator(`.mark[data-actor="${actor}"]`)).toHaveCount(0);
	await expect(figure.locator(`.mark[data-actor="${other}"]`).first()).toBeVisible();
	await expect(page.locator(`.event-card .position[data-actor="${actor}"]`).first()).toBeHidden();
});

test('a group checkbox hides every actor of the group', async ({ page }) => {
	await page.goto('/');
	await page.locator('summary', { hasText: 'Actors' }).click();
	const filter = page.getByRole('group', { name: 'Actors' });
	const group = await filter.locator('input[name="actor"]').first().getAttribute('data-group');
	const members = await filter
		.locator(`input[name="actor"][data-group="${group}"]`)
		.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
	await filter.locator(`input[data-group-toggle="${group}"]`).uncheck();
	const figure = horizontal(page);
	await expect(figure.locator(members.map((id) => `.mark[data-actor="${id}"]`).join(', '))).toHaveCount(0);
	for (const id of members) await expect(filter.locator(`input[name="actor"][value="${id}"]`)).not.toBeChecked();
});

test('/#<event id> selects that event and scrolls to it', async ({ page }) => {
	const withPositions = (await openData(page.request)).events.filter((event) => event.positions.length > 0);
	const { id } = withPositions[Math.floor(withPositions.length / 2)];
	await page.goto(`/#${id}`);
	const figure = horizontal(page);
	await expect(figure.locator(`.event-mark[data-event="${id}"]`)).toHaveAttribute('aria-current', 'true');
	await expect(figure.locator(`.mark[data-event="${id}"]`).first()).toHaveAttribute('aria-current', 'true');
	await expect(figure.locator('[aria-current="true"]:not([data-event="' + id + '"])')).toHaveCount(0);
	await expect(page.locator(`article[id="${id}"]`)).toBeInViewport();
});

test('hostile or unknown URL parameters are ignored', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/?actors=%3Cscript%3Ealert(1)%3C/script%3E&from=2023-02-30&to=%22%3E#%22%3E%3Cimg%20src=x%3E');
	const figure = horizontal(page);
	await expect(figure.locator('.lane')).toHaveCount(await page.locator('timeline-filter input[name="actor"]').count());
	await expect(figure.locator('[aria-current="true"]')).toHaveCount(0);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('hovering a mark shows the actor, speaker, stance and quote, with a link to the event', async ({ page }) => {
	const data = await openData(page.request);
	const { event, position } = must(
		positionsOf(data).find(({ position }) => position.speaker && position.quotes.length > 0),
		'a position with a speaker and a quote',
	);
	await page.goto('/');
	await horizontal(page).locator(`.mark[data-event="${event.id}"][data-actor="${position.actor}"]`).hover();
	const details = page.locator('timeline-details');
	await expect(details).toBeVisible();
	await expect(details).toContainText(
		must(
			data.actors.find((a) => a.id === position.actor),
			'its actor',
		).shortName,
	);
	await expect(details).toContainText(
		must(
			data.people.find((p) => p.id === position.speaker),
			'its speaker',
		).name,
	);
	await expect(details).toContainText(
		must(
			data.stances.find((s) => s.id === position.stance),
			'its stance',
		).label,
	);
	await expect(details).toContainText(normal(position.quotes[0].text).slice(0, 40));
	await expect(details.getByRole('link', { name: 'Open this event' })).toHaveAttribute('href', event.url);
	await page.keyboard.press('Escape');
	await expect(details).toBeHidden();
});

test('scrolling the cards highlights the current event and each actor’s latest stance', async ({ page }) => {
	const data = await openData(page.request);
	// An event in the middle whose next event is on a later day, so only the next one is "after" it.
	const index = data.events.findIndex((event, i) => i >= data.events.length / 2 && data.events[i + 1]?.date > event.date);
	const [{ id }, later] = [data.events[index], data.events[index + 1]];
	// Each actor's stance as of that event: its latest position at it or before it.
	const latest = new Map(
		positionsOf({ ...data, events: data.events.slice(0, index + 1) }).map(({ position }) => [
			position.actor,
			must(
				data.stances.find((s) => s.id === position.stance),
				'its stance',
			).rank,
		]),
	);
	await page.goto('/');
	await page.locator(`article[id="${id}"]`).evaluate((card) => card.scrollIntoView({ block: 'center' }));
	const figure = horizontal(page);
	await expect(figure.locator(`.event-mark[data-event="${id}"]`)).toHaveAttribute('data-current', '');
	await expect(figure.locator(`.event-mark[data-event="${later.id}"]`)).toHaveAttribute('data-future', '');
	expect(latest.size).toBeGreaterThan(0);
	for (const [actor, rank] of latest)
		await expect(figure.locator(`.lane[data-lane="${actor}"] .lane-latest`)).toHaveAttribute(
			'href',
			new RegExp(`#stance-shape-${rank}$`),
		);
});

for (const width of [390, 320]) {
	test(`at ${width} px the timeline runs vertically, with no sideways scroll`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/');
		await expect(page.locator('figure.timeline[data-orientation="vertical"]')).toBeVisible();
		await expect(horizontal(page)).toBeHidden();
		// Sideways scroll exists only if the content is wider than the viewport. (With the scrollbar's gutter kept,
		// Chromium reports a root narrower than the viewport by the gutter's width: still no scroll.)
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		expect(await page.evaluate(() => window.scrollX === 0 && (window.scrollTo(100, window.scrollY), window.scrollX === 0))).toBe(true);
	});
}

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

	test('the first tap on a mark shows its details, the second opens its event', async ({ page }) => {
		const data = await openData(page.request);
		await page.goto('/');
		const marks = page.locator('figure.timeline[data-orientation="vertical"] .mark');
		const mark = marks.nth(Math.floor((await marks.count()) / 2));
		const [eventId, actorId] = [await mark.getAttribute('data-event'), await mark.getAttribute('data-actor')];
		const actor = must(
			data.actors.find((a) => a.id === actorId),
			`actor ${actorId}`,
		);
		await mark.tap();
		const details = page.locator('timeline-details');
		await expect(details).toBeVisible();
		await expect(details).toContainText(actor.name);
		await expect(page).not.toHaveURL(/\/events\//);
		await mark.tap();
		await expect(page).toHaveURL(new RegExp(`/events/${eventId}/$`));
	});
});
