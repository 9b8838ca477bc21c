import { Document, isScalar, Scalar, visit } from 'yaml';
import type { Actor, Person } from '../content/schemas.ts';
import { shorten } from '../debate/buildDebate.ts';
import { quoteInSource } from '../provenance/quoteInSource.ts';
import { findDates, type DateCandidate } from './findDates.ts';
import { findQuotes, matchSpeaker, type FoundQuote, type KnownSpeaker } from './findQuotes.ts';
import { findStatistics, type FoundStatistic } from './findStatistics.ts';

export interface DraftInput {
	/** The article's text, exactly as it will be archived in seeds/. */
	article: string;
	/** The seed's id (its file name without ".txt"). */
	seedId: string;
	/** The publication date, "YYYY-MM-DD", to resolve "on Tuesday" and to date the event when the text gives no date. */
	published?: string;
	actors: Actor[];
	people: Person[];
}

export interface Draft {
	/** The event's id and file name, "<date>-<slug>". */
	id: string;
	date?: string;
	dates: DateCandidate[];
	quotes: FoundQuote[];
	statistics: (FoundStatistic & { claimant?: string })[];
	/** The event file, ready to review. */
	mdx: string;
	/** An entry for content/sources.yaml. */
	sourceEntry: string;
	/** What needs a human, line by line. */
	todo: string[];
}

/** The names a draft looks for: people by full name, surname and title; actors by name and short name. */
function knownSpeakers(actors: Actor[], people: Person[]): KnownSpeaker[] {
	const personNames = (person: Person) => {
		const parts = person.name.replace(/ (?:OBE|CBE|MBE|KC)$/, '').split(' ');
		const surname = parts.at(-1)!;
		const titled = ['Mr', 'Mrs', 'Ms', 'Dr'].map((title) => `${title} ${surname}`);
		const sir = parts[0] === 'Sir' || parts[0] === 'Dame' ? [`${parts[0]} ${parts[1]}`] : [];
		return [person.name, parts.join(' '), ...titled, ...sir, ...(parts.length > 1 && parts[0] !== 'A' ? [surname] : [])];
	};
	return [
		...people.map((person) => ({ personId: person.id, actorId: person.actor, names: personNames(person) })),
		...actors.map((actor) => ({
			actorId: actor.id,
			names: [actor.name, ...(actor.shortName ? [actor.shortName] : []), actor.name.replace(/ \(.*\)$/, '')],
		})),
	];
}

const TODO_STANCE = 'TODO-choose-a-stance';

/** A string the draft prints in double quotes (a Scalar node: the Document keeps its style). */
function quoted(text: string): Scalar<string> {
	const node = new Scalar(text);
	node.type = Scalar.QUOTE_DOUBLE;
	return node;
}

/** YAML comment text: each line after its "#", one space in, as people write them. */
const comment = (lines: string[]) => lines.map((line) => ` ${line}`).join('\n');

/**
 * Drafts an event from an article: candidate dates, every quoted passage with its likely speaker, every
 * statistic with its sentence. Quotes whose speaker is a known person or actor become positions, with the
 * stance left as a TODO (the build refuses it until an editor chooses one); the others, and figures with no
 * known claimant, are listed in comments for the editor. Every quote and figure is copied verbatim from the
 * article, so the draft passes the provenance check as written.
 */
