import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embed.ts';

describe('embedSnippet', () => {
	it('writes a lazy, titled iframe at the chosen height, with the resize script when asked', () => {
		expect(
			embedSnippet({
				src: 'https://example.org/embed/?actors=nca&theme=dark#x',
				title: 'The E2EE Debate Timeline',
				height: 640,
				scriptUrl: 'https://example.org/embed.js',
			}),
		).toBe(
			'<iframe src="https://example.org/embed/?actors=nca&amp;theme=dark#x" title="The E2EE Debate Timeline" width="100%" height="640" loading="lazy" style="border:0;width:100%;max-width:100%"></iframe>\n' +
				'<script src="https://example.org/embed.js" async></script>',
		);
	});

	it('keeps the height within sensible bounds and escapes what it is given', () => {
		const snippet = embedSnippet({ src: 'https://e.org/"><script>', title: '<b>', height: Number.NaN });
		expect(snippet).toContain('height="600"');
		expect(snippet).not.toContain('<script>');
		expect(snippet).not.toContain('<b>');
		expect(embedSnippet({ src: 'u', title: 't', height: 99999 })).toContain('height="4000"');
	});
});
