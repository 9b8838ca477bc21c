import type { z } from 'astro/zod';
import { gradePosition, resolveVoice, type Voice, type VoiceLookup } from '../debate/evidence.ts';
import { figureInSource, quoteInSource } from '../provenance/quoteInSource.ts';
import type { RawContent, RawRecord } from './readContent.ts';
import { manifestProblems } from '../provenance/seedManifest.ts';
import {
	actorSchema,
	claimSchema,
	EVENT_ID,
	eventSchema,
	glossarySchema,
	positionSchema,
	referenceSchema,
	personSchema,
	sourceSchema,
	stanceSchema,
	type Actor,
	type Claim,
	type EventData,
	type Position,
	type Person,
	type Source,
	type Stance,
} from './schemas.ts';

/** One thing wrong with the content, in words that tell its author where and what. */
export interface ContentProblem {
	/** The file, relative to the project root. */
	file: string;
	/** The line in that file, where it is known. */
	line?: number;
	/** The field, e.g. "positions[0].quotes[1].text"; empty for a problem with the whole file. */
	field: string;
	message: string;
}

interface Checked<T> {
	record: RawRecord;
	data: T;
}

/**
 * Validates all content at once: every record against its schema, then every cross-reference (actors,
 * stances, people, sources), every id's uniqueness, and every quote and figure against the seed it cites.
 * Returns every problem found; an empty list means the content can be built.
 */
