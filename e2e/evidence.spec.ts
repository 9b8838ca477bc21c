import { expect, test } from '@playwright/test';
import { openData, positionsOf } from './site.ts';

// The evidence grade of every position, as a reader meets it: drawn on the timeline and explained in its legend,
// said in the positions table, on every event page and on the About page. Checked against the open data, so the
// tests hold whatever the content says.

test('events.json grades every position and says whose words every quote is', async ({ request }) => {
	const data = await openData(request);
	for (const { event, position } of positionsOf(data)) {
		const at = `${event.id} ${position.actor}`;
		expect(['own-words', 'reported', 'linked', 'described'], at).toContain(position.basis);
		for (const quote of position.quotes) expect(['person', 'actor', 'publication'], at).toContain(quote.by.type);
		if (position.basis === 'own-words')
			expect(
				position.quotes.some((q) => q.by.actor === position.actor),
				at,
			).toBe(true);
		if (position.basis === 'reported')
			expect(
				position.quotes.some((q) => q.by.type === 'publication' && q.by.actor === null),
				at,
			).toBe(true);
		if (position.basis === 'described') expect(position.describedBy, at).not.toBeNull();
		if (position.basis === 'linked') expect(position.linked.length, at).toBeGreaterThan(0);
	}
});

test('the timeline rings every mark not in the actor’s own words, and its legend explains each grade', async ({ page, request }) => {
	const data = await openData(request);
	await page.goto('/');
	const figure = page.locator('figure.timeline[data-orientation="horizontal"]');
	const basis = new Map(positionsOf(data).map(({ event, position }) => [`${event.id} ${position.actor}`, position.basis]));
	// Marks too close to tell apart are drawn as a counted cluster; every mark drawn alone must show its grade.
	const marks = await figure.locator('.mark').evaluateAll((nodes) =>
		nodes.map((node) => ({
			key: `${node.getAttribute('data-event')} ${node.getAttribute('data-actor')}`,
			basis: node.getAttribute('data-basis'),
			ringed: node.querySelector('.basis-ring') !== null,
		})),
	);
	expect(marks.length).toBeGreaterThan(0);
	for (const mark of marks) {
		expect(mark.basis, mark.key).toBe(basis.get(mark.key));
		expect(mark.ringed, mark.key).toBe(mark.basis !== 'own-words');
	}
	expect(marks.some((mark) => mark.ringed)).toBe(true);
	const legend = page.getByRole('list', { name: 'Key to evidence' });
	await expect(legend.getByRole('listitem')).toHaveText([
		/^Own words \(no ring\)/,
		/^Reported \(solid ring\)/,
		/^Linked source only \(dotted ring\)/,
		/^Described by another party \(dashed ring\)/,
	]);
	const rings = await legend.locator('li').evaluateAll((items) =>
		items.map((item) => {
			const ring = item.querySelector('.basis-ring');
			return ring ? `ring ${getComputedStyle(ring).strokeDasharray}` : 'no ring';
		}),
	);
	// Told apart by shape, not colour: no ring, a solid one, and two different dash patterns.
	expect(new Set(rings).size).toBe(4);
});

test('the positions table gives the grade of every position not in the actor’s own words', async ({ page, request }) => {
	const data = await openData(request);
	await page.goto('/');
	await page.locator('summary', { hasText: 'Positions table' }).click();
	const table = page.getByRole('table');
	await expect(table).toBeVisible();
	// The table as served, read in one trip: a locator per cell made this test grow with the content.
	const { columns, rows } = await table.evaluate((element) => ({
		columns: [...element.querySelectorAll('thead th[data-actor]')].map((cell) => cell.getAttribute('data-actor')),
		rows: [...element.querySelectorAll('tbody tr[data-event]')].map((row) => ({
			event: row.getAttribute('data-event'),
			cells: [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''),
		})),
	}));
	for (const { event, position } of positionsOf(data)) {
		const at = `${event.id} ${position.actor}`;
		const row = rows.filter((r) => r.event === event.id);
		expect(row, `${event.id}: one row`).toHaveLength(1);
		const column = columns.indexOf(position.actor);
		expect(column, `${position.actor}: a column`).toBeGreaterThanOrEqual(0);
		const cell = row[0].cells[column] ?? '';
		if (position.basis === 'own-words') expect(cell, at).not.toContain('(');
		else
			expect(cell, at).toContain(
				position.basis === 'described' ? 'as described by' : position.basis === 'linked' ? 'linked source only' : 'reported',
			);
	}
});

test('an event addressed to an actor links its answer, or says that none is on record', async ({ page, request }) => {
	const data = await openData(request);
	const addressed = data.events.filter((event) => event.addressedTo.length > 0);
	expect(addressed.length).toBeGreaterThan(0);
	for (const event of addressed) {
		await page.goto(event.url);
		const replies = page.getByRole('region', { name: 'Replies' });
		for (const { actor, answers } of event.addressedTo) {
			const line = replies.locator(`li[data-actor="${actor}"]`);
			const elsewhere = answers.filter((id) => id !== event.id);
			if (answers.length === 0) await expect(line).toContainText('No answer from');
			for (const id of elsewhere) await expect(line.locator(`a[href$="/events/${id}/"]`)).toHaveCount(1);
		}
	}
});

test('the About page counts positions per grade, and the home page links its balance line there', async ({ page, request }) => {
	const data = await openData(request);
	const positions = positionsOf(data);
	await page.goto('/about/');
	const table = page.getByRole('table', { name: /Positions per evidence grade/ });
	for (const basis of ['own-words', 'reported', 'linked', 'described'] as const) {
		const count = positions.filter(({ position }) => position.basis === basis).length;
		await expect(table.locator(`tr[data-basis="${basis}"] td`).last()).toHaveText(String(count));
	}
	await page.goto('/');
	const line = page.locator('.balance-line');
	await expect(line).toContainText(`${positions.length} positions`);
	await line.getByRole('link').click();
	await expect(page).toHaveURL(/\/about\/#balance$/);
	const groups = page.getByRole('table', { name: /per group of actors/ });
	const sum = (
		await groups.locator('tbody tr').evaluateAll((rows) => rows.map((row) => Number(row.querySelectorAll('td')[1]?.textContent)))
	).reduce((a, b) => a + b, 0);
	expect(sum).toBe(positions.length);
});
