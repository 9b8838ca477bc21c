// Which built pages the per-page browser sweeps (axe, privacy, CSP, console) visit, so that their time stays
// bounded however much content there is. Every page of a small collection is visited; a collection of more than
// `limit` pages (events, actors, sources) is sampled: its first, last and newest pages, and the rest of `limit`
// drawn by a fixed seed, so every run visits the same pages until the content changes.

export interface Variant {
	scheme: 'light' | 'dark';
	width: 1280 | 390;
}

/** The four scheme × width variants, in the order a page is given one in turn. */
export const VARIANTS: readonly Variant[] = [
	{ scheme: 'light', width: 1280 },
	{ scheme: 'dark', width: 390 },
	{ scheme: 'dark', width: 1280 },
	{ scheme: 'light', width: 390 },
];

/** A page's template: its path with the id of an event, actor or source replaced by "*". */
export const templateOf = (path: string): string => path.replace(/\/(events|actors|sources)\/[^/]+\//g, '/$1/*/');

export interface Visit {
	path: string;
	variants: readonly Variant[];
}

/**
 * The sweep: each chosen page once, in one variant (taken in turn), and the first page of every template in
 * all four. `newest` names pages always kept (the newest event, the actor and source last added).
 */
export function planSweep(
	pages: readonly string[],
	{ limit = 30, newest = [], seed = 20231207 }: { limit?: number; newest?: readonly string[]; seed?: number } = {},
): Visit[] {
	const byTemplate = Map.groupBy([...pages].sort(), templateOf);
	const chosen = new Set<string>();
	const kept = new Set(newest);
	for (const group of byTemplate.values()) for (const path of sampleOf(group, limit, (path) => kept.has(path), seed)) chosen.add(path);
	const firsts = new Set([...byTemplate.values()].map((group) => group[0]));
	return [...chosen].sort().map((path, index) => ({ path, variants: firsts.has(path) ? VARIANTS : [VARIANTS[index % VARIANTS.length]] }));
}

/**
 * At most `limit` of `items`, in their own order: all of them when there are no more than that, else the first,
 * the last and every one `keep` names, and the rest drawn by a fixed seed, so every run takes the same ones.
 */
export function sampleOf<T>(items: readonly T[], limit: number, keep: (item: T) => boolean = () => false, seed = 20231207): T[] {
	if (items.length <= limit) return [...items];
	const kept = new Set([items[0], items[items.length - 1], ...items.filter(keep)]);
	const rest = items.filter((item) => !kept.has(item));
	// A small deterministic generator (an LCG), so the sample is fixed for given items.
	let state = seed >>> 0;
	const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
	while (kept.size < limit && rest.length > 0) kept.add(rest.splice(Math.floor(next() * rest.length), 1)[0]);
	return items.filter((item) => kept.has(item));
}
