import type { toTimelineJs } from '../src/lib/export/timelineJs.ts';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'csv-parse/sync';
import { expect, test, type Page } from '@playwright/test';
import { builtOpenData, dayEvents, must, openData, positionsOf } from './site.ts';

const built = builtOpenData();
/** A view to share: five actors with positions, over the second half of the debate. */
const shared = (() => {
	const actors = [...new Set(positionsOf(built).map(({ position }) => position.actor))].slice(0, 5);
	const days = dayEvents(built);
	return { actors, from: days[Math.floor(days.length / 2)].date, to: days.at(-1)!.date };
})();
/** An event with a quoted speaker, for the single-event embed and the per-page checks. */
const quoted = must(
	positionsOf(built).find(({ position }) => position.speaker && position.quotes.length > 0),
	'a position with a speaker and a quote',
);

/** Absolute URLs on the site name its configured origin; the test server runs elsewhere, so point them at it. */
const onTestServer = (url: string, baseURL: string) => {
	const target = new URL(url);
	const base = new URL(baseURL);
	target.protocol = base.protocol;
	target.host = base.host;
	return target.href;
};

async function snippetFromDialog(page: Page, baseURL: string): Promise<string> {
	await page.getByRole('button', { name: 'Embed' }).first().click();
	const dialog = page.getByRole('dialog', { name: /Embed/ });
	await expect(dialog).toBeVisible();
	const snippet = await dialog.getByLabel('Code to paste').inputValue();
	// The dialog builds its snippet for the origin the page is served from, whatever the build's SITE_URL.
	for (const [, url] of snippet.matchAll(/src="([^"]+)"/g)) expect(url.startsWith(`${baseURL}/`), url).toBe(true);
	return snippet.replace(
		/(src=")([^"]+)(")/g,
		(_, a: string, url: string, c: string) => `${a}${onTestServer(url.replace(/&amp;/g, '&'), baseURL).replace(/&/g, '&amp;')}${c}`,
	);
}

test('the snippet from the Embed dialog, pasted into another site in a sandboxed iframe, shows the timeline and fits its height', async ({
	page,
	baseURL,
}) => {
	await page.goto(`/?actors=${shared.actors.join(',')}&from=${shared.from}&to=${shared.to}`);
	await expect(page.locator('figure.timeline[data-orientation="horizontal"] .lane')).toHaveCount(shared.actors.length);
	const snippet = await snippetFromDialog(page, baseURL!);
	expect(snippet).toMatch(
		new RegExp(
			`^<iframe src="[^"]+/embed/\\?actors=[^"]+&amp;from=${shared.from}&amp;to=${shared.to}" title="The E2EE Debate Timeline"[^>]* loading="lazy"`,
		),
	);
	expect(snippet).toContain('<script src=');
	// Another origin: a second server, on this machine, serving a course page with the snippet pasted in.
	const coursePage = `<!doctype html><title>Course</title><h1>Week 3</h1>${snippet.replace('<iframe ', '<iframe sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" ')}
		<script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'debate-timeline:height') heights.push(e.data.height); });</script>`;
	const server = createServer((_, response) => response.writeHead(200, { 'Content-Type': 'text/html' }).end(coursePage));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	page.on('close', () => server.close());
	const host = `http://127.0.0.1:${(server.address() as AddressInfo).port}/course`;
	const errors: string[] = [];
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(host);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('figure.timeline[data-orientation="horizontal"] svg')).toBeVisible();
	await expect(frame.locator('figure.timeline[data-orientation="horizontal"] .lane')).toHaveCount(shared.actors.length);
	await expect(frame.getByRole('link', { name: 'Open full timeline' })).toHaveAttribute('href', /actors=/);
	await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length)).toBeGreaterThan(0);
	const posted = await page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1)!);
	expect(posted).toBeGreaterThan(400);
	await expect.poll(() => page.locator('iframe').evaluate((frame) => (frame as HTMLIFrameElement).style.height)).toBe(`${posted}px`);
	expect(errors).toEqual([]);
});

test('the Embed dialog keeps the page behind it out of reach, previews the embed, and returns focus when it closes', async ({ page }) => {
	await page.goto(quoted.event.url);
	const opener = page.getByRole('button', { name: 'Embed' });
	await opener.click();
	const dialog = page.getByRole('dialog', { name: 'Embed this event' });
	await expect(dialog.getByLabel('Code to paste')).toHaveValue(new RegExp(`/embed/events/${quoted.event.id}/`));
	await dialog.getByLabel('Theme').selectOption('dark');
	await expect(dialog.getByLabel('Code to paste')).toHaveValue(/theme=dark/);
	await expect(dialog.locator('iframe.embed-preview')).toHaveAttribute('src', /theme=dark/);
	// A native modal dialog makes the page behind it inert: Tab moves through the dialog and may leave for the
	// browser's own controls (the document itself), but never reaches the page.
	for (let i = 0; i < 12; i++) {
		await page.keyboard.press('Tab');
		const where = await page.evaluate(() =>
			document.activeElement?.closest('dialog')
				? 'dialog'
				: document.activeElement === document.body || !document.activeElement
					? 'browser'
					: 'page',
		);
		expect(where).not.toBe('page');
	}
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(opener).toBeFocused();
});

