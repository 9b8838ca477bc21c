import { describe, expect, it } from 'vitest';
import { pageTitle } from './pageTitle.ts';

describe('pageTitle', () => {
	it('adds the site name when it fits, and drops it when it does not', () => {
		expect(pageTitle('Glossary')).toBe('Glossary · The E2EE Debate Timeline');
		expect(pageTitle('The E2EE Debate Timeline')).toBe('The E2EE Debate Timeline');
		expect(pageTitle('Home Secretary Suella Braverman writes to Meta about its plans')).toBe(
			'Home Secretary Suella Braverman writes to Meta about its plans',
		);
	});

	it('shortens a long title at a word so that, escaped, it stays within 70 characters', () => {
		const title = pageTitle('Priti Patel tells an NSPCC roundtable that tech firms have a "moral duty" to protect children');
		expect(title).toMatch(/…$/);
		expect(title.replace(/"/g, '&quot;').length).toBeLessThanOrEqual(70);
	});
});
