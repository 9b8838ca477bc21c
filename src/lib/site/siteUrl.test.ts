import { describe, expect, it } from 'vitest';
import { siteOrigin } from './siteUrl.ts';

describe('siteOrigin', () => {
	it('takes SITE_URL first, then the host’s own variables', () => {
		expect(siteOrigin({ SITE_URL: 'https://debate.example.org', URL: 'https://x.netlify.app', NETLIFY: 'true' }).site).toBe(
			'https://debate.example.org',
		);
		expect(siteOrigin({ NETLIFY: 'true', URL: 'https://e2ee.netlify.app' }).site).toBe('https://e2ee.netlify.app');
		expect(siteOrigin({ CF_PAGES_URL: 'https://abc.e2ee.pages.dev' }).site).toBe('https://abc.e2ee.pages.dev');
		expect(siteOrigin({ VERCEL_PROJECT_PRODUCTION_URL: 'e2ee.vercel.app' }).site).toBe('https://e2ee.vercel.app');
		expect(siteOrigin({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY_OWNER: 'School-Lab' }).site).toBe('https://school-lab.github.io');
	});

	it('falls back to localhost only with a warning that says what will break', () => {
		const origin = siteOrigin({});
		expect(origin.site).toBe('http://localhost:4321');
		expect(origin.warning).toMatch(/SITE_URL is not set.*QR code/);
		expect(siteOrigin({ SITE_URL: 'https://a.example' }).warning).toBeUndefined();
	});
});
