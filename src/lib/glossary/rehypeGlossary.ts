import type { Element, ElementContent, Root, RootContent, Text } from 'hast';

export interface GlossaryLinkTerm {
	id: string;
	/** The forms to link, matched as whole words, ignoring case. */
	matches: string[];
}

export interface GlossaryOptions {
	terms: GlossaryLinkTerm[];
	/** The glossary page's path, e.g. "/glossary/" or "/debate/glossary/". */
	href: string;
}

const SKIP = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style']);

/**
 * A rehype plugin for event texts: the first mention of each glossary term becomes a link to its definition.
 * Text inside links, headings and code is left alone; longer forms win over shorter ones that start alike.
 */
export function rehypeGlossary({ terms, href }: GlossaryOptions) {
	const forms = terms
		.flatMap((term) => term.matches.map((form) => ({ id: term.id, form })))
		.sort((a, b) => b.form.length - a.form.length);
	return (tree: Root) => {
		const linked = new Set<string>();
		const visit = (parent: Root | Element) => {
			const children: (RootContent | ElementContent)[] = [];
			for (const child of parent.children) {
				if (child.type === 'text') children.push(...linkText(child, forms, linked, href));
				else {
					if (child.type === 'element' && !SKIP.has(child.tagName)) visit(child);
					children.push(child);
				}
			}
			parent.children = children as typeof parent.children;
		};
		visit(tree);
	};
}

function linkText(node: Text, forms: { id: string; form: string }[], linked: Set<string>, href: string): (Text | Element)[] {
	const out: (Text | Element)[] = [];
	let rest = node.value;
	for (;;) {
		let best: { index: number; length: number; id: string } | undefined;
		for (const { id, form } of forms) {
			if (linked.has(id)) continue;
			const match = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'iu').exec(rest);
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
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
