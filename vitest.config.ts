import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts'],
		reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
		// The build-failure tests run `astro build` in a temporary copy of the project.
		testTimeout: 120_000,
		// Each test file imports only pure modules, so one module registry per worker is safe, and much faster.
		isolate: false,
	},
});
