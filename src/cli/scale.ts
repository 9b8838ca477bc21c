// `npm run scale`: builds a synthetic debate of 1,000 events and 20 actors in a temporary folder and reports
// the build time, the home page's weight, and the time to redraw one zoom step in Chromium.
// With SCALE_GATE=1 it also runs the gate's browser tests there and reports their time.
// Targets: build ≤ 60 s on 2 cores, home page ≤ 150 KB gzipped, one zoom step from input to the next painted
// frame ≤ 16 ms (the browser's Event Timing, as INP measures it; Event Timing rounds durations to 8 ms).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { ACTOR_GROUPS } from '../lib/content/actorGroups.ts';
import { isoDate } from '../lib/dates/isoDay.ts';
import { manifestLine, SEED_MANIFEST } from '../lib/provenance/seedManifest.ts';
import { fullChromium } from './chromium.ts';
import { kb, measurePage } from './measurePage.ts';
import { copyProject, ROOT } from './projectCopy.ts';

const EVENTS = Number(process.env.SCALE_EVENTS ?? 1000);
const ACTORS = Number(process.env.SCALE_ACTORS ?? 20);
const SEEDS = 40;
const SENTENCES = 60;
const PORT = 4398;

// A small deterministic generator, so every run builds the same content.
let state = 20231207;
const random = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];

function sentence(seed: number, index: number): string {
	return `Statement ${index} of archive ${seed} says that messaging encryption and the safety of children must both be weighed with care, case ${seed * 100 + index}.`;
}

function generate(root: string) {
	mkdirSync(join(root, 'content', 'events'), { recursive: true });
	mkdirSync(join(root, 'seeds'), { recursive: true });
	const seedIds = Array.from({ length: SEEDS }, (_, s) => `synthetic_${String(s).padStart(3, '0')}`);
	const seedTexts = seedIds.map((_, s) => Array.from({ length: SENTENCES }, (_, i) => sentence(s, i)).join('\n'));
	seedIds.forEach((id, s) => writeFileSync(join(root, 'seeds', `${id}.txt`), seedTexts[s]));
	writeFileSync(join(root, SEED_MANIFEST), seedIds.map((id, s) => manifestLine(`${id}.txt`, Buffer.from(seedTexts[s]))).join(''));
	writeFileSync(
		join(root, 'content', 'sources.yaml'),
		seedIds
			.map(
				(id, s) =>
					`- id: ${id}\n  publisher: Synthetic Press ${s}\n  title: Synthetic article ${s}\n  published: "2020-01-01"\n  kind: news-report\n`,
			)
			.join(''),
	);
	const actors = Array.from({ length: ACTORS }, (_, a) => ({ id: `actor-${a}`, group: ACTOR_GROUPS[a % ACTOR_GROUPS.length] }));
	writeFileSync(
		join(root, 'content', 'actors.yaml'),
		actors
			.map(
				(a, i) =>
					`- id: ${a.id}\n  name: Synthetic actor ${i}\n  shortName: Actor ${i}\n  group: ${a.group}\n  description: A generated actor.\n`,
			)
			.join(''),
	);
	writeFileSync(
		join(root, 'content', 'people.yaml'),
		actors.map((a, i) => `- id: person-${i}\n  name: Person ${i}\n  role: Spokesperson\n  actor: ${a.id}\n`).join(''),
	);
	cpSync(join(ROOT, 'content', 'stances.yaml'), join(root, 'content', 'stances.yaml'));
	cpSync(join(ROOT, 'content', 'glossary.yaml'), join(root, 'content', 'glossary.yaml'));
	const stances = [...readFileSync(join(ROOT, 'content', 'stances.yaml'), 'utf8').matchAll(/^- id: (\S+)/gm)].map((m) => m[1]);
	const start = Date.UTC(2015, 0, 1);
	const span = Date.UTC(2024, 11, 31) - start;
	for (let e = 0; e < EVENTS; e++) {
		const date = isoDate(start + Math.floor(random() * span));
		const month = random() < 0.1;
		const value = month ? date.slice(0, 7) : date;
		const chosen = [...new Set(Array.from({ length: 2 + Math.floor(random() * 2) }, () => Math.floor(random() * ACTORS)))];
		const positions = chosen
			.map((a) => {
				const s = Math.floor(random() * SEEDS);
				return `  - actor: actor-${a}\n    stance: ${pick(stances)}\n    speaker: person-${a}\n    source: ${seedIds[s]}\n    quotes:\n      - "${sentence(s, Math.floor(random() * SENTENCES))}"\n`;
			})
			.join('');
		const id = `${value}-synthetic-${e}`;
		writeFileSync(
			join(root, 'content', 'events', `${id}.mdx`),
			`---\ntitle: Synthetic event number ${e} in the debate\nlabel: Event ${e}\ndate: "${value}"\ndateSource: ${seedIds[0]}\nsummary: A generated event for measuring the site at scale.\npositions:\n${positions}---\n\nA generated event.\n`,
		);
	}
}

function timed(command: string[], cwd: string, env: Record<string, string> = {}): number {
	const started = performance.now();
	const result = spawnSync(process.execPath, command, {
		cwd,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, TZ: 'UTC', ...env },
	});
	if (result.status !== 0) throw new Error(`${command.join(' ')} failed with status ${result.status}`);
	return (performance.now() - started) / 1000;
}

