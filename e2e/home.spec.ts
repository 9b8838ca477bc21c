import { expect, test } from '@playwright/test';
import { must, openData, positionsOf } from './site.ts';

test.describe('home page without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('lists every event in date order, dated at its precision', async ({ page, request }) => {
		const data = await openData(request);
		await page.goto('/');
		const cards = page.getByRole('article');
		await expect(cards).toHaveCount(data.events.length);
		// Text content, not innerText: the browser skips drawing cards far below the screen until the reader gets
		// there (content-visibility), and innerText counts only what has been drawn.
		const titles = await page
			.getByRole('heading', { level: 2 })
			.filter({ has: page.getByRole('link') })
			.allTextContents();
		expect(titles.map((title) => title.replace(/\s+/g, ' ').trim())).toEqual(
			data.events.map((event: { title: string }) => event.title),
		);
		// A day-dated event shows its day; one known only to the month says the day is not known.
		const inWords = (date: string, parts: Intl.DateTimeFormatOptions) =>
			new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`).toLocaleDateString('en-GB', { ...parts, timeZone: 'UTC' });
		const day = must(
			data.events.find((event) => event.precision === 'day'),
			'an event dated to the day',
		);
		await expect(page.locator(`article[id="${day.id}"] time`).first()).toHaveText(
			inWords(day.date, { day: 'numeric', month: 'long', year: 'numeric' }),
		);
		const month = data.events.find((event) => event.precision === 'month');
		if (month) {
			const card = page.locator(`article[id="${month.id}"]`);
			await expect(card.locator('time').first()).toHaveText(inWords(month.date, { month: 'long', year: 'numeric' }));
			await expect(card.locator('time').first()).toHaveAttribute('datetime', month.date);
			await expect(card).toContainText('day not known');
		}
	});

	test("shows each actor's stance, speaker and first piece of evidence, with its source", async ({ page, request }) => {
		const data = await openData(request);
		const stances = new Map(data.stances.map((stance) => [stance.id, stance.label]));
		const people = new Map(data.people.map((person) => [person.id, person.name]));
		const sources = new Map(data.sources.map((source) => [source.id, source.publisher]));
		await page.goto('/');
		for (const event of data.events) {
			for (const position of event.positions) {
				const item = page.locator(`article[data-event="${event.id}"] li.position[data-actor="${position.actor}"]`);
				await expect(item).toContainText(stances.get(position.stance)!);
				const [first] = position.quotes;
				if (first) {
					await expect(item.getByRole('blockquote').first()).toHaveText(first.text.replace(/\s+/g, ' ').trim());
					await expect(item).toContainText(sources.get(first.source)!);
					if (first.by.type === 'person') await expect(item).toContainText(people.get(first.by.id)!);
				} else {
					await expect(item.locator('.linked-paraphrase')).toHaveText(position.linked[0].paraphrase.replace(/\s+/g, ' ').trim());
				}
				const more = position.quotes.length + position.linked.length - 1;
				if (more > 0)
					await expect(item.getByRole('link', { name: new RegExp(`^${more} more piece`) })).toHaveAttribute('href', event.url);
			}
		}
	});

	test("an event's page gives every quote with its full citation", async ({ page, request }) => {
		const data = await openData(request);
		const { event, position } = must(
			positionsOf(data).sort((a, b) => b.position.quotes.length - a.position.quotes.length)[0],
			'a position with quotes',
		);
		const source = must(
			data.sources.find((s) => s.id === position.quotes[0].source),
			'its source',
		);
		await page.goto(event.url);
		const item = page.locator(`.event-card .position[data-actor="${position.actor}"]`);
		await expect(item.getByRole('blockquote')).toHaveCount(position.quotes.length);
		await expect(item).toContainText(source.publisher);
		await expect(item.getByRole('link', { name: source.title }).first()).toBeVisible();
	});

	test('lists every event, by year, on the all-events page', async ({ page, request }) => {
		const data = await openData(request);
		await page.goto('/events/');
		const years = [...new Set(data.events.map((event: { date: string }) => event.date.slice(0, 4)))];
		await expect(page.getByRole('heading', { level: 2 })).toHaveText(years);
		for (const event of data.events)
			await expect(page.getByRole('link', { name: event.title, exact: true })).toHaveAttribute('href', event.url);
	});

	test('marks reported words apart from what an actor said itself', async ({ page }) => {
		await page.goto('/');
		const privacy = page.getByRole('listitem').filter({ hasText: 'Privacy advocates and security experts' }).first();
		await expect(privacy).toContainText('Reported, not their own words');
	});

	test("shows every claimed figure on its event's page, with its claimant and any caveat, and links to them from the home page", async ({
		page,
		request,
	}) => {
		const data = await openData(request);
		const actors = new Map(data.actors.map((actor: { id: string; name: string }) => [actor.id, actor.name]));
		const event = must(
			data.events.find((e) => e.claims.length > 0),
			'an event with figures',
		);
		await page.goto('/');
		const card = page.locator(`article[data-event="${event.id}"]`);
		await expect(card.getByRole('link', { name: new RegExp(`^${event.claims.length} figures? claimed`) })).toHaveAttribute(
			'href',
			`${event.url}#figures-title`,
		);
		await page.goto(event.url);
		const claims = page.getByRole('region', { name: /^Figures claimed at:/ }).getByRole('listitem');
		await expect(claims).toHaveCount(event.claims.length);
		for (const [i, claim] of event.claims.entries()) {
			await expect(claims.nth(i)).toContainText(claim.figure);
			await expect(claims.nth(i)).toContainText(
				claim.claimant ? `Claimed by ${claim.speaker ? '' : actors.get(claim.claimant)}` : 'Stated by the publication itself',
			);
			if (claim.caveat) await expect(claims.nth(i)).toContainText(claim.caveat.replace(/\s+/g, ' ').trim());
		}
	});

	test('links every event to its own page, which reads alone', async ({ page, request }) => {
		const data = await openData(request);
		const event = data.events.find((e) => e.questions.length > 0)!;
		await page.goto('/');
		await page.getByRole('heading', { name: event.title, exact: true }).getByRole('link').click();
		await expect(page).toHaveURL(new RegExp(`${event.url}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
		await expect(page.getByRole('heading', { name: 'Questions for discussion' })).toBeVisible();
		await expect(page.getByText(event.summary.replace(/\s+/g, ' ').trim(), { exact: true })).toBeVisible();
	});

	test('explains the stance scale in order', async ({ page, request }) => {
		const data = await openData(request);
		await page.goto('/');
		const scale = page.getByRole('region', { name: 'How positions are scaled' });
		const labels = await scale.locator('.stance-label').allInnerTexts();
		expect(labels).toEqual([...data.stances].sort((a, b) => a.rank - b.rank).map((stance) => stance.label));
	});
});