export function checkContent(content: RawContent): ContentProblem[] {
	const problems: ContentProblem[] = content.problems.map((problem) => ({ ...problem, field: '' }));
	const report = (record: RawRecord, path: readonly (string | number)[], message: string) =>
		problems.push({ file: record.file, line: record.locate(path), field: fieldName(record, path), message });

	const sources = validate(content.sources, sourceSchema, report);
	const actors = validate(content.actors, actorSchema, report);
	const people = validate(content.people, personSchema, report);
	const stances = validate(content.stances, stanceSchema, report);
	const glossary = validate(content.glossary, glossarySchema, report);
	reportDuplicates(glossary, (item) => item.data.id, ['id'], 'glossary id', report);
	const events = validate(content.events, eventSchema, report);
	const validEvents = new Set(events.map(({ record }) => record));

	reportDuplicates(sources, (item) => item.data.id, ['id'], 'source id', report);
	reportDuplicates(actors, (item) => item.data.id, ['id'], 'actor id', report);
	reportDuplicates(people, (item) => item.data.id, ['id'], 'person id', report);
	reportDuplicates(stances, (item) => item.data.id, ['id'], 'stance id', report);
	reportDuplicates(content.events.map((record) => ({ record, data: record.id })), (item) => item.data, [], 'event id', report);
	const eventIds = new Map(content.events.map((record) => [record.id, record]));
	for (const { record, data } of events) {
		data.aliases.forEach((alias, a) => {
			const owner = eventIds.get(alias);
			if (owner) report(record, ['aliases', a], `alias "${alias}" is the id of ${owner === record ? 'this event' : owner.file}`);
			else eventIds.set(alias, record);
		});
	}
	reportDuplicates(stances, (item) => item.data.rank, ['rank'], 'stance rank', report);

	// An entry that failed its own schema still counts as known, so one typo is not reported once per use.
	const byId = <T extends { id: string }>(raw: RawRecord[], valid: Checked<T>[], lenient: boolean) =>
		new KnownIds<T>([...raw.map((r) => [r.id, undefined] as const), ...valid.map(({ data }) => [data.id, data] as const)], lenient);
	// A list file that could not be read at all would make every reference to it look unknown: trust them instead.
	const unreadable = new Set(content.problems.map((problem) => problem.file));
	const lenient = (name: string) => unreadable.has(`content/${name}.yaml`);
	const known: Known = {
		sources: byId(content.sources, sources, lenient('sources')),
		actors: byId(content.actors, actors, lenient('actors')),
		people: byId(content.people, people, lenient('people')),
		stances: byId(content.stances, stances, lenient('stances')),
	};
	// A renamed stance's old id still names it.
	for (const { data } of stances) for (const alias of data.aliases) known.stances.set(alias, data);
	reportDuplicates(
		stances.flatMap(({ record, data }) => data.aliases.map((alias) => ({ record, data: alias }))),
		(item) => item.data,
		['aliases'],
		'stance alias',
		report,
	);
	for (const { record, data } of stances) {
		data.aliases.forEach((alias, a) => {
			if (stances.some((other) => other.data.id === alias)) report(record, ['aliases', a], `alias "${alias}" is the id of a stance`);
		});
	}
	for (const { record, data } of people) {
		if (known.actors.has(data.id) && !known.actors.lenient) report(record, ['id'], `"${data.id}" is also an actor's id: a quote's \`by\` could not tell them apart`);
	}

	for (const { record, data } of sources) {
		if (data.issuedBy && !known.actors.has(data.issuedBy)) report(record, ['issuedBy'], unknown('actor', data.issuedBy, known.actors));
		if (!content.seeds.has(data.id)) report(record, ['id'], `no seed file seeds/${data.id}.txt for source "${data.id}"`);
	}
	for (const problem of manifestProblems(content.seedManifest, content.seedDigests)) problems.push({ ...problem, field: '' });
	for (const seed of content.seeds.keys()) {
		if (!known.sources.has(seed)) {
			problems.push({ file: `seeds/${seed}.txt`, field: '', message: `seed has no entry in content/sources.yaml` });
		}
	}
	for (const { record, data } of people) {
		if (!known.actors.has(data.actor)) report(record, ['actor'], unknown('actor', data.actor, known.actors));
	}
	for (const { record, data } of events) {
		data.inReplyTo.forEach((id, r) => {
			if (id === record.id) report(record, ['inReplyTo', r], 'an event cannot reply to itself');
			else if (!content.events.some((other) => other.id === id)) report(record, ['inReplyTo', r], `unknown event "${id}"`);
		});
		data.addressedTo.forEach((id, a) => {
			if (!known.actors.has(id)) report(record, ['addressedTo', a], unknown('actor', id, known.actors));
		});
	}
	for (const event of events) checkEvent(event.record, partsOf(event.data), known, content.seeds, report);
	// An event that failed its schema still has its well-formed positions and claims checked, so one typo
	// does not hide a misquote elsewhere in the same file.
	for (const record of content.events.filter((r) => !validEvents.has(r))) {
		checkEvent(record, salvageParts(record.data), known, content.seeds, report);
	}
	return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

type Report = (record: RawRecord, path: readonly (string | number)[], message: string) => void;

/** Every id a collection defines, with its data where the entry passed its schema. */
class KnownIds<T> extends Map<string, T | undefined> {
	/** The collection's file could not be read, so no id can be called unknown. */
	readonly lenient: boolean;

	constructor(entries: Iterable<readonly [string, T | undefined]>, lenient: boolean) {
		super(entries);
		this.lenient = lenient;
	}

	override has(id: string): boolean {
		return this.lenient || super.has(id);
	}
}

interface Known {
	sources: KnownIds<Source>;
	actors: KnownIds<Actor>;
	people: KnownIds<Person>;
	stances: KnownIds<Stance>;
}

/** The parts of an event the cross-checks read, each with its index in the file. */
interface EventParts {
	dateSource?: string;
	referenceUrls: Set<string>;
	positions: [number, Position][];
	claims: [number, Claim][];
}

function partsOf(data: EventData): EventParts {
	return {
		dateSource: data.dateSource,
		referenceUrls: new Set(data.references.map((reference) => reference.url)),
		positions: data.positions.map((position, index) => [index, position]),
		claims: data.claims.map((claim, index) => [index, claim]),
	};
}

function salvageParts(raw: unknown): EventParts {
	const data = (raw ?? {}) as Record<string, unknown>;
	const valid = <T>(list: unknown, schema: z.ZodType<T>) =>
		(Array.isArray(list) ? list : []).flatMap((item, index): [number, T][] => {
			const result = schema.safeParse(item);
			return result.success ? [[index, result.data]] : [];
		});
	const references = valid(data.references, referenceSchema).map(([, reference]) => reference.url);
	return {
		dateSource: typeof data.dateSource === 'string' ? data.dateSource : undefined,
		referenceUrls: new Set(references),
		positions: valid(data.positions, positionSchema),
		claims: valid(data.claims, claimSchema),
	};
}

function checkEvent(record: RawRecord, data: EventParts, known: Known, seeds: Map<string, string>, report: Report) {
	if (!EVENT_ID.test(record.id)) {
		report(record, [], `file name "${record.id}.mdx" must be a date-prefixed slug such as "2023-07-home-secretary-letter.mdx"`);
	}
	if (data.dateSource && !known.sources.has(data.dateSource) && !data.referenceUrls.has(data.dateSource)) {
		report(record, ['dateSource'], `"${data.dateSource}" is neither a source id nor the url of one of this event's references`);
	}
	const seen = new Set<string>();
	for (const [p, position] of data.positions) {
		const at = ['positions', p];
		if (seen.has(position.actor)) report(record, [...at, 'actor'], `actor "${position.actor}" has two positions in one event`);
		seen.add(position.actor);
		if (!known.actors.has(position.actor)) report(record, [...at, 'actor'], unknown('actor', position.actor, known.actors));
		if (!known.stances.has(position.stance)) report(record, [...at, 'stance'], unknown('stance', position.stance, known.stances));
		// A speaker who speaks for someone else is reported once here, not again for every quote defaulting to them.
		const speakerOk = !position.speaker || !known.actors.has(position.actor) || checkSpeaker(record, [...at, 'speaker'], position.speaker, position.actor, known, report);
		if (position.describedBy && !known.actors.has(position.describedBy)) {
			report(record, [...at, 'describedBy'], unknown('actor', position.describedBy, known.actors));
		}
		const voices: Voice[] = [];
		const lookup = voiceLookup(known);
		position.quotes.forEach((quote, q) => {
			const quoteAt = [...at, 'quotes', q];
			const voice = resolveVoice(quote.by, quote.source, lookup);
			if (voice) voices.push(voice);
			else if (quote.by !== position.speaker || speakerOk) report(record, [...quoteAt, 'by'], `${unknown('person or actor', quote.by, new Map<string, unknown>([...known.people, ...known.actors]))} (or "publication" for the source's own words)`);
			if (!quote.source) return;
			const seed = seedFor(record, [...quoteAt, 'source'], quote.source, known, seeds, report);
			if (seed === undefined) return;
			const result = quoteInSource(quote.text, seed);
			if (!result.ok) {
				const saw = result.sourceSays ? `; the source has "${result.sourceSays}"` : '';
				report(record, [...quoteAt, 'text'], `quote is not verbatim in seed ${quote.source}: "${result.missing}" not found${saw}`);
			}
		});
		// Grade only what could be resolved: an unknown actor or `by` (or a person whose entry is broken) is
		// reported elsewhere, not again as a grading problem.
		const resolved = voices.length === position.quotes.length && [position.actor, ...voices.map((v) => v.actor)].every((a) => a === undefined || (a !== '' && known.actors.has(a)));
		if (speakerOk && resolved && !known.actors.lenient && !known.people.lenient) {
			const graded = gradePosition({ actor: position.actor, describedBy: position.describedBy, voices, linked: position.linked.length });
			if ('problems' in graded) for (const problem of graded.problems) report(record, [...at, ...problem.path], problem.message);
		}
	}
	for (const [c, claim] of data.claims) {
		const at = ['claims', c];
		if (claim.claimant && !known.actors.has(claim.claimant)) report(record, [...at, 'claimant'], unknown('actor', claim.claimant, known.actors));
		if (claim.speaker && !known.people.has(claim.speaker)) report(record, [...at, 'speaker'], unknown('person', claim.speaker, known.people));
		const seed = seedFor(record, [...at, 'source'], claim.source, known, seeds, report);
		if (seed !== undefined && !figureInSource(claim.figure, seed)) {
			report(record, [...at, 'figure'], `figure "${claim.figure}" does not appear in seed ${claim.source}`);
		}
	}
}

/** How quotes' `by` ids resolve against the content being checked. */
function voiceLookup(known: Known): VoiceLookup {
	return {
		personActor: (id) => (known.people.has(id) ? (known.people.get(id)?.actor ?? '') : undefined),
		isActor: (id) => known.actors.has(id),
		sourceIssuer: (id) => known.sources.get(id)?.issuedBy,
	};
}

/** Whether a position's speaker speaks for its actor; reports it when not. */
function checkSpeaker(record: RawRecord, at: (string | number)[], speaker: string, actor: string, known: Known, report: Report): boolean {
	if (!known.people.has(speaker)) {
		report(record, at, unknown('person', speaker, known.people));
		return false;
	}
	const person = known.people.get(speaker);
	if (person && person.actor !== actor && known.actors.has(person.actor)) {
		report(record, at, `${person.name} speaks for "${person.actor}", not for "${actor}"`);
		return false;
	}
	return true;
}

function seedFor(record: RawRecord, at: (string | number)[], id: string, known: Known, seeds: Map<string, string>, report: Report) {
	if (!known.sources.has(id)) {
		report(record, at, unknown('source', id, known.sources));
		return undefined;
	}
	return seeds.get(id);
}

function validate<T>(records: RawRecord[], schema: z.ZodType<T>, report: Report): Checked<T>[] {
	return records.flatMap((record) => {
		const result = schema.safeParse(record.data);
		if (result.success) return [{ record, data: result.data }];
		for (const issue of result.error.issues) {
			const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
			for (const key of keys) {
				const path = key === undefined ? issue.path : [...issue.path, key];
				const message = key === undefined ? issue.message : `unknown field "${key}" (check its spelling)`;
				report(record, path as (string | number)[], `${message}${describeValue(record.data, path as (string | number)[], issue.code)}`);
			}
		}
		return [];
	});
}

function reportDuplicates<T, K>(list: Checked<T>[], key: (item: Checked<T>) => K, path: string[], what: string, report: Report) {
	const first = new Map<K, Checked<T>>();
	for (const item of list) {
		const value = key(item);
		const earlier = first.get(value);
		if (earlier) report(item.record, path, `duplicate ${what} "${String(value)}" (also in ${earlier.record.file})`);
		else first.set(value, item);
	}
}

function unknown(kind: string, id: string, known: Map<string, unknown>): string {
	const near = [...known.keys()].filter((candidate) => candidate.includes(id) || id.includes(candidate)).slice(0, 3);
	const hint = near.length > 0 ? `; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '';
	return `unknown ${kind} "${id}"${hint}`;
}

function describeValue(data: unknown, path: (string | number)[], code: string): string {
	if (code === 'unrecognized_keys' || code === 'custom') return '';
	const value = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], data);
	if (value === undefined || typeof value === 'object') return '';
	return ` (got ${JSON.stringify(value)})`;
}

function fieldName(record: RawRecord, path: readonly (string | number)[]): string {
	const inner = path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('');
	const prefix = record.index === undefined ? '' : `[${record.index}]`;
	return `${prefix}${inner}`.replace(/^\./, '');
}

/** Formats problems for a terminal: one line each, "file:line field: message", under a count. */
export function formatProblems(problems: ContentProblem[]): string {
	const lines = problems.map(({ file, line, field, message }) => {
		const where = line === undefined ? file : `${file}:${line}`;
		return `  ${where}${field ? ` ${field}` : ''}: ${message}`;
	});
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	return `Content check found ${count}:\n${lines.join('\n')}`;
}
