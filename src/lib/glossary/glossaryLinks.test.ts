import type { Element, Text } from 'hast';
import { describe, expect, it } from 'vitest';
import { createGlossaryLinker } from './glossaryLinks.ts';

const terms = [
	{ id: 'e2ee', matches: ['end-to-end encryption', 'E2EE'] },
	{ id: 'encryption', matches: ['encryption'] },
	{ id: 'ofcom', matches: ['Ofcom'] },
];
const html = (nodes: (Text | Element)[]) =>
	nodes
		.map((node) => (node.type === 'text' ? node.value : `<a href="${node.properties.href}">${(node.children[0] as Text).value}</a>`))
		.join('');

describe('createGlossaryLinker', () => {
	it('links the first mention of each term in a document, preferring the longest form', () => {
		const link = createGlossaryLinker({ terms, href: '/glossary/' });
		expect(html(link('Meta turned on end-to-end encryption; encryption then Ofcom.'))).toBe(
			'Meta turned on <a href="/glossary/#e2ee">end-to-end encryption</a>; <a href="/glossary/#encryption">encryption</a> then <a href="/glossary/#ofcom">Ofcom</a>.',
		);
		expect(html(link('Later, Ofcom and end-to-end encryption again.'))).toBe('Later, Ofcom and end-to-end encryption again.');
	});

	it('matches whole words only, ignoring case', () => {
		const link = createGlossaryLinker({ terms, href: '/debate/glossary/' });
		expect(html(link('Ofcomish, then OFCOM.'))).toBe('Ofcomish, then <a href="/debate/glossary/#ofcom">OFCOM</a>.');
	});
});