test('the single-event embed shows the event card without the site around it', async ({ page }) => {
	const { event, position } = quoted;
	await page.goto(`/embed/events/${event.id}/?theme=dark`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(event.title);
	await expect(page.locator(`.position[data-actor="${position.actor}"]`)).toContainText(
		must(
			built.people.find((person) => person.id === position.speaker),
			'its speaker',
		).name,
	);
	await expect(page.getByRole('navigation')).toHaveCount(0);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await page.locator('base').getAttribute('target')).toBe('_blank');
	const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(background).toBe('rgb(17, 20, 24)');
});

for (const path of ['/', quoted.event.url]) {
	test(`${path} announces oEmbed JSON that describes a rich embed`, async ({ page, request, baseURL }) => {
		await page.goto(path);
		const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
		const json = (await (await request.get(onTestServer(href!, baseURL!))).json()) as Record<string, unknown>;
		expect(json).toMatchObject({
			version: '1.0',
			type: 'rich',
			provider_name: 'The E2EE Debate Timeline',
			width: expect.any(Number),
			height: expect.any(Number),
		});
		expect(json.html).toMatch(/^<iframe src="https?:\/\/[^"]+\/embed\//);
		expect(json.provider_url).toMatch(/^https?:\/\//);
	});

	test(`${path} prints without a single button or control`, async ({ page }) => {
		await page.goto(path);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('button:visible, input:visible, select:visible')).toHaveCount(0);
		await expect(page.locator('.quote').first()).toBeVisible();
		const after = await page
			.locator('main .event-title a, main .source-citation a')
			.first()
			.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(after).toContain('(');
	});
}

test('the lesson handout prints on two to four A4 pages, with a QR code to the timeline', async ({ page }) => {
	await page.goto('/lesson/');
	await expect(page.getByRole('img', { name: /QR code for the online timeline/ })).toBeVisible();
	await expect(page.locator('.lesson-event')).toHaveCount(await page.locator('.lesson-event h3').count());
	const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	expect(pages).toBeGreaterThanOrEqual(2);
	expect(pages).toBeLessThanOrEqual(4);
});

/** The site's CSV read back by an independent RFC 4180 parser, strict about quoting and column counts. */
const parseCsv = (text: string): string[][] => parse(text, { relaxColumnCount: false, record_delimiter: '\r\n' });

test('the CSV downloads parse, with a row per event and one per quote', async ({ request }) => {
	const data = await openData(request);
	const quotes = data.events.flatMap((e: { id: string; positions: { quotes: { text: string }[] }[] }) =>
		e.positions.flatMap((p) => p.quotes.map((q) => [e.id, q.text])),
	);
	const quoteRows = parseCsv(await (await request.get('/data/quotes.csv')).text());
	expect(quoteRows[0]).toEqual([
		'event',
		'date',
		'actor',
		'speaker',
		'stance',
		'quote',
		'source',
		'publisher',
		'reported',
		'by',
		'basis',
		'described_by',
	]);
	expect(quoteRows.slice(1).map((row) => [row[0], row[5]])).toEqual(quotes);
	expect(quoteRows.every((row) => row.length === 12)).toBe(true);
	const positions = data.events.flatMap((e: { id: string; positions: { basis: string }[] }) => e.positions.map((p) => [e.id, p.basis]));
	const positionRows = parseCsv(await (await request.get('/data/positions.csv')).text());
	expect(positionRows.slice(1).map((row) => [row[0], row[6]])).toEqual(positions);
	const eventRows = parseCsv(await (await request.get('/data/events.csv')).text());
	expect(eventRows.slice(1).map((row) => row[0])).toEqual(data.events.map((e: { id: string }) => e.id));
});

test('the TimelineJS export has one slide per event, with its year and headline', async ({ request, page }) => {
	const data = await openData(request);
	const timeline = (await (await request.get('/data/timelinejs.json')).json()) as ReturnType<typeof toTimelineJs>;
	expect(timeline.events).toHaveLength(data.events.length);
	for (const [i, slide] of timeline.events.entries()) {
		expect(slide.start_date.year).toBe(data.events[i].date.slice(0, 4));
		expect(typeof slide.text.headline).toBe('string');
		expect(slide.text.headline.length).toBeGreaterThan(0);
	}
	await page.goto('/about/data/');
	for (const name of ['events.json', 'events.csv', 'quotes.csv', 'positions.csv', 'timelinejs.json'])
		await expect(page.getByRole('link', { name, exact: true }).first()).toBeVisible();
});

test('embeds may be framed by any site, other pages by none', () => {
	const headers = readFileSync('dist/_headers', 'utf8').split('\n\n');
	const rule = (path: string) => headers.find((block) => block.startsWith(`${path}\n`)) ?? '';
	expect(rule('/embed/*')).toContain('frame-ancestors *');
	for (const path of ['/', '/events/*', '/lesson/*']) expect(rule(path)).toContain("frame-ancestors 'none'");
	expect(headers.filter((block) => block.includes('frame-ancestors *'))).toHaveLength(1);
});
