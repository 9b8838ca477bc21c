import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every internal link, asset and fragment of a built site that does not resolve: each HTML page's (and the
 * sitemap's and feed's) href, src and link-preview URLs, resolved against the page, must name a file in `dist`
 * and, with a #fragment, an element with that id. Links to other origins are not followed.
 */
export function checkLinks(dist: string, base: string, origin: string): { problems: string[]; checked: number; pages: number } {
	const prefix = base.replace(/\/?$/, '/');
	const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.map((name) => join(dist, name))
		.filter((path) => statSync(path).isFile());
	const pageUrl = (file: string) => `${prefix}${relative(dist, file).split('\\').join('/')}`.replace(/index\.html$/, '');
	const ids = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let set = ids.get(file);
		if (!set) {
			set = new Set([...readFileSync(file, 'utf8').matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decodeEntities(m[1])));
			ids.set(file, set);
		}
		return set;
	};
	const fileFor = (pathname: string): string | undefined => {
		if (!pathname.startsWith(prefix)) return undefined;
		const inner = decodeURIComponent(pathname.slice(prefix.length));
		return [join(dist, inner), join(dist, inner, 'index.html')].find(
			(candidate) => existsSync(candidate) && statSync(candidate).isFile(),
		);
	};
	const problems: string[] = [];
	let checked = 0;
	for (const file of files.filter((f) => /\.(html|xml)$/.test(f))) {
		const text = readFileSync(file, 'utf8');
		const from = new URL(pageUrl(file), origin);
		const refs = [
			...[...text.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]),
			...[...text.matchAll(/<meta[^>]+(?:property|name)="(?:og:image|og:url|twitter:image)"[^>]+content="([^"]+)"/g)].map(
				(m) => m[1],
			),
			...[...text.matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>/g)].map((m) => m[1]),
		];
		for (const raw of refs.map(decodeEntities)) {
			if (!raw || /^(mailto|tel|data|javascript):/i.test(raw)) continue;
			const url = new URL(raw, from);
			if (`${url.protocol}//${url.host}` !== origin) continue;
			checked += 1;
			const target = url.pathname === from.pathname && url.hash ? file : fileFor(url.pathname);
			const where = `${relative(dist, file)}: ${raw}`;
			if (!target) problems.push(`${where} (no such page or file)`);
			else if (
				url.hash &&
				url.hash !== '#' &&
				target.endsWith('.html') &&
				!idsOf(target).has(decodeURIComponent(url.hash.slice(1)))
			) {
				problems.push(`${where} (no element with id "${decodeURIComponent(url.hash.slice(1))}")`);
			}
		}
	}
	return { problems, checked, pages: files.filter((f) => f.endsWith('.html')).length };
}

/** The five entities the build writes in attribute values and text (&amp; &quot; &#39; &lt; &gt;), decoded. */
export function decodeEntities(text: string): string {
	return text
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>');
}
