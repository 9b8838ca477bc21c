import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { testChromium } from './src/cli/chromium.ts';

// A browser is found without downloading one (see testChromium: the system's headless shell, else its Chromium),
// else whatever Playwright itself has installed.
const executablePath = testChromium();

const PORT = Number(process.env.E2E_PORT ?? 4391);
const DEBATE_PORT = Number(process.env.E2E_DEBATE_PORT ?? 4392);

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	// A failing test runs once more, recording a trace; it still fails the run (failOnFlakyTests), so the retry
	// never hides a flaky test, and a passing run pays nothing for tracing (recording every test cost ~30 s).
	retries: 1,
	failOnFlakyTests: true,
	// One worker per core: the tests are independent and the servers are static.
	workers: availableParallelism(),
	reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
	// Playwright empties its output folder on start; keep it apart from the other suites' reports.
	outputDir: 'test-results/playwright-artifacts',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		// A failure leaves a trace (from its retry) to open with `npx playwright show-trace`; a pass leaves nothing.
		trace: 'on-first-retry',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath,
					args: [
						'--disable-background-networking',
						'--disable-component-update',
						'--no-first-run',
						'--disable-sync',
						// V8 without its helper threads (concurrent marking and compiling): on two cores shared by two
						// workers those threads only compete with the pages' main threads, and took a quarter of the
						// renderers' CPU time (46.7 against 34.9 core-seconds over 40 sweep visits; a visit 4% faster alone).
						// And without TurboFan, V8's slowest, most optimizing compiler (Maglev and the faster tiers remain): with
						// no helper thread it compiles on the page's main thread, and a test's page does not live long enough
						// to earn that back. axe ran 15% faster without it, and in three back-to-back pairs of whole runs the
						// browser tests took 95, 92 and 85 s (159 to 179 core-seconds) against 96, 108 and 90 s (170 to 203).
						// Lighthouse, which measures what a reader's browser does, keeps V8's defaults.
						'--js-flags=--single-threaded --no-opt',
					],
				},
			},
		},
	],
	// Tests run against the built site (`npm run build` first), served exactly as a static host would, and
	// against the build under a base path (`npm run build:debate`).
	webServer: [
		{
			// The project's static server rather than `astro preview`: it also serves the sweep's copy of axe-core from
			// the site's origin (e2e/sweep.spec.ts), outside the built site.
			command: `node src/cli/serve-static.ts dist / ${PORT} --extra /__axe-core__.js=node_modules/axe-core/axe.min.js`,
			url: `http://127.0.0.1:${PORT}/`,
			// Never a server left over from another checkout or an older build: each run starts its own.
			reuseExistingServer: false,
			timeout: 60_000,
		},
		{
			command: `node src/cli/serve-static.ts dist-debate /debate/ ${DEBATE_PORT}`,
			url: `http://127.0.0.1:${DEBATE_PORT}/debate/`,
			reuseExistingServer: false,
			timeout: 60_000,
		},
	],
});
