import { describe, expect, it } from 'vitest';
import { markSource } from './markSource.ts';

const passage = (text: string, anchor: string) => ({ text, anchor, eventHref: `/events/${anchor}/`, eventLabel: anchor });

describe('markSource', () => {
	it('marks a quoted passage, anchors its start and links its end to the event', () => {
		expect(markSource('He said: “It’s vital.” Then left.', [passage("It's vital.", 'q1')])).toBe(
			'He said: “<span class="quote-anchor" id="q1"></span><mark>It’s vital.</mark><a class="quoted-in" href="/events/q1/">q1</a>” Then left.',
		);
	});

	it('marks each fragment of a quote with an omission, linking once at its end', () => {
		const html = markSource('One two three four five.', [passage('One two … five.', 'q1')]);
		expect(html).toBe(
			'<span class="quote-anchor" id="q1"></span><mark>One two</mark> three four <mark>five.</mark><a class="quoted-in" href="/events/q1/">q1</a>',
		);
	});

	it('merges overlapping quotes into one mark, with both anchors and both links', () => {
		const html = markSource('Alpha beta gamma delta.', [passage('Alpha beta gamma', 'a'), passage('beta gamma delta.', 'b')]);
		expect(html).toBe(
			'<span class="quote-anchor" id="a"></span><mark>Alpha <span class="quote-anchor" id="b"></span>beta gamma</mark><a class="quoted-in" href="/events/a/">a</a><mark> delta.</mark><a class="quoted-in" href="/events/b/">b</a>',
		);
	});

	it('escapes the source text', () => {
		expect(markSource('a <b> & c', [])).toBe('a &lt;b&gt; &amp; c');
	});

	it('refuses a quote that is not in the text', () => {
		expect(() => markSource('Some text.', [passage('Other text.', 'q')])).toThrow('invalid quote: "Other text." is not in the source');
	});
});
