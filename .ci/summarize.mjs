// Sums the JSON reports that `npm test` leaves in test-results/ into one line: "N passed, N failed".
// A failing `npm test` whose suites report no failure (the build broke, say) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 0);
const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);

let passed = 0;
let failed = 0;
let skipped = 0;

const vitest = read('test-results/vitest.json');
if (vitest) {
	passed += vitest.numPassedTests;
	failed += vitest.numFailedTests;
	skipped += vitest.numPendingTests + vitest.numTodoTests;
}

const playwright = read('test-results/playwright.json');
if (playwright) {
	// A flaky test (failed, then passed on its retry) fails the run (failOnFlakyTests), so it counts as failed.
	passed += playwright.stats.expected;
	failed += playwright.stats.unexpected + playwright.stats.flaky;
	skipped += playwright.stats.skipped;
}

if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
