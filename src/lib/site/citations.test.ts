import { describe, expect, it } from 'vitest';
import { formatCitations } from './citations.ts';

describe('formatCitations', () => {
	const cited = formatCitations({
		title: 'Tom Tugendhat says Meta is "choosing to allow predators to operate with impunity"',
		url: 'https://example.org/events/x/',
		siteName: 'The E2EE Debate Timeline',
	});

	it('cites in APA with the site as author and no date', () => {
		expect(cited.apa).toBe(
			'The E2EE Debate Timeline. (n.d.). Tom Tugendhat says Meta is "choosing to allow predators to operate with impunity". https://example.org/events/x/',
		);
	});

	it('cites in MLA and Chicago with the title in quotation marks and the URL', () => {
		expect(cited.mla).toBe(
			'“Tom Tugendhat says Meta is "choosing to allow predators to operate with impunity".” The E2EE Debate Timeline, https://example.org/events/x/.',
		);
		expect(cited.chicago).toBe(
			'The E2EE Debate Timeline. “Tom Tugendhat says Meta is "choosing to allow predators to operate with impunity".” https://example.org/events/x/.',
		);
	});

	it('does not double a full stop that ends the title', () => {
		expect(formatCitations({ title: 'Done.', url: 'u', siteName: 'S' }).apa).toBe('S. (n.d.). Done. u');
	});
});
