import { expect, test } from '@playwright/test';
import { homeCards } from '../src/lib/site/homeCards.ts';
import { must, normal, openData, positionsOf } from './site.ts';

test.describe('home page without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('lists the latest events in date order, dated at their precision, and links to all of them', async ({ page, request }) => {
		const data = await openData(request);
		const listed = homeCards(data.events).cards;
		await page.goto('/');
		const cards = page.getByRole('article');
		await expect(cards).toHaveCount(listed.length);
		if (listed.length < data.events.length)
			await expect(page.getByRole('link', { name: `See all ${data.events.length} events` })).toHaveAttribute('href', '/events/');
		// Text content, not innerText: the browser skips drawing cards far below the screen until the reader gets
		// there (content-visibility), and innerText counts only what has been drawn.
		const titles = await page
			.getByRole('heading', { level: 2 })
			.filter({ has: page.getByRole('link') })
			.allTextContents();
		expect(titles.map(normal)).toEqual(listed.map((event) => event.title));
		// A day-dated event shows its day; one known only to the month says the day is not known.
		const inWords = (date: string, parts: Intl.DateTimeFormatOptions) =>
			new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`).toLocaleDateString('en-GB', { ...parts, timeZone: 'UTC' });
		const day = must(
			listed.find((event) => event.precision === 'day'),
			'an event dated to the day',
		);
		await expect(page.locator(`article[id="${day.id}"] time`).first()).toHaveText(
			inWords(day.date, { day: 'numeric', month: 'long', year: 'numeric' }),
		);
		const month = listed.find((event) => event.precision === 'month');
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
		// The cards are in the HTML as served: read them all in one trip, then check each position against the data
		// (a locator per position made this test grow with the content, past its time limit at 1,000 events).
		const items = await page.locator('article[data-event] li.position').evaluateAll((elements) =>
			elements.map((item) => ({
				event: item.closest('article')?.getAttribute('data-event'),
				actor: item.getAttribute('data-actor'),
				text: item.textContent ?? '',
				firstQuote: item.querySelector('blockquote')?.textContent ?? null,
				paraphrase: item.querySelector('.linked-paraphrase')?.textContent ?? null,
				links: [...item.querySelectorAll('a')].map((a) => ({ name: a.textContent ?? '', href: a.getAttribute('href') })),
			})),
		);
		for (const event of homeCards(data.events).cards) {
			for (const position of event.positions) {
				const at = `${event.id} ${position.actor}`;
				const found = items.filter((item) => item.event === event.id && item.actor === position.actor);
				expect(found, `${at}: one item`).toHaveLength(1);
				const item = { ...found[0], text: normal(found[0].text) };
				expect(item.text, at).toContain(stances.get(position.stance)!);
				const [first] = position.quotes;
				if (first) {
					expect(normal(item.firstQuote ?? ''), at).toBe(normal(first.text));
					expect(item.text, at).toContain(sources.get(first.source)!);
					if (first.by.type === 'person') expect(item.text, at).toContain(people.get(first.by.id)!);
				} else {
					expect(normal(item.paraphrase ?? ''), at).toBe(normal(position.linked[0].paraphrase));
				}
				const more = position.quotes.length + position.linked.length - 1;
				if (more > 0) {
					const link = item.links.find((a) => new RegExp(`^${more} more piece`).test(normal(a.name)));
					expect(link?.href, `${at}: a link to the ${more} more pieces of evidence`).toBe(event.url);
				}
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
		// Every event's link, read at once: one assertion per link took longer than the test's time at 1,000 events.
		const links = await page
			.locator('main li a')
			.evaluateAll((as) => as.map((a) => [a.textContent ?? '', a.getAttribute('href')] as const));
		expect(links.map(([text, href]) => [normal(text), href])).toEqual(
			expect.arrayContaining(data.events.map((event) => [event.title, event.url])),
		);
	});

	test('marks reported words apart from what an actor said itself', async ({ page, request }) => {
		const data = await openData(request);
		// A position on the home page whose first quote is a publication's report, not the actor's own words.
		const listed = new Set(homeCards(data.events).cards.map((event) => event.id));
		const { event, position } = must(
			positionsOf(data).find(
				({ event, position }) =>
					listed.has(event.id) && position.quotes[0]?.by.type === 'publication' && !position.quotes[0].by.actor,
			),
			'a position on the home page whose first quote is reported by a publication',
		);
		await page.goto('/');
		const item = page.locator(`article[data-event="${event.id}"] li.position[data-actor="${position.actor}"]`);
		await expect(item).toContainText('Reported, not their own words');
	});

	test("shows every claimed figure on its event's page, with its claimant and any caveat, and links to them from the home page", async ({
		page,
		request,
	}) => {
		const data = await openData(request);
		const actors = new Map(data.actors.map((actor: { id: string; name: string }) => [actor.id, actor.name]));
		const event = must(
			homeCards(data.events).cards.find((e) => e.claims.length > 0),
			'an event on the home page with figures',
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
			if (claim.caveat) await expect(claims.nth(i)).toContainText(normal(claim.caveat));
		}
	});

	test('links every event to its own page, which reads alone', async ({ page, request }) => {
		const data = await openData(request);
		const event = must(
			homeCards(data.events).cards.find((e) => e.questions.length > 0),
			'an event on the home page with questions for discussion',
		);
		await page.goto('/');
		await page.getByRole('heading', { name: event.title, exact: true }).getByRole('link').click();
		await expect(page).toHaveURL(new RegExp(`${event.url}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
		await expect(page.getByRole('heading', { name: 'Questions for discussion' })).toBeVisible();
		await expect(page.getByText(normal(event.summary), { exact: true })).toBeVisible();
	});

	test('explains the stance scale in order', async ({ page, request }) => {
		const data = await openData(request);
		await page.goto('/');
		const scale = page.getByRole('region', { name: 'How positions are scaled' });
		const labels = await scale.locator('.stance-label').allInnerTexts();
		expect(labels).toEqual([...data.stances].sort((a, b) => a.rank - b.rank).map((stance) => stance.label));
	});
});
