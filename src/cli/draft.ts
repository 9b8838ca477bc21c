// `npm run draft -- <article.txt> [--published YYYY-MM-DD]`: archives a new article in seeds/ and drafts an
// event from it in content/events/, for an editor to review; the seed's SHA-256 goes into seeds/SHA256SUMS. Never overwrites an event, or a different seed.
import { appendFileSync, copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { actorSchema, personSchema, type Actor, type Person } from '../lib/content/schemas.ts';
import { readContent } from '../lib/content/readContent.ts';
import { draftEvent } from '../lib/draft/draftEvent.ts';
import { articleProblem } from '../lib/draft/readArticle.ts';
import { manifestLine, SEED_MANIFEST } from '../lib/provenance/seedManifest.ts';

function fail(message: string): never {
	console.error(`draft: ${message}`);
	process.exit(1);
}

const USAGE = 'usage: npm run draft -- <article.txt> [--published YYYY-MM-DD]';
let parsed: { values: { published?: string }; positionals: string[] };
try {
	parsed = parseArgs({ options: { published: { type: 'string' } }, allowPositionals: true });
} catch (error) {
	fail(`${(error as Error).message}\n${USAGE}`);
}
const published = parsed.values.published;
const [file] = parsed.positionals;
if (!file || parsed.positionals.length > 1) fail(USAGE);
if (!existsSync(file)) fail(`invalid article: ${file} does not exist`);
if (published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(published)) fail(`invalid --published: "${published}" (expected YYYY-MM-DD)`);

const root = process.cwd();
const bytes = readFileSync(file);
const problem = articleProblem(bytes);
if (problem) fail(`invalid article: ${file} ${problem}. Nothing was written to seeds/, content/ or sources.yaml.`);
const article = bytes.toString('utf8');
const seedId = basename(file)
	.replace(/\.[^.]+$/, '')
	.toLowerCase()
	.replace(/[^a-z0-9_]+/g, '_')
	.replace(/^_+|_+$/g, '');
if (!seedId) fail(`invalid article name: ${file}`);
const seedPath = join(root, 'seeds', `${seedId}.txt`);
if (existsSync(seedPath) && readFileSync(seedPath, 'utf8') !== article)
	fail(`seeds/${seedId}.txt already exists with different text; rename the article`);

const content = readContent(root);
const valid = <T>(records: { data: unknown }[], parse: (data: unknown) => T) =>
	records.flatMap((r) => {
		try {
			return [parse(r.data)];
		} catch {
			return [];
		}
	});
const actors: Actor[] = valid(content.actors, (d) => actorSchema.parse(d));
const people: Person[] = valid(content.people, (d) => personSchema.parse(d));
const draft = draftEvent({ article, seedId, published, actors, people });
const eventPath = join(root, 'content', 'events', `${draft.id}.mdx`);
if (existsSync(eventPath)) fail(`content/events/${draft.id}.mdx already exists; not overwriting it`);

if (!existsSync(seedPath)) {
	copyFileSync(file, seedPath);
	appendFileSync(join(root, SEED_MANIFEST), manifestLine(`${seedId}.txt`, bytes));
}
writeFileSync(eventPath, draft.mdx);
if (!content.sources.some((source) => source.id === seedId))
	appendFileSync(join(root, 'content', 'sources.yaml'), `${draft.sourceEntry}\n`);

const attributed = draft.quotes.filter((q) => q.speaker).length;
console.log(`Drafted content/events/${draft.id}.mdx from seeds/${seedId}.txt`);
console.log(`  dates: ${draft.dates.map((d) => `${d.value} ("${d.text}")`).join(', ') || 'none found'}`);
console.log(`  quotes: ${draft.quotes.length} (${attributed} with a known speaker)`);
console.log(`  figures: ${draft.statistics.length} (${draft.statistics.filter((s) => s.claimant).length} with a known claimant)`);
console.log('Needs a human:');
for (const item of draft.todo) console.log(`  - ${item}`);
console.log('Then run npm run check:content.');
