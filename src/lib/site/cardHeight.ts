// How tall an event card will be, guessed from its HTML before any browser lays it out. The home page's list lets the
// browser skip laying out cards far below the screen (CSS `content-visibility: auto`), which keeps the first load
// fast however many events there are. A skipped card takes the height guessed here, and its real height once drawn.
//
// The guess errs on the tall side, on purpose: a skipped card's content is still placed when a script asks where
// it is, and if it overflowed a too-short placeholder it would seem to overlap the next card (accessibility checkers
// would then report its links as too close together). Too tall costs only a scrollbar that shortens as you read.
//
// Calibrated on today's cards (a card's height is almost all wrapped text): at 320 px wide a card runs about
// 1.0 px per character plus 120 px; in the 46rem column of wider screens, 0.45 px per character plus 100 px. The
// constants below add a margin to both, for cards wrapped less kindly than today's.

/** Pixels per character of text, and pixels of fixed overhead (headings, margins, borders), per layout. */
const NARROW = { perChar: 1.2, base: 260 };
const WIDE = { perChar: 0.55, base: 200 };

/** The text a reader sees in some HTML, with runs of white space as one. */
export function visibleText(html: string): string {
	return html
		.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&[#\w]+;/g, 'x')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Placeholder heights in CSS pixels: `narrow` for phones (down to 320 px wide), `wide` for the 46rem column. */
export function cardHeights(html: string): { narrow: number; wide: number } {
	const chars = visibleText(html).length;
	const round = (px: number) => Math.ceil(px / 50) * 50;
	return { narrow: round(NARROW.base + NARROW.perChar * chars), wide: round(WIDE.base + WIDE.perChar * chars) };
}
