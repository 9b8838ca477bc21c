import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

const pages = builtPages();

test('the built site has pages to check', () => {
	expect(pages).toContain('/');
	expect(pages.length).toBeGreaterThan(5);
});

// Every page, in both colour schemes, at desktop width and at a phone's 390 px.
for (const scheme of ['light', 'dark'] as const) {
	for (const width of [1280, 390]) {
		test.describe(`axe, ${scheme} scheme, ${width} px`, () => {
			test.use({ colorScheme: scheme, viewport: { width, height: 900 } });
			for (const path of pages) {
				test(`${path} has no violations`, async ({ page }) => {
					await page.goto(path);
					const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
					expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
				});
			}
		});
	}
}