export function draftEvent({ article, seedId, published, actors, people }: DraftInput): Draft {
	const speakers = knownSpeakers(actors, people);
	const dates = findDates(article, published);
	const explicitDay = dates.find((d) => d.kind === 'explicit' && d.value.length === 10);
	const date = explicitDay?.value ?? published ?? dates[0]?.value;
	const headline =
		article
			.split('\n')
			.map((line) => line.trim())
			.find((line) => line.length > 0) ?? 'Untitled';
	const slug =
		headline
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.split('-')
			.slice(0, 7)
			.join('-') || 'event';
	const id = `${date ?? 'undated'}-${slug}`;
	const quotes = findQuotes(article, speakers).filter((quote) => quoteInSource(quote.text, article).ok);
	const statistics = findStatistics(article).map((stat) => {
		const claimant =
			speakers.find((speaker) => !speaker.personId && speaker.names.some((name) => stat.sentence.includes(name)))?.actorId ??
			matchSpeaker(stat.sentence.match(/([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)*) (?:said|says)/)?.[1] ?? '', speakers)?.actorId;
		return { ...stat, claimant };
	});

	const byActor = new Map<string, FoundQuote[]>();
	for (const quote of quotes)
		if (quote.speaker) byActor.set(quote.speaker.actorId, [...(byActor.get(quote.speaker.actorId) ?? []), quote]);
	const unattributed = quotes.filter((quote) => !quote.speaker);
	const claims = statistics.filter((stat) => stat.claimant);
	const unclaimed = statistics.filter((stat) => !stat.claimant);
	const todo = [
		"choose each position's stance (stance: TODO-choose-a-stance)",
		'check the title, label, summary and date; write the body',
		...(explicitDay ? [] : [`confirm the date: no full date in the text${published ? `; using --published ${published}` : ''}`]),
		...(unattributed.length ? [`attribute ${unattributed.length} quote(s) with no known speaker (listed in comments)`] : []),
		...(unclaimed.length ? [`find the claimant of ${unclaimed.length} figure(s) (listed in comments)`] : []),
		'complete the source entry in content/sources.yaml (publisher, title, url)',
	];

	// The frontmatter as a YAML document: the library writes and escapes every value; the draft's notes to the
	// editor are its comments. Text copied from the article stays double-quoted, as editors are used to seeing it.
	const doc = new Document(
		{
			title: quoted(shorten(headline, 120)),
			label: quoted(shorten(headline, 36)),
			date: quoted(date ?? 'TODO'),
			dateSource: seedId,
			summary: quoted(`TODO: one or two neutral sentences. ${shorten(headline, 80)}`),
			...(byActor.size > 0 && {
				positions: [...byActor].map(([actorId, actorQuotes]) => ({
					actor: actorId,
					stance: TODO_STANCE,
					source: seedId,
					quotes: actorQuotes.map((quote) => ({
						text: quoted(quote.text),
						...(quote.speaker?.personId && { by: quote.speaker.personId }),
					})),
				})),
			}),
			...(claims.length > 0 && {
				claims: claims.map((c) => ({
					figure: quoted(c.figure),
					claim: quoted(`TODO: what it measures. From: ${shorten(c.sentence, 140)}`),
					claimant: c.claimant,
					source: seedId,
				})),
			}),
			tags: ['draft'],
		},
		{ schema: 'core' },
	);
	doc.commentBefore = comment([
		`DRAFT from seeds/${seedId}.txt: review every line, then remove the TODO comments.`,
		'Dates found:',
		...dates.map((d) => `  ${d.value} from "${d.text}" (${d.kind})`),
	]);
	visit(doc, {
		Pair(_, pair) {
			if (isScalar(pair.key) && pair.key.value === 'stance' && isScalar(pair.value))
				pair.value.comment = ' one of the ids in content/stances.yaml';
			if (isScalar(pair.key) && pair.key.value === 'tags')
				pair.key.commentBefore =
					comment([
						...(unattributed.length
							? [
									'Quotes with no known speaker:',
									...unattributed.map((q) => `  ${q.speakerName ? `${q.speakerName}: ` : ''}"${q.text}"`),
								]
							: []),
						...(unclaimed.length
							? ['Figures with no known claimant:', ...unclaimed.map((f) => `  ${f.figure}: ${shorten(f.sentence, 140)}`)]
							: []),
					]) || undefined;
		},
	});
	const mdx = `---\n${doc.toString({ lineWidth: 0 })}---\n\nTODO: a few neutral paragraphs.\n`;
	const sourceEntry = new Document(
		[
			{
				id: seedId,
				publisher: 'TODO publisher',
				title: quoted(headline),
				published: quoted(published ?? date ?? 'TODO'),
				kind: 'news-report',
				caveat: 'Drafted automatically; publisher, title and date still to be checked.',
			},
		],
		{ schema: 'core' },
	)
		.toString({ lineWidth: 0 })
		.trimEnd();
	return { id, date, dates, quotes, statistics, mdx, sourceEntry, todo };
}
