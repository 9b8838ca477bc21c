// `npm run check:links [dist] [base]`: fails, listing them all, when any internal link, asset or #fragment of
// the built site does not resolve. SITE_URL (default http://localhost:4321) is the origin absolute links use.
import { checkLinks } from '../lib/site/checkLinks.ts';

const dist = process.argv[2] ?? 'dist';
const base = process.argv[3] ?? process.env.BASE_PATH ?? '/';
const site = new URL(process.env.SITE_URL || 'http://localhost:4321');
const { problems, checked, pages } = checkLinks(dist, base, `${site.protocol}//${site.host}`);
if (problems.length > 0) {
	console.error(`Link check found ${problems.length} broken links in ${dist} (base ${base}):\n  ${problems.join('\n  ')}`);
	process.exit(1);
}
console.log(`Link check passed: ${checked} internal links in ${pages} pages of ${dist} (base ${base}), all resolve.`);