async function measureZoom(root: string): Promise<{ redraw: number[]; paint: number[] }> {
	const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
	const server = spawn(process.execPath, [astro, 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
		cwd: root,
		stdio: 'ignore',
	});
	const executablePath = fullChromium();
	const browser = await chromium.launch({
		executablePath,
		args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
	});
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		for (let attempt = 0; ; attempt++) {
			try {
				await page.goto(`http://127.0.0.1:${PORT}/`);
				break;
			} catch (error) {
				if (attempt > 50) throw error;
				await new Promise((r) => setTimeout(r, 200));
			}
		}
		// The browser's own Event Timing: for each click, from the input to the next frame painted after its
		// handlers and the redraw they schedule. This is what a reader waits for (the same measure as INP).
		await page.evaluate(() => {
			const clicks: number[] = [];
			Object.assign(window, { zoomClicks: clicks });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) if (entry.name === 'click') clicks.push(entry.duration);
			}).observe({ type: 'event', durationThreshold: 0 } as PerformanceObserverInit);
		});
		const button = async (name: string) => (await page.getByRole('button', { name, exact: true }).boundingBox())!;
		const [zoomIn, zoomOut] = [await button('Zoom in'), await button('Zoom out')];
		const click = (box: { x: number; y: number; width: number; height: number }) =>
			page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		// The first click loads the zoom code and the timeline data; the steps after it are what is measured.
		await click(zoomIn);
		await page.waitForFunction(() => performance.getEntriesByName('timeline-redraw').length > 0);
		for (let step = 0; step < 12; step++) {
			const done = await page.evaluate(() => performance.getEntriesByName('timeline-redraw').length);
			await click(step % 4 < 2 ? zoomIn : zoomOut);
			await page.waitForFunction((count) => performance.getEntriesByName('timeline-redraw').length > count, done);
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
		}
		const redraw = await page.evaluate(() =>
			performance
				.getEntriesByName('timeline-redraw')
				.slice(1)
				.map((entry) => entry.duration),
		);
		const paint = await page.evaluate(() => (window as unknown as { zoomClicks: number[] }).zoomClicks.slice(1));
		if (paint.length !== redraw.length) throw new Error(`Event Timing saw ${paint.length} zoom clicks for ${redraw.length} redraws`);
		return { redraw, paint };
	} finally {
		await browser.close();
		server.kill();
	}
}

/**
 * With SCALE_GATE=1: the gate's browser tests on the synthetic debate, after the base-path build they also serve,
 * to show their time stays bounded as content grows. Tests written for the real content's words (a search for a
 * name in it, say) fail here by design; the count says how many.
 */
function browserGate(root: string): [string, string, string, boolean][] {
	for (const entry of ['e2e', 'playwright.config.ts']) cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
	const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
	const debate = timed([astro, 'build'], root, { BASE_PATH: '/debate/', OUT_DIR: 'dist-debate' });
	const started = performance.now();
	// The config's own reporters: a list on stdout (dropped here) and test-results/playwright.json.
	spawnSync(process.execPath, [join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js'), 'test'], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, TZ: 'UTC', CI: 'true', PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}` },
	});
	const seconds = (performance.now() - started) / 1000;
	console.log(`browser tests on the synthetic debate: ${seconds.toFixed(0)} s`);
	const report = JSON.parse(readFileSync(join(root, 'test-results', 'playwright.json'), 'utf8')) as {
		stats: { expected: number; unexpected: number };
	};
	return [
		['base-path build time', `${debate.toFixed(1)} s`, '', true],
		['browser tests (npm run test:e2e)', `${seconds.toFixed(0)} s`, '', true],
		['  passed / failed on synthetic content', `${report.stats.expected} / ${report.stats.unexpected}`, '', true],
	];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// The code without today's content, which generate() writes in its place.
const root = copyProject('debate-scale', ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']);
try {
	generate(root);
	console.log(`Synthetic debate: ${EVENTS} events, ${ACTORS} actors, in ${root}`);
	const build = timed([join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], root);
	const home = measurePage(join(root, 'dist'), '/');
	const { redraw, paint } = await measureZoom(root);
	const rows: [string, string, string, boolean][] = [
		['build time', `${build.toFixed(1)} s`, '≤ 60 s', build <= 60],
		['home page, gzipped (HTML + CSS + initial JS)', kb(home.total), '≤ 150 KB', home.total <= 150 * 1024],
		['  of which HTML', kb(home.html), '', true],
		['  of which initial JS', kb(home.initialJs), '≤ 30 KB', home.initialJs <= 30 * 1024],
		['zoom step, input to next paint, median of 12 (Event Timing)', `${median(paint).toFixed(0)} ms`, '≤ 16 ms', median(paint) <= 16],
		['  slowest step', `${Math.max(...paint).toFixed(0)} ms`, '', true],
		['  of which the redraw script (layout + SVG string + DOM), median', `${median(redraw).toFixed(1)} ms`, '', true],
	];
	if (process.env.SCALE_GATE) rows.push(...browserGate(root));
	for (const [name, value, target, ok] of rows)
		console.log(`${name.padEnd(66)} ${value.padStart(10)}  ${target}${target && !ok ? '  MISSED' : ''}`);
	if (rows.some(([, , target, ok]) => target && !ok)) process.exitCode = 1;
} finally {
	if (!process.env.SCALE_KEEP) rmSync(root, { recursive: true, force: true });
}
