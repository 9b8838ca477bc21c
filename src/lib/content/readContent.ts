import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { SEED_MANIFEST, sha256 } from '../provenance/seedManifest.ts';

/** Where a value sits in a content file, so a problem can name its line. */
type Locate = (path: readonly (string | number)[]) => number | undefined;

/** One record of content as written, before validation. */
export interface RawRecord {
	/** The file, relative to the project root, e.g. "content/events/2021-04-19-patel.mdx". */
	file: string;
	/** The record's id: the file name for events, the `id` field for list entries. */
	id: string;
	/** Index in a list file, so problems name "[3]"; absent for one-record files. */
	index?: number;
	data: unknown;
	locate: Locate;
}

/** A problem found while reading, before any validation: unreadable YAML, a missing frontmatter block. */
interface ReadProblem {
	file: string;
	line?: number;
	message: string;
}

export interface RawContent {
	sources: RawRecord[];
	actors: RawRecord[];
	people: RawRecord[];
	stances: RawRecord[];
	glossary: RawRecord[];
	events: RawRecord[];
	/** Seed texts by id (file name without ".txt"). */
	seeds: Map<string, string>;
	/** Each seed file's SHA-256, by file name ("<id>.txt"), read from its bytes. */
	seedDigests: Map<string, string>;
	/** The text of seeds/SHA256SUMS, or undefined when it is missing. */
	seedManifest: string | undefined;
	problems: ReadProblem[];
}

const LIST_COLLECTIONS = ['sources', 'actors', 'people', 'stances', 'glossary'] as const;

/** Reads every content file and seed under a project root as plain data, keeping line numbers. */
export function readContent(root: string): RawContent {
	const problems: ReadProblem[] = [];
	const lists = Object.fromEntries(
		LIST_COLLECTIONS.map((name) => [name, readListFile(root, join('content', `${name}.yaml`), problems)]),
	) as Record<(typeof LIST_COLLECTIONS)[number], RawRecord[]>;
	const eventsDir = join(root, 'content', 'events');
	const events = listFiles(eventsDir, '.mdx').flatMap((name) => {
		const record = readEventFile(root, join('content', 'events', name), problems);
		return record ? [record] : [];
	});
	const seeds = new Map<string, string>();
	const seedDigests = new Map<string, string>();
	for (const name of listFiles(join(root, 'seeds'), '.txt')) {
		const bytes = readFileSync(join(root, 'seeds', name));
		seeds.set(name.slice(0, -4), bytes.toString('utf8'));
		seedDigests.set(name, sha256(bytes));
	}
	const manifestPath = join(root, SEED_MANIFEST);
	const seedManifest = existsSync(manifestPath) ? readFileSync(manifestPath, 'utf8') : undefined;
	return { ...lists, events, seeds, seedDigests, seedManifest, problems };
}

function listFiles(dir: string, extension: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith(extension))
		.sort();
}

function readListFile(root: string, file: string, problems: ReadProblem[]): RawRecord[] {
	const path = join(root, file);
	if (!existsSync(path)) {
		problems.push({ file, message: 'file is missing' });
		return [];
	}
	const parsed = parseYaml(readFileSync(path, 'utf8'), file, 0, problems);
	if (!parsed) return [];
	const { doc, locate } = parsed;
	if (!isSeq(doc.contents)) {
		problems.push({ file, line: 1, message: 'expected a YAML list of entries, each with an `id`' });
		return [];
	}
	const items = doc.toJS() as unknown[];
	return items.map((data, index) => ({
		file,
		index,
		id: typeof (data as { id?: unknown })?.id === 'string' ? (data as { id: string }).id : `#${index}`,
		data,
		locate: (path) => locate([index, ...path]),
	}));
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function readEventFile(root: string, file: string, problems: ReadProblem[]): RawRecord | undefined {
	const source = readFileSync(join(root, file), 'utf8');
	const match = FRONTMATTER.exec(source);
	if (!match) {
		problems.push({ file, line: 1, message: 'expected YAML frontmatter between "---" lines at the top of the file' });
		return undefined;
	}
	const parsed = parseYaml(match[1], file, 1, problems);
	if (!parsed) return undefined;
	const data = parsed.doc.toJS() as unknown;
	if (!isMap(parsed.doc.contents)) {
		problems.push({ file, line: 2, message: 'expected the frontmatter to be a YAML mapping of fields' });
		return undefined;
	}
	const id = relative(join(root, 'content', 'events'), join(root, file)).replace(/\.mdx$/, '');
	return { file, id, data, locate: parsed.locate };
}

// The YAML 1.2 core schema keeps dates as the strings they were written as, so "2023-02-30" is reported,
// never rolled over into March.
function parseYaml(text: string, file: string, lineOffset: number, problems: ReadProblem[]) {
	const lineCounter = new LineCounter();
	const doc: Document = parseDocument(text, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length > 0) {
		for (const error of doc.errors) {
			const line = lineCounter.linePos(error.pos[0]).line + lineOffset;
			problems.push({ file, line, message: `YAML: ${error.message.split('\n')[0]}` });
		}
		return undefined;
	}
	const locate: Locate = (path) => {
		for (let depth = path.length; depth >= 0; depth--) {
			const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
			if (node?.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
		}
		return undefined;
	};
	return { doc, locate };
}
