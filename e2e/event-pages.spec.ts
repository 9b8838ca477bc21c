import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { OpenData } from '../src/lib/debate/openData.ts';
import { decodeEntities } from '../src/lib/site/checkLinks.ts';
import { normalizeTypography, parseQuote } from '../src/lib/provenance/quoteInSource.ts';
import { builtOpenData, eventSample, normal } from './site.ts';

// Every event page (a fixed sample past EVENT_LIMIT), as the server sends it to a reader without JavaScript, read
// once per page for all of the checks below: a visit costs more than the checks, and the pages' scripts would
// only slow it. Each check is a step, so a failure names the check and the event.
test.use({ javaScriptEnabled: false });

type OpenEvent = OpenData['events'][number];
interface Visit {
	page: Page;
	request: APIRequestContext;
	data: OpenData;
	event: OpenEvent;
}

/** The marked passages and quote anchors of each source page, read once per worker (many events cite one source). */
const sourcePages = new Map<string, { ids: Set<string>; marked: string }>();

const checks: [string, (visit: Visit) => Promise<void>][] = [
	[
		'is served at its url, headed by its title',
		async ({ page, event }) => {
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
		},
	],
	[
		'shows every quote, linked to the passage marked on its source page',
		async ({ page, request, event }) => {
			const quotes = event.positions.flatMap((p) => p.quotes);
			const shown = (await page.locator('.quote blockquote').allTextContents()).map((text) => normalizeTypography(text));
			for (const quote of quotes) expect(shown, quote.text).toContain(normalizeTypography(quote.text));
			const links = await page
				.getByRole('link', { name: 'See it in the archived text' })
				.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
			expect(links).toHaveLength(quotes.length);
			for (const [i, quote] of quotes.entries()) {
				const href = links[i];
				expect(href).toMatch(new RegExp(`^/sources/${quote.source}/#q-${event.id}-\\d+$`));
				const [path, anchor] = href.split('#');
				let source = sourcePages.get(path);
				if (!source) {
					const html = await (await request.get(path)).text();
					const marked = [...html.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map((m) => m[1].replace(/<[^>]+>/g, '')).join(' ');
					source = {
						ids: new Set([...html.matchAll(/id="(q-[^"]+)"/g)].map((m) => m[1])),
						marked: normalizeTypography(decodeEntities(marked)),
					};
					sourcePages.set(path, source);
				}
				expect(source.ids, href).toContain(anchor);
				for (const part of parseQuote(quote.text))
					if (part.kind === 'words') expect(source.marked, quote.text).toContain(part.text);
			}
		},
	],
	[
		'says the evidence for each position, and words a described one as described',
		async ({ page, data, event }) => {
			// Read in one trip: the page is static (no JavaScript), so nothing here needs a locator's waiting.
			const items = await page.locator('.event-card .position').evaluateAll((positions) =>
				positions.map((item) => ({
					basis: item.querySelector('.basis-label')?.textContent?.trim() ?? '',
					described: item.querySelector('.position-described')?.textContent ?? '',
					linked: item.querySelectorAll('.linked-paraphrase').length,
					quotes: item.querySelectorAll('blockquote').length,
				})),
			);
			expect(items).toHaveLength(event.positions.length);
			for (const [i, position] of event.positions.entries()) {
				const item = items[i];
				expect(item.basis, `position ${i + 1}`).toMatch(/^Evidence: /);
				if (position.basis === 'described') {
					const describer = data.actors.find((actor) => actor.id === position.describedBy);
					expect(normal(item.described), `position ${i + 1}`).toContain(`as described by ${describer?.name}`);
				}
				// A linked page is summarised in our words, never quoted.
				expect(item.linked, `position ${i + 1}: linked paraphrases`).toBe(position.linked.length);
				expect(item.quotes, `position ${i + 1}: quotations`).toBe(position.quotes.length);
			}
		},
	],
	[
		'carries link previews with absolute URLs, and its 1200×630 image',
		async ({ page, request, event }) => {
			const { metas, canonical } = await page.evaluate(() => ({
				metas: [...document.querySelectorAll('meta')].map((m) => [m.getAttribute('property') ?? m.name, m.content]),
				canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
			}));
			// Each named once: a second, different preview tag would leave the choice to whichever site reads it.
			const meta = (property: string) => {
				const found = metas.filter(([name]) => name === property);
				expect(found, property).toHaveLength(1);
				return found[0][1];
			};
			expect(meta('og:title')).toBe(event.title);
			expect(meta('og:type')).toBe('article');
			const image = meta('og:image') ?? '';
			expect(image).toMatch(new RegExp(`^https?://[^/]+/og/${event.id}\\.png$`));
			expect(meta('og:url')).toMatch(new RegExp(`^https?://[^/]+${event.url}$`));
			expect(meta('twitter:card')).toBe('summary_large_image');
			expect(canonical).toBe(meta('og:url'));
			const png = await request.get(new URL(image).pathname);
			expect(png.headers()['content-type']).toContain('image/png');
			const bytes = await png.body();
			expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
		},
	],
	[
		'describes itself in JSON-LD that parses, citing its sources',
		async ({ page, event }) => {
			const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as {
				citation: unknown[];
			};
			expect(json).toMatchObject({
				'@context': 'https://schema.org',
				'@type': 'WebPage',
				name: event.title,
				about: { '@type': 'Event' },
			});
			expect(json.citation.length).toBeGreaterThan(0);
			expect(json.citation[0]).toMatchObject({ publisher: { '@type': 'Organization' } });
		},
	],
];

// A few pages per test, so the visits spread over the workers and no test's time grows with the sample.
const data = builtOpenData();
const events = eventSample(data.events);
if (events.length === 0) throw new Error('dist/data/events.json lists no events: build the site first');
const PER_TEST = 8;
for (let start = 0; start < events.length; start += PER_TEST) {
	const batch = events.slice(start, start + PER_TEST);
	test(`event pages ${start + 1} to ${start + batch.length} of ${events.length}, as served: title, quotes and their marked passages, evidence, link previews, JSON-LD`, async ({
		page,
		request,
	}) => {
		for (const event of batch) {
			const response = await page.goto(event.url);
			expect(response?.status(), event.url).toBe(200);
			for (const [name, check] of checks) await test.step(`${event.url} ${name}`, () => check({ page, request, data, event }));
		}
	});
}

// A phone reader meets an event page headed by its date and title, with the summary begun on the first screen, even
// for the longest title: a title in six lines of the desktop size pushed the summary half down the screen.
test.describe('at 390 × 844', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the longest title takes at most five lines, and the summary starts on the first screen', async ({ page }) => {
		const [longest] = [...data.events].sort((a, b) => b.title.length - a.title.length);
		await page.goto(longest.url);
		const title = page.getByRole('heading', { level: 1 });
		await expect(title).toHaveText(longest.title);
		const lines = await title.evaluate((h1) => h1.getBoundingClientRect().height / parseFloat(getComputedStyle(h1).lineHeight));
		expect(Math.round(lines)).toBeLessThanOrEqual(5);
		const summary = await page.locator('.event-summary').first().boundingBox();
		expect(summary?.y).toBeLessThan(844 - 3 * 24);
	});
});
