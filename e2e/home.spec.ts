import { expect, test } from '@playwright/test';

test.describe('home page without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('lists every event in date order, dated at its precision', async ({ page, request }) => {
		const data = await (await request.get('/data/events.json')).json();
		await page.goto('/');
		const cards = page.getByRole('article');
		await expect(cards).toHaveCount(data.events.length);
		const titles = await page.getByRole('heading', { level: 2 }).filter({ has: page.getByRole('link') }).allInnerTexts();
		expect(titles).toEqual(data.events.map((event: { title: string }) => event.title));
		await expect(page.getByRole('article', { name: /Priti Patel tells an NSPCC roundtable/ }).locator('time')).toHaveText('19 April 2021');
		const letter = page.getByRole('article', { name: /Suella Braverman writes to Meta/ });
		await expect(letter.locator('time')).toHaveText('July 2023');
		await expect(letter.locator('time')).toHaveAttribute('datetime', '2023-07');
		await expect(letter).toContainText('day not known');
	});

	test("shows each actor's stance, speaker and verbatim quotes with their source", async ({ page }) => {
		await page.goto('/');
		const roundtable = page.getByRole('article', { name: /Priti Patel tells an NSPCC roundtable/ });
		const meta = roundtable.getByRole('listitem').filter({ hasText: 'Meta (Facebook)' }).first();
		await expect(meta).toContainText('Encrypt gradually, building in safety');
		await expect(meta).toContainText('A Facebook spokesperson');
		await expect(meta.getByRole('blockquote').first()).toContainText('Child exploitation has no place on our platforms');
		await expect(meta).toContainText('Sky News');
		await expect(meta.getByRole('link', { name: '2 more quotes from Meta' })).toHaveAttribute('href', '/events/2021-04-19-patel-nspcc-roundtable/');
		const nspcc = roundtable.getByRole('listitem').filter({ hasText: 'Sir Peter Wanless' }).first();
		await expect(nspcc).toContainText('Encrypt only with abuse detection');
	});

	test("an event's page gives every quote with its full citation", async ({ page }) => {
		await page.goto('/events/2021-04-19-patel-nspcc-roundtable/');
		const meta = page.getByRole('listitem').filter({ hasText: 'Meta (Facebook)' }).first();
		await expect(meta.getByRole('blockquote')).toHaveCount(3);
		await expect(meta).toContainText('Sky News, 19 April 2021');
		await expect(meta.getByRole('link', { name: /Priti Patel: Tech firms have 'moral duty'/ }).first()).toBeVisible();
	});

	test('lists every event, by year, on the all-events page', async ({ page, request }) => {
		const data = await (await request.get('/data/events.json')).json();
		await page.goto('/events/');
		await expect(page.getByRole('heading', { level: 2 })).toHaveText(['2020', '2021', '2023']);
		for (const event of data.events) await expect(page.getByRole('link', { name: event.title, exact: true })).toHaveAttribute('href', event.url);
	});

	test('marks reported words apart from what an actor said itself', async ({ page }) => {
		await page.goto('/');
		const privacy = page.getByRole('listitem').filter({ hasText: 'Privacy advocates and security experts' }).first();
		await expect(privacy).toContainText('Reported, not their own words');
	});

	test('shows every claimed figure with its claimant and any caveat', async ({ page }) => {
		await page.goto('/');
		const claims = page.getByRole('region', { name: /^Figures claimed at: Priti Patel/ });
		const claim = claims.getByRole('listitem').filter({ hasText: 'of global child abuse reports could be lost' });
		await expect(claim).toContainText('70%');
		await expect(claim).toContainText('Claimed by NSPCC');
		const campaign = page.getByRole('region', { name: /^Figures claimed at: Home Office campaign/ });
		const unsure = campaign.getByRole('listitem').filter({ hasText: 'searches for online child sexual abuse material' });
		await expect(unsure).toContainText('names no source for this figure');
	});

	test("links every event to its own page, which reads alone", async ({ page }) => {
		await page.goto('/');
		await page.getByRole('heading', { name: /Tom Tugendhat says Meta is/ }).getByRole('link').click();
		await expect(page).toHaveURL(/\/events\/2023-05-23-tugendhat-pier-speech\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Tom Tugendhat says Meta is');
		await expect(page.getByRole('heading', { name: 'Questions for discussion' })).toBeVisible();
		await expect(page.getByText('Policing Institute for the Eastern Region', { exact: false }).first()).toBeVisible();
	});

	test('explains the stance scale in order', async ({ page }) => {
		await page.goto('/');
		const scale = page.getByRole('region', { name: 'How positions are scaled' });
		const labels = await scale.locator('.stance-label').allInnerTexts();
		expect(labels[0]).toBe("Don't weaken encryption");
		expect(labels.at(-1)).toBe('Halt until safety is shown');
	});
});
