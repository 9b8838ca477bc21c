import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

// Fonts come from an npm package, never from the machine, so every build draws the same pixels.
const FONT_FILES = ['dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'].map((file) => require.resolve(file));

/** Renders an SVG to PNG at its own size, with the bundled DejaVu Sans fonts only. */
export function renderPng(svg: string): Uint8Array<ArrayBuffer> {
	const resvg = new Resvg(svg, {
		font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
		fitTo: { mode: 'original' },
	});
	return new Uint8Array(resvg.render().asPng());
}
