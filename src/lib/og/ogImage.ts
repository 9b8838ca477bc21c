import { escape } from '../html/escape.ts';
import { SITE_NAME } from '../site/paths.ts';
import { wrapLabel } from '../timeline/buildTimeline.ts';
import { shapePath, stanceStyle } from '../timeline/stanceStyle.ts';

/** What a link preview image shows. */
export interface OgCard {
	title: string;
	/** A line above the title, e.g. the date. */
	kicker: string;
	/** Each actor's stance at the event, drawn as the timeline's marks. */
	marks: { label: string; rank: number; stanceLabel: string }[];
}

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** A 1200×630 SVG for a link preview: site name, date, title, and a row of stance marks with actor names. */
export function renderOgSvg({ title, kicker, marks }: OgCard): string {
	const lines = wrapLabel(title, 33).slice(0, 4);
	if (wrapLabel(title, 33).length > 4) lines[3] = `${lines[3].replace(/\s*\S+$/, '')}…`;
	const titleSvg = lines.map((line, i) => `<text x="64" y="${196 + i * 60}" class="title">${escape(line)}</text>`).join('');
	const shown = marks.slice(0, 6);
	const markSvg = shown
		.map((mark, i) => {
			const style = stanceStyle(mark.rank);
			const x = 64 + (i % 3) * 360;
			const y = 512 + Math.floor(i / 3) * 62;
			return (
				`<g transform="translate(${x + 14},${y + 4})"><path d="${shapePath(style.shape, 28)}" fill="${style.colour}" stroke="#1b1f24" stroke-width="2"/></g>` +
				`<text x="${x + 38}" y="${y}" class="actor">${escape(shorten(mark.label, 22))}</text>` +
				`<text x="${x + 38}" y="${y + 24}" class="stance">${escape(shorten(mark.stanceLabel, 30))}</text>`
			);
		})
		.join('');
	const more =
		marks.length > shown.length
			? `<text x="${OG_WIDTH - 64}" y="${OG_HEIGHT - 12}" class="stance" text-anchor="end">and ${marks.length - shown.length} more</text>`
			: '';
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">` +
		'<style>text{font-family:"DejaVu Sans";fill:#1b1f24}.site{font-size:30px;font-weight:bold;fill:#1f4e79}.kicker{font-size:30px;fill:#4a5561}.title{font-size:50px;font-weight:bold}.actor{font-size:22px;font-weight:bold}.stance{font-size:18px;fill:#4a5561}</style>' +
		`<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/><rect width="${OG_WIDTH}" height="14" fill="#1f4e79"/>` +
		`<text x="64" y="80" class="site">${SITE_NAME}</text><text x="64" y="128" class="kicker">${escape(kicker)}</text>` +
		titleSvg +
		(shown.length > 0 ? `<line x1="64" y1="460" x2="${OG_WIDTH - 64}" y2="460" stroke="#c9d1d9" stroke-width="2"/>` : '') +
		markSvg +
		more +
		'</svg>'
	);
}

function shorten(text: string, max: number): string {
	return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
