import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { siteOrigin } from './siteUrl.ts';

// The ready-made deploy configurations build with `npm run build` and publish dist/, and the build finds the
// host's address from the variables that host sets. The gate's base-path build (`npm run build:debate`) runs with
// GitHub Actions' variables, and its browser tests check the result (see e2e/search.spec.ts).
const ROOT = resolve(import.meta.dirname, '..', '..', '..');

describe('deploying', () => {
	it('to Netlify: builds with npm run build, publishes dist/, and takes the origin from Netlify’s URL', () => {
		const toml = readFileSync(resolve(ROOT, 'netlify.toml'), 'utf8');
		expect(toml).toMatch(/^\s*command = "npm run build"$/m);
		expect(toml).toMatch(/^\s*publish = "dist"$/m);
		expect(siteOrigin({ NETLIFY: 'true', URL: 'https://e2ee-debate.netlify.app' })).toMatchObject({
			site: 'https://e2ee-debate.netlify.app',
		});
	});

	it('to GitHub Pages: builds with npm run build under the repository’s name, uploads dist/, and takes the origin from the owner', () => {
		const workflow = parse(readFileSync(resolve(ROOT, '.github', 'workflows', 'pages.yml'), 'utf8')) as {
			jobs: { build: { steps: { run?: string; uses?: string; with?: { path?: string }; env?: Record<string, string> }[] } };
		};
		const steps = workflow.jobs.build.steps;
		const build = steps.find((step) => step.run === 'npm run build');
		expect(build?.env?.BASE_PATH).toContain('github.event.repository.name');
		expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist');
		expect(siteOrigin({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY_OWNER: 'E2EE-Debate' })).toMatchObject({
			site: 'https://e2ee-debate.github.io',
		});
	});
});
