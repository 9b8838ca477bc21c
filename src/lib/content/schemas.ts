import { z } from 'astro/zod';
import { parseEventDate, type Precision, PRECISIONS } from '../dates/eventDate.ts';
import { ACTOR_GROUPS } from './actorGroups.ts';
import { isoDate } from '../dates/isoDay.ts';

// The only place content is described: src/content.config.ts builds the collections from these schemas, the
// content check validates raw files against them, and every type the site uses is inferred from them.

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug such as "home-office"');
const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL' });
const text = z.string().trim().min(1, 'must not be empty');

/** An event's id: the date it happened ("YYYY", "YYYY-MM" or "YYYY-MM-DD"), then a slug. */
export const EVENT_ID = /^\d{4}(?:-\d{2}){0,2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** YAML may hand an unquoted date over as a Date; a calendar date is kept as the "YYYY-MM-DD" it was written as. */
const dateString = z.union([z.string(), z.date()]).transform((value) =>
	typeof value === 'string' ? value.trim() : isoDate(value),
);

const SOURCE_KINDS = ['news-report', 'wire-copy', 'magazine-article', 'press-release-reprint', 'trade-press-report'] as const;

export const sourceSchema = z.strictObject({
	/** The seed's file name without ".txt": seeds/<id>.txt is the archived text every quote is checked against. */
	id: z.string().regex(/^[0-9a-z_]+$/, 'expected the seed file name without ".txt"'),
	/** Who published this copy of the article, e.g. "Sky News". */
	publisher: text,
	/** The headline as published. */
	title: text,
	/** The publication date, "YYYY-MM-DD". */
	published: dateString,
	/** The canonical address of the article, where it is known. */
	url: httpUrl.optional(),
	/** Other addresses that carry the identical text, where the original could not be found. */
	copies: z.array(httpUrl).default([]),
	/** The journalist, where the article names one. */
	author: text.optional(),
	/** What kind of publication this copy is. */
	kind: z.enum(SOURCE_KINDS),
	/** What is not certain about this source (publisher, headline, date), shown beside it on the site. */
	caveat: text.optional(),
	/**
	 * The actor whose own statement this is, when the source reprints that actor's press release: the
	 * publication's own words (`by: publication`) are then that actor's words.
	 */
	issuedBy: slug.optional(),
});

export const actorSchema = z.strictObject({
	/** Stable slug, used in URLs and in events' `actor` fields. */
	id: slug,
	/** The name readers see, e.g. "Home Office (UK Government)". */
	name: text,
	/** A short name for tight spaces such as timeline lanes, e.g. "NSPCC". */
	shortName: text.optional(),
	/** The kind of actor, used to group lanes and to count the balance of voices. */
	group: z.enum(ACTOR_GROUPS),
	/** One or two neutral sentences: who they are, not what they think. */
	description: text,
});

export const personSchema = z.strictObject({
	/** Stable slug, used in events' `speaker` fields. */
	id: slug,
	/** Full name as the sources give it, e.g. "Sir Peter Wanless". */
	name: text,
	/** Their role when they spoke, e.g. "Chief executive, NSPCC". */
	role: text,
	/** The actor they spoke for. */
	actor: slug,
});

export const stanceSchema = z.strictObject({
	/** Stable slug, used in events' `stance` fields. */
	id: slug,
	/** A few words, e.g. "Encrypt only with abuse detection". */
	label: text,
	/** At most 20 characters for tight spaces, such as the end of a timeline lane; defaults to the label. */
	short: text.max(20, 'a short label has at most 20 characters').optional(),
	/** One neutral sentence saying what holding this position means. */
	definition: text,
	/** Place on the scale: 1 sets no condition on encryption, each higher rank sets more before it goes ahead. */
	rank: z.int().min(1),
	/** Ids this stance had before it was renamed; content, links and filters using them keep working. */
	aliases: z.array(slug).default([]),
});

export const glossarySchema = z.strictObject({
	/** Stable slug, the anchor of the term on /glossary/. */
	id: slug,
	/** The term as a heading, e.g. "End-to-end encryption (E2EE)". */
	term: text,
	/** The forms of the term linked in event texts; matching ignores case and whole words only. */
	matches: z.array(text).min(1),
	/** A neutral definition a 15-year-old can follow. */
	definition: text,
});

const quoteObject = z.strictObject({
	/** The words exactly as the source prints them; "…" joins fragments, [brackets] mark an editor's words. */
	text,
	/** The seed the words are checked against; defaults to the position's `source`. */
	source: z.string().optional(),
	/**
	 * Whose words these are: a person's id, an actor's id, or "publication" for the source's own words
	 * (its report of a view). Defaults to the position's speaker, else the position's actor.
	 */
	by: slug.optional(),
});

/** A quote may be written as plain text when it takes the position's speaker and source. */
const quoteInput = z.union([text.transform((value) => ({ text: value, source: undefined, by: undefined })), quoteObject]);

/** Double quotation marks of any script, and a single quotation mark opening a word (not an apostrophe). */
const QUOTATION_MARK = /["\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]|(?:^|[\s([])['\u2018\u201B]/;

/** Evidence from a page that is not archived here: the fact in our own words, never the page's sentences. */
const linkedEvidenceSchema = z.strictObject({
	/** A neutral paraphrase, in the site's own words, of what the page shows the actor said or did. No quotation marks. */
	paraphrase: text.refine((value) => !QUOTATION_MARK.test(value), {
		error: (issue) =>
			`a linked paraphrase is in our own words: no quotation marks (quote only from an archived seed) (got ${JSON.stringify(issue.input)})`,
	}),
	/** Where the fact can be checked. */
	url: httpUrl,
	/** Who publishes the page. */
	publisher: text,
	/** The page's title. */
	title: text,
	/** When the page was published, "YYYY-MM-DD" (or "YYYY-MM" where only the month is known). */
	published: dateString.refine((value) => /^\d{4}-\d{2}(?:-\d{2})?$/.test(value), { message: 'expected "YYYY-MM-DD" or "YYYY-MM"' }),
	/** What is uncertain about the page or the fact (a copy rather than the original, a likely date). */
	caveat: text.optional(),
});

export const positionSchema = z
	.strictObject({
		/** The actor whose position this is. */
		actor: slug,
		/** Its stance at this event, from the stances scale. */
		stance: slug,
		/** The person who spoke for the actor; omitted when the actor spoke in its own name. */
		speaker: slug.optional(),
		/** The seed the quotes come from, unless a quote names its own. */
		source: z.string().optional(),
		/** Why this stance was assigned, where the quotes alone leave room for doubt. */
		note: text.optional(),
		/**
		 * The actor whose description of this actor is the only evidence, when no quote is the actor's own or a
		 * publication's report: the position is then shown "as described by" that actor.
		 */
		describedBy: slug.optional(),
		/** What the actor said (or was reported or described as saying), from archived seeds. */
		quotes: z.array(quoteInput).default([]),
		/** Evidence from reference pages that are not archived here, as neutral paraphrases. */
		linked: z.array(linkedEvidenceSchema).default([]),
	})
	.transform((position, ctx) => {
		if (position.quotes.length === 0 && position.linked.length === 0) {
			ctx.addIssue({ code: 'custom', path: ['quotes'], message: 'a position needs evidence: at least one quote or one `linked` reference' });
		}
		const quotes = position.quotes.map((quote, index) => {
			const source = quote.source ?? position.source;
			if (!source) ctx.addIssue({ code: 'custom', path: ['quotes', index, 'source'], message: 'no source: give the quote or its position a `source`' });
			return { text: quote.text, source: source ?? '', by: quote.by ?? position.speaker ?? position.actor };
		});
		const { source: _defaultSource, ...rest } = position;
		return { ...rest, quotes };
	});

export const claimSchema = z.strictObject({
	/** The figure exactly as the source prints it, e.g. "70%" or "21 million". */
	figure: text,
	/** What the figure measures, in neutral words. */
	claim: text,
	/** The actor that made the claim; omitted when the figure is the publication's own statement. */
	claimant: slug.optional(),
	/** The person who stated it, if named. */
	speaker: slug.optional(),
	/** The seed the figure appears in. */
	source: z.string(),
	/** What is uncertain about the figure, shown beside it. */
	caveat: text.optional(),
});

export const referenceSchema = z.strictObject({
	/** Where the fact can be checked. */
	url: httpUrl,
	/** The page's title. */
	title: text,
	/** Who publishes the page. */
	publisher: text.optional(),
	/** What the reference supports. */
	note: text.optional(),
});

const eventId = z.string().regex(EVENT_ID, 'expected an event id such as "2023-09-20-home-office-campaign-urges-meta"');

export const eventSchema = z
	.strictObject({
		/** A short neutral headline for the event. */
		title: text,
		/** A label of at most 36 characters for the timeline's axis; defaults to the title, shortened. */
		label: text.max(36, 'a timeline label has at most 36 characters').optional(),
		/** When it happened: "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when the day or month is not known. */
		date: dateString,
		/** How much of the date is known; derived from `date` when omitted, and must agree with it. */
		precision: z.enum(PRECISIONS as [Precision, ...Precision[]]).optional(),
		/** What backs the date: a source id, or the URL of one of the event's `references`. */
		dateSource: text,
		/** What is uncertain about the date, shown beside it. */
		dateCaveat: text.optional(),
		/** One or two sentences for cards and link previews. */
		summary: text,
		/** Each actor's position at this event. */
		positions: z.array(positionSchema).default([]),
		/** Statistics stated at this event, with who claimed them. */
		claims: z.array(claimSchema).default([]),
		/** Topics, as lowercase slugs. */
		tags: z.array(slug).default([]),
		/** Questions for discussing the event in class. */
		questions: z.array(text).default([]),
		/** Pages that back facts the seeds do not give. */
		references: z.array(referenceSchema).default([]),
		/** The ids of earlier events this one answers (a reply to a letter, a campaign or a statement); one id or a list. */
		inReplyTo: z
			.union([eventId, z.array(eventId)])
			.default([])
			.transform((value) => (typeof value === 'string' ? [value] : value)),
		/** Actors the event is addressed to: the event page shows each one's answer, or says none is on record. */
		addressedTo: z.array(slug).default([]),
		/** Ids this event was published under before it was renamed; each keeps working as a redirect. */
		aliases: z.array(z.string().regex(EVENT_ID, 'expected a date-prefixed slug such as "2023-07-home-secretary-letter"')).default([]),
	})
	.transform((event, ctx) => {
		const parsed = parseEventDate(event.date);
		if ('error' in parsed) {
			ctx.addIssue({ code: 'custom', path: ['date'], message: `invalid date: ${parsed.error}` });
			return z.NEVER;
		}
		if (event.precision && event.precision !== parsed.precision) {
			ctx.addIssue({
				code: 'custom',
				path: ['precision'],
				message: `precision "${event.precision}" does not match date "${event.date}", which is written to the ${parsed.precision}`,
			});
		}
		return { ...event, precision: parsed.precision };
	});

export type Source = z.output<typeof sourceSchema>;
export type Actor = z.output<typeof actorSchema>;
export type Person = z.output<typeof personSchema>;
export type Stance = z.output<typeof stanceSchema>;
export type Position = z.output<typeof positionSchema>;
export type Quote = Position['quotes'][number];
export type Claim = z.output<typeof claimSchema>;
export type Reference = z.output<typeof referenceSchema>;
export type LinkedEvidence = z.output<typeof linkedEvidenceSchema>;
export type EventData = z.output<typeof eventSchema>;
