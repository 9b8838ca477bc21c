import type { Element, Text } from 'hast';
import type { HastPluginEntry } from 'satteri';

interface GlossaryLinkTerm {
	id: string;
	/** The forms to link, matched as whole words, ignoring case. */
	matches: string[];
}

export interface GlossaryOptions {
	terms: GlossaryLinkTerm[];
	/** The glossary page's path, e.g. "/glossary/" or "/debate/glossary/". */
	href: string;
}

/** Elements whose text is never linked. */
const SKIP = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style']);

/** A linker for one document: each term is linked at its first mention only; longer forms win. */
export function createGlossaryLinker({ terms, href }: GlossaryOptions) {
	const forms = terms
		.flatMap((term) =>
			term.matches.map((form) => ({
				id: term.id,
				pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'iu'),
				length: form.length,
			})),
		)
		.sort((a, b) => b.length - a.length);
	const linked = new Set<string>();
	/** Splits a text into text and links for the terms it mentions first; returns it whole when it has none. */
	return function link(value: string): (Text | Element)[] {
		const out: (Text | Element)[] = [];
		let rest = value;
		for (;;) {
			let best: { index: number; length: number; id: string } | undefined;
			for (const { id, pattern } of forms) {
				if (linked.has(id)) continue;
				const match = pattern.exec(rest);
				if (match && (!best || match.index < best.index)) best = { index: match.index, length: match[0].length, id };
			}
			if (!best) break;
			linked.add(best.id);
			if (best.index > 0) out.push({ type: 'text', value: rest.slice(0, best.index) });
			out.push({
				type: 'element',
				tagName: 'a',
				properties: { href: `${href}#${best.id}`, className: ['glossary-link'] },
				children: [{ type: 'text', value: rest.slice(best.index, best.index + best.length) }],
			});
			rest = rest.slice(best.index + best.length);
		}
		if (rest) out.push({ type: 'text', value: rest });
		return out;
	};
}

/**
 * The Markdown pipeline's plugin (Astro 7's Sätteri processor, for event texts): the first mention of each
 * glossary term becomes a link to its definition; text inside links, headings and code is left alone.
 */
export function glossaryHastPlugin(options: GlossaryOptions): HastPluginEntry {
	return () => {
		const link = createGlossaryLinker(options);
		return {
			name: 'glossary-links',
			text(node, ctx) {
				for (let parent = ctx.parent(node); parent && parent.type === 'element'; parent = ctx.parent(parent)) {
					if (SKIP.has(parent.tagName)) return;
				}
				const parts = link(node.value);
				if (parts.length === 1 && parts[0].type === 'text') return;
				ctx.replaceNode(node, parts);
			},
		};
	};
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
