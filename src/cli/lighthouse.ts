// `npm run lighthouse`: Lighthouse (mobile preset, the system's Chromium) on the home page and one event page of
// the built site; fails when any category scores below 95, and prints LCP, TBT, CLS and bytes.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const ROOT = resolve(import.meta.dirname, '..', '..');
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4397);
const PAGES = ['/', '/events/2023-09-20-home-office-campaign-urges-meta/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const MINIMUM = 95;

const chromePath = process.env.PLAYWRIGHT_CHROMIUM_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
// A plain static server rather than `astro preview`, which runs once per project and may already be running.
const server = spawn(process.execPath, [join(ROOT, 'src', 'cli', 'serve-static.ts'), join(ROOT, 'dist'), '/', String(PORT)], {
	cwd: ROOT,
	stdio: 'ignore',
});
const chrome = await chromeLauncher.launch({
	chromePath,
	chromeFlags: [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--no-first-run',
	],
});

let failed = false;
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
	for (const path of PAGES) {
		const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...CATEGORIES],
		});
		if (!result) throw new Error(`invalid Lighthouse run: no result for ${path}`);
		const { categories, audits } = result.lhr;
		const scores = CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)] as const);
		const low = scores.filter(([, score]) => score < MINIMUM);
		failed ||= low.length > 0;
		const metric = (id: string) => audits[id]?.displayValue ?? 'n/a';
		console.log(path);
		console.log(`  ${scores.map(([id, score]) => `${id} ${score}`).join(', ')}${low.length ? `  BELOW ${MINIMUM}` : ''}`);
		console.log(
			`  LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, transfer ${metric('total-byte-weight')}`,
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
	chrome.kill();
	server.kill();
}
if (failed) {
	console.error(`Lighthouse: a category scored below ${MINIMUM}.`);
	process.exit(1);
}
