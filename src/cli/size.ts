// `npm run size`: what a first visit downloads, gzipped, for the home page and every event page of the built
// site, failing when a page is over budget. Inline scripts count in the HTML; lazily imported chunks are
// reported apart, since they load only on first use.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { kb, measurePage } from './measurePage.ts';
import { routes } from '../lib/site/routes.ts';

interface Budget {
	pages: string[];
	/** Limits in gzipped bytes: initial JavaScript, and HTML + CSS + initial JavaScript. */
	initialJs: number;
	total: number;
}

const dist = process.argv[2] ?? 'dist';
const base = process.env.BASE_PATH ?? '/';
const events = readdirSync(join(dist, 'events'), { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => routes.event(entry.name));
const BUDGETS: Budget[] = [
	{ pages: ['/'], initialJs: 30 * 1024, total: 40 * 1024 },
	{ pages: events, initialJs: 30 * 1024, total: 30 * 1024 },
];

let failed = false;
for (const budget of BUDGETS) {
	const weighed = budget.pages.map((page) => ({ page, weight: measurePage(dist, page, base) }));
	const over = weighed.filter(({ weight }) => weight.initialJs > budget.initialJs || weight.total > budget.total);
	failed ||= over.length > 0;
	const heaviest = weighed.reduce((a, b) => (b.weight.total > a.weight.total ? b : a));
	const { page, weight } = heaviest;
	const label = budget.pages.length === 1 ? page : `${budget.pages.length} event pages, heaviest ${page}`;
	console.log(label);
	console.log(
		`  HTML ${kb(weight.html)}, CSS ${kb(weight.css)}, initial JS ${kb(weight.initialJs)} in ${weight.initialModules} modules (budget ${kb(budget.initialJs)})`,
	);
	console.log(`  initial transfer ${kb(weight.total)} (budget ${kb(budget.total)})`);
	if (weight.lazyModules > 0) console.log(`  loaded on first use: ${kb(weight.lazyJs)} in ${weight.lazyModules} modules`);
	for (const { page: overPage, weight: w } of over)
		console.log(`  OVER BUDGET: ${overPage}: total ${kb(w.total)}, initial JS ${kb(w.initialJs)}`);
}
if (failed) {
	console.error('Size budget exceeded.');
	process.exit(1);
}
