/** A number rounded to `decimals` places (one by default), as the SVG and its tests print coordinates. */
export function round(value: number, decimals = 1): number {
	const factor = 10 ** decimals;
	return Math.round(value * factor) / factor;
}
