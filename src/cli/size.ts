// `npm run size`: what a first visit downloads, gzipped, for each budgeted page of the built site, failing
// when a page is over budget. Inline scripts count in the HTML; lazily imported chunks are reported apart.
import { kb, measurePage } from './measurePage.ts';

interface Budget {
	page: string;
	/** Limits in gzipped bytes. */
	initialJs: number;
	total?: number;
}

const BUDGETS: Budget[] = [{ page: '/', initialJs: 30 * 1024 }];

const dist = process.argv[2] ?? 'dist';
let failed = false;
for (const budget of BUDGETS) {
	const weight = measurePage(dist, budget.page, process.env.BASE_PATH ?? '/');
	const jsOk = weight.initialJs <= budget.initialJs;
	const totalOk = budget.total === undefined || weight.total <= budget.total;
	failed ||= !jsOk || !totalOk;
	console.log(budget.page);
	console.log(`  HTML ${kb(weight.html)}, CSS ${kb(weight.css)}, initial JS ${kb(weight.initialJs)} in ${weight.initialModules} modules (budget ${kb(budget.initialJs)})${jsOk ? '' : '  OVER BUDGET'}`);
	console.log(`  initial transfer ${kb(weight.total)}${budget.total ? ` (budget ${kb(budget.total)})${totalOk ? '' : '  OVER BUDGET'}` : ''}`);
	console.log(`  loaded on first use: ${kb(weight.lazyJs)} in ${weight.lazyModules} modules`);
}
if (failed) {
	console.error('Size budget exceeded.');
	process.exit(1);
}
