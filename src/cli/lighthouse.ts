// `npm run lighthouse`: Lighthouse (mobile preset, the system's Chromium) on the pages lighthouse.config.json
// names: the median of several timed runs (Lighthouse's own computeMedianRun, as Lighthouse CI picks it) must meet
// the config's minimum Performance score, and one more run the minimum in the categories that do not depend on timing. Prints LCP, Speed Index, TBT, CLS and bytes of the median run, and
// each run's LCP, Speed Index and TBT.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { routes } from '../lib/site/routes.ts';
import { fullChromium } from './chromium.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4397);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const config = JSON.parse(readFileSync(join(ROOT, 'lighthouse.config.json'), 'utf8')) as {
	pages: string[];
	runs: number;
	minScores: Record<(typeof CATEGORIES)[number], number>;
};

// The event page with the most HTML: the one most likely to miss a budget, whatever today's events are.
const heaviestEvent = () => {
	const dir = join(ROOT, 'dist', 'events');
	const [heaviest] = readdirSync(dir)
		.filter((name) => existsSync(join(dir, name, 'index.html')))
		.sort((a, b) => statSync(join(dir, b, 'index.html')).size - statSync(join(dir, a, 'index.html')).size);
	return routes.event(heaviest);
};
const PAGES = config.pages.map((page) => (page === 'heaviest-event' ? heaviestEvent() : page));

const chromePath = fullChromium();
// A plain static server rather than `astro preview`, which runs once per project and may already be running.
const server = spawn(process.execPath, [join(ROOT, 'src', 'cli', 'serve-static.ts'), join(ROOT, 'dist'), '/', String(PORT)], {
	cwd: ROOT,
	stdio: 'ignore',
});
let failed = false;
let stopChrome = () => {};
try {
	for (let attempt = 0; ; attempt++) {
		try {
			await fetch(`http://127.0.0.1:${PORT}/`);
			break;
		} catch (error) {
			if (attempt > 100) throw error;
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	// Chrome opens on the first page, and each page's untimed run (below) comes before its timed ones: a freshly
	// started browser spends its first page loads warming its own caches (fonts, compiled code), which no reader's
	// browser does each visit, and which made the first of three timed runs an outlier.
	const chrome = await chromeLauncher.launch({
		chromePath,
		startingUrl: `http://127.0.0.1:${PORT}${PAGES[0]}`,
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run',
		],
	});
	stopChrome = () => chrome.kill();
	for (const path of PAGES) {
		const options: Flags = {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			// Pictures of the page, and whether it can be restored from the back/forward cache (an extra navigation),
			// are for reading a report: no score uses them, and together they took seconds a run.
			disableFullPageScreenshot: true,
			skipAudits: ['screenshot-thumbnails', 'final-screenshot', 'bf-cache'],
		};
		// The categories that do not depend on timing (axe, meta tags, console errors) come out the same each run, so
		// one run of their own scores them, and performance is judged on runs that measure nothing else: their
		// gatherers share the page load with whatever run carries them, and when that was one of the timed runs it
		// was the page's slowest in 7 of 9 gate runs here (home TBT 87 to 230 ms, against 8 to 112 for the others).
		const untimed = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
			...options,
			onlyCategories: CATEGORIES.filter((id) => id !== 'performance'),
		});
		if (!untimed) throw new Error(`invalid Lighthouse run: no result for ${path}`);
		const runs: Result[] = [];
		for (let run = 0; run < config.runs; run++) {
			const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, { ...options, onlyCategories: ['performance'] });
			if (!result) throw new Error(`invalid Lighthouse run: no result for ${path}`);
			runs.push(result.lhr);
		}
		// computeMedianRun is typed with Lighthouse's global LH namespace, which its package does not export.
		const median = computeMedianRun(runs) as Result;
		const audits: Result['audits'] = { ...untimed.lhr.audits, ...median.audits };
		const categories: Result['categories'] = { ...untimed.lhr.categories, performance: median.categories.performance };
		const scores = CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)] as const);
		const low = scores.filter(([id, score]) => score < config.minScores[id]);
		failed ||= low.length > 0;
		const metric = (id: string) => audits[id]?.displayValue ?? 'n/a';
		const perRun = (id: string) => runs.map((lhr) => Math.round(lhr.audits[id]?.numericValue ?? 0)).join(', ');
		console.log(`${path} (median of ${runs.length} runs)`);
		console.log(`  ${scores.map(([id, score]) => `${id} ${score}`).join(', ')}${low.length ? "  BELOW THE CONFIG'S MINIMUM" : ''}`);
		console.log(
			`  LCP ${metric('largest-contentful-paint')} (runs: ${perRun('largest-contentful-paint')} ms), Speed Index ${metric('speed-index')} (runs: ${perRun('speed-index')} ms), TBT ${metric('total-blocking-time')} (runs: ${perRun('total-blocking-time')} ms), CLS ${metric('cumulative-layout-shift')}, transfer ${metric('total-byte-weight')}`,
		);
		for (const [id] of low) {
			const refs = categories[id]?.auditRefs ?? [];
			for (const ref of refs) {
				const audit = audits[ref.id];
				if (audit && audit.score !== null && audit.score < 1 && ref.weight > 0)
					console.log(`    ${id}: ${audit.id} (${audit.score}) ${audit.title}`);
			}
		}
	}
} finally {
	stopChrome();
	server.kill();
}
if (failed) {
	console.error('Lighthouse: a category scored below its minimum in lighthouse.config.json.');
	process.exit(1);
}
