import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLinks } from './checkLinks.ts';

const dirs: string[] = [];
function site(files: Record<string, string>) {
	const dist = mkdtempSync(join(tmpdir(), 'links-'));
	dirs.push(dist);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dist, path, '..'), { recursive: true });
		writeFileSync(join(dist, path), text);
	}
	return dist;
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('checkLinks', () => {
	it('accepts links to pages, files and fragments that exist, and ignores other origins', () => {
		const dist = site({
			'index.html':
				'<a href="/a/">a</a><a href="/a/#x">x</a><img src="/i.png"><a href="https://example.net/nope">e</a><a href="#top">t</a><p id="top"></p>',
			'a/index.html': '<h1 id="x">A</h1><a href="../">home</a>',
			'i.png': 'png',
		});
		expect(checkLinks(dist, '/', 'http://localhost:4321')).toMatchObject({ problems: [], checked: 5 });
	});

	it('reports a missing page, a missing fragment, and an absolute URL on the site that has no file', () => {
		const dist = site({
			'index.html':
				'<a href="/gone/">g</a><a href="/a/#missing">m</a><meta property="og:image" content="http://localhost:4321/og/x.png">',
			'a/index.html': '<h1 id="x">A</h1>',
		});
		expect(checkLinks(dist, '/', 'http://localhost:4321').problems).toEqual([
			'index.html: /gone/ (no such page or file)',
			'index.html: /a/#missing (no element with id "missing")',
			'index.html: http://localhost:4321/og/x.png (no such page or file)',
		]);
	});

	it('resolves links under a base path, and refuses those that escape it', () => {
		const dist = site({ 'index.html': '<a href="/debate/a/">a</a><a href="/a/">wrong</a>', 'a/index.html': '' });
		expect(checkLinks(dist, '/debate/', 'http://localhost:4321').problems).toEqual(['index.html: /a/ (no such page or file)']);
	});
});
