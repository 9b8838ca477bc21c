import { describe, expect, it } from 'vitest';
import { cardHeights, visibleText } from './cardHeight.ts';

describe('cardHeights', () => {
	it('counts only the text a reader sees', () => {
		expect(visibleText('<p class="a">Two&nbsp;words</p>\n  <script>ignored()</script><svg><use href="#x"/></svg>')).toBe('Twoxwords');
	});

	it('guesses a taller card for more text, and taller on a phone than in the wide column', () => {
		const short = cardHeights(`<p>${'word '.repeat(20)}</p>`);
		const long = cardHeights(`<p>${'word '.repeat(600)}</p>`);
		expect(long.narrow).toBeGreaterThan(short.narrow);
		expect(long.wide).toBeGreaterThan(short.wide);
		expect(long.narrow).toBeGreaterThan(long.wide);
		// 3,000 characters wrap to about 3,000 px at 320 px wide; the guess must not fall short of that.
		expect(long.narrow).toBeGreaterThanOrEqual(3000);
	});
});
