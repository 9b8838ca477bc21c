import { expect, test } from '@playwright/test';
import { readContent } from '../src/lib/content/readContent.ts';
import { must, normal, openData, positionsOf } from './site.ts';

test('every event, actor and source page can be reached from the timeline by following links', async ({ request }) => {
	const data = await openData(request);
	const seen = new Set<string>(['/']);
	const queue = ['/'];
	while (queue.length > 0) {
		const path = queue.shift()!;
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		if (!(response.headers()['content-type'] ?? '').includes('html')) continue;
		for (const [, href] of (await response.text()).matchAll(/<a[^>]+href="(\/[^"#?]*)/g)) {
			if (!seen.has(href) && /^\/(events|actors|sources)\//.test(href)) {
				seen.add(href);
				queue.push(href);
			}
		}
	}
	for (const event of data.events) expect(seen, event.url).toContain(event.url);
	for (const actor of data.actors) expect(seen, actor.id).toContain(`/actors/${actor.id}/`);
	for (const source of data.sources) expect(seen, source.id).toContain(`/sources/${source.id}/`);
});

test('the feed and the sitemap list every event', async ({ request }) => {
	const data = await openData(request);
	const feed = await (await request.get('/rss.xml')).text();
	const sitemap = await (await request.get('/sitemap-0.xml')).text();
	expect(await (await request.get('/sitemap-index.xml')).text()).toContain('sitemap-0.xml');
	for (const event of data.events) {
		expect(feed).toContain(`${event.url}</link>`);
		expect(sitemap).toContain(`${event.url}</loc>`);
	}
	expect(feed.match(/<item>/g)).toHaveLength(data.events.length);
});

test('an event page gives the time since the previous event, neighbours and a locating timeline', async ({ page, request }) => {
	const data = await openData(request);
	const index = data.events.findIndex((event, i) => i > 0 && i < data.events.length - 1 && event.positions.length > 0);
	const [previous, event, next] = data.events.slice(index - 1, index + 2);
	await page.goto(event.url);
	const since = page.locator('.time-since');
	await expect(since).toContainText(/(after|The same day as) the previous event/);
	await expect(since.getByRole('link')).toHaveAttribute('href', previous.url);
	await expect(page.getByRole('link', { name: /Previous event/ })).toHaveAttribute('href', previous.url);
	await expect(page.getByRole('link', { name: /Next event/ })).toHaveAttribute('href', next.url);
	const mini = page.locator('figure.mini-timeline');
	await expect(mini.locator(`.event-mark[data-event="${event.id}"]`)).toHaveAttribute('aria-current', 'true');
	const actors = new Set(event.positions.map((position) => position.actor));
	const lanes = await mini.locator('.lane').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-lane')));
	expect(new Set(lanes)).toEqual(actors);
	const stances = new Map(data.stances.map((stance) => [stance.id, stance.definition]));
	for (const position of event.positions) {
		await expect(page.locator(`li.position[data-actor="${position.actor}"] .stance-definition-note`)).toHaveText(
			normal(stances.get(position.stance)!),
		);
	}
});

test('"Cite this event" copies each citation, and the link, to the clipboard', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	const event = (await openData(page.request)).events[0];
	await page.goto(event.url);
	const apa = await page.locator('#citation-apa').textContent();
	expect(apa?.startsWith(`The E2EE Debate Timeline. (n.d.). ${event.title}`), apa ?? '').toBe(true);
	expect(apa).toMatch(new RegExp(`^.*https?://.+${event.url}$`));
	await page.getByRole('button', { name: 'Copy the APA citation' }).click();
	await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(apa);
	await expect(page.locator('#citation-mla')).toContainText(`“${event.title}`);
	await expect(page.locator('#citation-chicago')).toContainText('The E2EE Debate Timeline. “');
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${event.url}$`));
});

// Every old id an event lists in `aliases` (content/events/*.mdx) still leads to it.
const renamed = readContent('.').events.flatMap((record) => {
	const { aliases = [], title = '' } = record.data as { aliases?: string[]; title?: string };
	return aliases.map((alias) => ({ alias, id: record.id, title }));
});
for (const { alias, id, title } of renamed) {
	test(`a renamed event keeps its old address as a redirect: ${alias}`, async ({ page }) => {
		await page.goto(`/events/${alias}/`);
		await expect(page).toHaveURL(new RegExp(`/events/${id}/$`));
		await expect(page.getByRole('heading', { level: 1 })).toContainText(title.slice(0, 40));
	});
}

test('the first mention of a glossary term in an event links to its definition', async ({ page, request }) => {
	// The first event whose text mentions a glossary term, found in the pages as served (a browser visit to each in
	// turn made the search grow with the content); the link must lead to the term's definition.
	let found;
	for (const event of (await openData(request)).events) {
		if (/<a [^>]*class="glossary-link"/.test(await (await request.get(event.url)).text())) {
			found = event;
			break;
		}
	}
	await page.goto(must(found, 'an event that mentions a glossary term').url);
	const link = page.locator('.event-body a.glossary-link').first();
	const term = must(await link.textContent(), 'its term');
	const anchor = must((await link.getAttribute('href'))?.split('#')[1], 'its anchor');
	// Only the first mention is linked.
	await expect(page.locator(`.event-body a.glossary-link[href$="#${anchor}"]`)).toHaveCount(1);
	expect(term.length).toBeGreaterThan(0);
	await link.click();
	await expect(page).toHaveURL(new RegExp(`/glossary/#${anchor}$`));
	await expect(page.locator(`[id="${anchor}"]`)).toBeVisible();
});

test('an actor page charts its stance over time and gives all its quotes', async ({ page }) => {
	const data = await openData(page.request);
	// The actor with the most positions, and someone who spoke for it.
	const byActor = Map.groupBy(positionsOf(data), ({ position }) => position.actor);
	const [id, positions] = [...byActor].sort((a, b) => b[1].length - a[1].length)[0];
	const actor = must(
		data.actors.find((a) => a.id === id),
		'the actor',
	);
	await page.goto(`/actors/${id}/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(actor.name);
	const speaker = data.people.find((person) => person.actor === id);
	if (speaker) await expect(page.getByRole('region', { name: 'Who spoke for it' })).toContainText(speaker.name);
	const chart = page.locator('figure.stance-chart svg');
	await expect(chart).toHaveAccessibleName(`${actor.name}: stance over time`);
	await expect(chart.locator('.mark')).toHaveCount(positions.length);
	await expect(page.locator('.quote')).toHaveCount(positions.reduce((n, { position }) => n + position.quotes.length, 0));
});

test('the about page counts the balance of voices from the content and carries a content note', async ({ page, request }) => {
	const data = await openData(request);
	const quotes = data.events.reduce((n, e) => n + e.positions.reduce((m, p) => m + p.quotes.length, 0), 0);
	const positions = data.events.reduce((n, e) => n + e.positions.length, 0);
	await page.goto('/about/');
	await expect(page.getByRole('heading', { name: 'A note for classrooms' })).toBeVisible();
	await expect(page.getByText(`its ${positions} positions and ${quotes} quotes come from`)).toBeVisible();
	const rows = page.getByRole('table', { name: 'Positions, quotes and linked pages per group of actors' }).getByRole('row');
	await expect(rows.filter({ hasText: 'Government' })).toHaveCount(1);
	await expect(page.getByRole('link', { name: 'Open data' }).last()).toHaveAttribute('href', '/about/data/');
});

test('an unknown address gets a helpful 404 page', async ({ page }) => {
	const response = await page.goto('/no/such/page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('link', { name: 'The timeline' })).toHaveAttribute('href', '/');
});
