import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

const pages = builtPages();

test('the built site has pages to check', () => {
	expect(pages).toContain('/');
	expect(pages.length).toBeGreaterThan(5);
});

const VARIANTS = [
	{ scheme: 'light', width: 1280 },
	{ scheme: 'dark', width: 390 },
	{ scheme: 'dark', width: 1280 },
	{ scheme: 'light', width: 390 },
] as const;

// A page's template: its path with the id of an event, actor or source replaced by "*".
const template = (path: string) => path.replace(/\/(events|actors|sources)\/[^/]+\//g, '/$1/*/');
const templates = new Map<string, string>();
for (const path of pages) if (!templates.has(template(path))) templates.set(template(path), path);
const firstOfTemplate = new Set(templates.values());

// Every page once, in one of the four scheme × width variants (taken in turn, so each variant sees a share of
// the pages), and the first page of every template in all four: the sweep grows with the content by one run a
// page, not four.
for (const [index, path] of pages.entries()) {
	const variants = firstOfTemplate.has(path) ? VARIANTS : [VARIANTS[index % VARIANTS.length]];
	for (const { scheme, width } of variants) {
		test.describe(`axe, ${scheme} scheme, ${width} px`, () => {
			test.use({ colorScheme: scheme, viewport: { width, height: 900 } });
			test(`${path} has no violations`, async ({ page }) => {
				await page.goto(path);
				const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
				expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			});
		});
	}
}
