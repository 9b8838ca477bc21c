import { round } from '../round.ts';

/**
 * How a stance looks on the timeline: a shape, a fill pattern and a colour, so no reader has to tell stances
 * apart by colour alone. Colours are the Okabe–Ito palette, which stays distinct under the common forms of
 * colour blindness; every mark also has a dark outline, so it stands out from the background whatever its fill.
 */
export interface StanceStyle {
	/** Id of the <symbol> that draws the shape, e.g. "stance-shape-3". */
	symbolId: string;
	/** Id of the <pattern> that fills it. */
	patternId: string;
	colour: string;
	shape: ShapeName;
	pattern: PatternName;
}

export type ShapeName = 'circle' | 'triangle' | 'diamond' | 'square' | 'hexagon' | 'octagon' | 'star' | 'cross';
export type PatternName = 'solid' | 'hatch' | 'dots' | 'cross-hatch';

const SHAPES: ShapeName[] = ['circle', 'triangle', 'diamond', 'square', 'hexagon', 'octagon', 'star', 'cross'];
const PATTERNS: PatternName[] = ['solid', 'hatch', 'dots', 'solid', 'cross-hatch', 'hatch', 'dots', 'cross-hatch'];
const COLOURS = ['#0072B2', '#56B4E9', '#009E73', '#E69F00', '#CC79A7', '#D55E00', '#F0E442', '#999999'];

/** The style of the stance at a 1-based rank on the scale; ranks past the eighth reuse the list. */
export function stanceStyle(rank: number): StanceStyle {
	const index = (Math.max(1, Math.round(rank)) - 1) % SHAPES.length;
	return {
		symbolId: `stance-shape-${index + 1}`,
		patternId: `stance-fill-${index + 1}`,
		colour: COLOURS[index],
		shape: SHAPES[index],
		pattern: PATTERNS[index],
	};
}

/** The outline of a shape as an SVG path, centred on 0,0 and fitting a square of side `size`. */
export function shapePath(shape: ShapeName, size: number): string {
	const r = size / 2;
	const polygon = (sides: number, rotation: number, radius = r) =>
		Array.from({ length: sides }, (_, i) => {
			const angle = rotation + (i * 2 * Math.PI) / sides;
			return `${round(radius * Math.cos(angle), 2)},${round(radius * Math.sin(angle), 2)}`;
		}).join('L');
	switch (shape) {
		case 'circle':
			return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`;
		case 'triangle':
			return `M${polygon(3, -Math.PI / 2, r * 1.15)}Z`;
		case 'diamond':
			return `M${polygon(4, -Math.PI / 2, r * 1.15)}Z`;
		case 'square':
			return `M${-r * 0.85},${-r * 0.85}H${r * 0.85}V${r * 0.85}H${-r * 0.85}Z`;
		case 'hexagon':
			return `M${polygon(6, 0)}Z`;
		case 'octagon':
			return `M${polygon(8, Math.PI / 8)}Z`;
		case 'star': {
			const points = Array.from({ length: 10 }, (_, i) => {
				const radius = i % 2 === 0 ? r * 1.1 : r * 0.45;
				const angle = -Math.PI / 2 + (i * Math.PI) / 5;
				return `${round(radius * Math.cos(angle), 2)},${round(radius * Math.sin(angle), 2)}`;
			});
			return `M${points.join('L')}Z`;
		}
		case 'cross': {
			const a = r * 0.35;
			return `M${-a},${-r}H${a}V${-a}H${r}V${a}H${a}V${r}H${-a}V${a}H${-r}V${-a}H${-a}Z`;
		}
	}
}

/** The contents of a <pattern> that fills with the stance's colour and texture (10×10 user units). */
export function patternContent(pattern: PatternName, colour: string): string {
	const base = `<rect width="10" height="10" fill="${colour}"/>`;
	const ink = 'rgba(0,0,0,0.55)';
	switch (pattern) {
		case 'solid':
			return base;
		case 'hatch':
			return `${base}<path d="M-2,2L2,-2M0,10L10,0M8,12L12,8" stroke="${ink}" stroke-width="1.6"/>`;
		case 'dots':
			return `${base}<circle cx="2.5" cy="2.5" r="1.4" fill="${ink}"/><circle cx="7.5" cy="7.5" r="1.4" fill="${ink}"/>`;
		case 'cross-hatch':
			return `${base}<path d="M0,5H10M5,0V10" stroke="${ink}" stroke-width="1.4"/>`;
	}
}
