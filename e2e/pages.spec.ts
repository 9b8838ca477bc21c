import { decodeEntities } from '../src/lib/site/checkLinks.ts';
import { expect, test } from '@playwright/test';
import { normalizeTypography, parseQuote } from '../src/lib/provenance/quoteInSource.ts';
import { openData, eventSample } from './site.ts';

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

test('every quote stands on its event page, linked to the passage marked on its source page', async ({ page, request }) => {
	const data = await openData(request);
	const sourcePages = new Map<string, { ids: Set<string>; marked: string }>();
	for (const event of eventSample(data.events)) {
		await page.goto(event.url);
		const quotes = event.positions.flatMap((p) => p.quotes);
		const shown = (await page.locator('.quote blockquote').allTextContents()).map((text) => normalizeTypography(text));
		for (const quote of quotes) expect(shown, quote.text).toContain(normalizeTypography(quote.text));
		const links = await page
			.getByRole('link', { name: 'See it in the archived text' })
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(links).toHaveLength(quotes.length);
		for (const [i, quote] of quotes.entries()) {
			const href = links[i];
			expect(href).toMatch(new RegExp(`^/sources/${quote.source}/#q-${event.id}-\\d+$`));
			const [path, anchor] = href.split('#');
			if (!sourcePages.has(path)) {
				const source = await request.get(path);
				const html = await source.text();
				const marked = [...html.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map((m) => m[1].replace(/<[^>]+>/g, '')).join(' ');
				sourcePages.set(path, {
					ids: new Set([...html.matchAll(/id="(q-[^"]+)"/g)].map((m) => m[1])),
					marked: normalizeTypography(decodeEntities(marked)),
				});
			}
			const source = sourcePages.get(path)!;
			expect(source.ids, href).toContain(anchor);
			for (const part of parseQuote(quote.text)) if (part.kind === 'words') expect(source.marked, quote.text).toContain(part.text);
		}
	}
});

test('link previews carry absolute URLs, and each event has its 1200×630 image', async ({ page, request }) => {
	const data = await openData(request);
	for (const event of eventSample(data.events)) {
		await page.goto(event.url);
		const meta = (property: string) => page.locator(`meta[property="${property}"], meta[name="${property}"]`).getAttribute('content');
		expect(await meta('og:title')).toBe(event.title);
		expect(await meta('og:type')).toBe('article');
		const image = (await meta('og:image'))!;
		expect(image).toMatch(new RegExp(`^https?://[^/]+/og/${event.id}\\.png$`));
		expect(await meta('og:url')).toMatch(new RegExp(`^https?://[^/]+${event.url}$`));
		expect(await meta('twitter:card')).toBe('summary_large_image');
		expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(await meta('og:url'));
		const png = await request.get(new URL(image).pathname);
		expect(png.headers()['content-type']).toContain('image/png');
		const bytes = await png.body();
		expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
	}
});

test('each event page describes itself in JSON-LD that parses, citing its sources', async ({ page, request }) => {
	const data = await openData(request);
	for (const event of eventSample(data.events)) {
		await page.goto(event.url);
		const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as { citation: unknown[] };
		expect(json).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'WebPage',
			name: event.title,
			about: { '@type': 'Event' },
		});
		expect(json.citation.length).toBeGreaterThan(0);
		expect(json.citation[0]).toMatchObject({ publisher: { '@type': 'Organization' } });
	}
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
			stances.get(position.stance)!.replace(/\s+/g, ' ').trim(),
		);
	}
});

test('"Cite this event" copies each citation, and the link, to the clipboard', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.goto('/events/2023-05-23-tugendhat-pier-speech/');
	const apa = await page.locator('#citation-apa').textContent();
	expect(apa).toMatch(
		/^The E2EE Debate Timeline\. \(n\.d\.\)\. Security Minister Tom Tugendhat .*\. https?:\/\/.+\/events\/2023-05-23-tugendhat-pier-speech\/$/,
	);
	await page.getByRole('button', { name: 'Copy the APA citation' }).click();
	await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(apa);
	await expect(page.locator('#citation-mla')).toContainText('“Security Minister Tom Tugendhat');
	await expect(page.locator('#citation-chicago')).toContainText('The E2EE Debate Timeline. “');
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/events\/2023-05-23-tugendhat-pier-speech\/$/);
});

test('a renamed event keeps its old address as a redirect', async ({ page }) => {
	await page.goto('/events/2020-04-19-patel-nspcc-roundtable/');
	await expect(page).toHaveURL(/\/events\/2021-04-19-patel-nspcc-roundtable\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Priti Patel tells an NSPCC roundtable');
});

test('the first mention of a glossary term in an event links to its definition', async ({ page }) => {
	await page.goto('/events/2023-12-07-police-iwf-nca-respond-to-meta/');
	const link = page.locator('.event-body a.glossary-link', { hasText: 'metadata' });
	await expect(link).toHaveCount(1);
	await link.click();
	await expect(page).toHaveURL(/\/glossary\/#metadata$/);
	await expect(page.locator('#metadata')).toContainText('Information about a message rather than its content');
});

test('an actor page charts its stance over time and gives all its quotes', async ({ page }) => {
	await page.goto('/actors/iwf/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Internet Watch Foundation (IWF)');
	await expect(page.getByRole('region', { name: 'Who spoke for it' })).toContainText(
		'Susie Hargreaves OBE, Chief executive, Internet Watch Foundation',
	);
	const chart = page.locator('figure.stance-chart svg');
	await expect(chart).toHaveAccessibleName('Internet Watch Foundation (IWF): stance over time');
	await expect(chart.locator('.mark')).toHaveCount(2);
	await expect(page.locator('.quote')).toHaveCount(7);
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
