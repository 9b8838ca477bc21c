import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeGlossary } from './rehypeGlossary.ts';

const terms = [
	{ id: 'e2ee', matches: ['end-to-end encryption', 'E2EE'] },
	{ id: 'encryption', matches: ['encryption'] },
	{ id: 'ofcom', matches: ['Ofcom'] },
];
const paragraph = (...children: Element['children']): Element => ({ type: 'element', tagName: 'p', properties: {}, children });
const text = (value: string) => ({ type: 'text' as const, value });

function run(tree: Root): string {
	rehypeGlossary({ terms, href: '/glossary/' })(tree);
	const html = (node: Root | Element | Element['children'][number]): string => {
		if (node.type === 'text') return node.value;
		if (node.type === 'element') {
			const attrs = node.properties?.href ? ` href="${node.properties.href}"` : '';
			return `<${node.tagName}${attrs}>${node.children.map(html).join('')}</${node.tagName}>`;
		}
		if (node.type === 'root') return node.children.map(html).join('');
		return '';
	};
	return html(tree);
}

describe('rehypeGlossary', () => {
	it('links the first mention of each term, preferring the longest form', () => {
		const tree: Root = { type: 'root', children: [paragraph(text('Meta turned on end-to-end encryption; encryption then Ofcom and end-to-end encryption again.'))] };
		expect(run(tree)).toBe(
			'<p>Meta turned on <a href="/glossary/#e2ee">end-to-end encryption</a>; <a href="/glossary/#encryption">encryption</a> then <a href="/glossary/#ofcom">Ofcom</a> and end-to-end encryption again.</p>',
		);
	});

	it('matches whole words only, ignoring case, and leaves links and headings alone', () => {
		const tree: Root = {
			type: 'root',
			children: [
				{ type: 'element', tagName: 'h2', properties: {}, children: [text('Ofcom')] },
				paragraph({ type: 'element', tagName: 'a', properties: { href: '/x' }, children: [text('OFCOM')] }, text(' Ofcomish, then OFCOM.')),
			],
		};
		expect(run(tree)).toBe('<h2>Ofcom</h2><p><a href="/x">OFCOM</a> Ofcomish, then <a href="/glossary/#ofcom">OFCOM</a>.</p>');
	});
});
