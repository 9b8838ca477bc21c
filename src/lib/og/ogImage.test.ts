import { describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, renderOgSvg } from './ogImage.ts';
import { renderPng } from './renderPng.ts';

const card = {
	title: 'Security Minister Tom Tugendhat says Meta is "choosing to allow predators to operate with impunity" <script>',
	kicker: '23 May 2023',
	marks: [{ label: 'Home Office', rank: 6, stanceLabel: 'Halt until safety is shown' }],
};

describe('renderOgSvg', () => {
	it('wraps the title in at most four lines and escapes it', () => {
		const svg = renderOgSvg(card);
		expect(svg.match(/class="title"/g)!.length).toBeLessThanOrEqual(4);
		expect(svg).toContain('&lt;script&gt;');
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('Home Office');
	});
});

describe('renderPng', () => {
	it('renders a 1200×630 PNG, the same bytes every time', () => {
		const png = renderPng(renderOgSvg(card));
		expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
		const view = new DataView(png.buffer, png.byteOffset);
		expect([view.getUint32(16), view.getUint32(20)]).toEqual([OG_WIDTH, OG_HEIGHT]);
		expect(Buffer.from(renderPng(renderOgSvg(card))).equals(Buffer.from(png))).toBe(true);
	});
});
