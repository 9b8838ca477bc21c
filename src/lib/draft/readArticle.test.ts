import { describe, expect, it } from 'vitest';
import { articleProblem } from './readArticle.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('articleProblem', () => {
	it('accepts an article as plain text, typography and all', () => {
		expect(
			articleProblem(bytes('Ofcom sets out rules\n\n“We are not against privacy,” said Ian Critchley — on 14 March 2024.\n')),
		).toBeUndefined();
	});

	it('refuses an empty file, a file of bytes that are not UTF-8, control characters, and a saved web page', () => {
		expect(articleProblem(bytes(' \n\t'))).toMatch(/^is empty/);
		expect(articleProblem(Uint8Array.from([0xff, 0xfe, 0x00, 0x41]))).toMatch(/^is not UTF-8 text/);
		expect(articleProblem(bytes('Text with a NUL\u0000 inside'))).toMatch(/control character/);
		expect(articleProblem(bytes('<!doctype html><title>x</title><p>Words</p>'))).toMatch(/^is HTML/);
		expect(articleProblem(bytes('<div><p>One</p><p>Two</p><span>Three</span></div>'))).toMatch(/^is HTML/);
	});

	it('does not mistake an article that mentions a tag for a web page', () => {
		expect(articleProblem(bytes('The campaign’s site used a <p> tag in its headline, a critic noted.'))).toBeUndefined();
	});
});
