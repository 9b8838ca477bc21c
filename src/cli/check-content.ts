// `npm run check:content`: the build's content check on its own, for editors before they build.
import { checkContent, formatProblems } from '../lib/content/checkContent.ts';
import { readContent } from '../lib/content/readContent.ts';

const root = process.argv[2] ?? process.cwd();
const content = readContent(root);
const problems = checkContent(content);
if (problems.length > 0) {
	console.error(formatProblems(problems));
	process.exit(1);
}
const quotes = content.events.reduce(
	(n, e) => n + ((e.data as { positions?: { quotes?: unknown[] }[] }).positions ?? []).reduce((m, p) => m + (p.quotes?.length ?? 0), 0),
	0,
);
console.log(
	`Content check passed: ${content.events.length} events, ${content.actors.length} actors, ${quotes} quotes, all verbatim in ${content.seeds.size} seeds.`,
);
