import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// No module imports a module that imports it back, directly or through others, statically or with import():
// each layer (lib, elements, components, pages) depends one way, so any part can be read, tested and loaded alone.
const SRC = resolve(import.meta.dirname, '..', '..');
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
	.filter((name) => /\.(ts|astro)$/.test(name) && !name.endsWith('.test.ts'))
	.map((name) => join(SRC, name));

function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
	return specifiers.map((specifier) => resolve(dirname(file), specifier)).filter((path) => files.includes(path));
}

describe('the module graph', () => {
	it('has no cycles', () => {
		const graph = new Map(files.map((file) => [file, importsOf(file)]));
		const cycles: string[] = [];
		const state = new Map<string, 'visiting' | 'done'>();
		const visit = (file: string, path: string[]) => {
			if (state.get(file) === 'done') return;
			if (state.get(file) === 'visiting') {
				cycles.push([...path.slice(path.indexOf(file)), file].map((f) => f.slice(SRC.length + 1)).join(' → '));
				return;
			}
			state.set(file, 'visiting');
			for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
			state.set(file, 'done');
		};
		for (const file of files) visit(file, []);
		expect(cycles).toEqual([]);
		expect(graph.get(join(SRC, 'elements', 'timelineRedraw.ts'))).toContain(join(SRC, 'elements', 'timelineStore.ts'));
	});
});
