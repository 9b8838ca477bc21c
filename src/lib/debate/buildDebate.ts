import { compareEventDates, formatEventDate, parseEventDate, type EventDate } from '../dates/eventDate.ts';
import type { Actor, Claim, EventData, LinkedEvidence, Person, Position, Quote, Reference, Source, Stance } from '../content/schemas.ts';
import { gradePosition, resolveVoice, type Basis, type Voice } from './evidence.ts';
import { routes } from '../site/routes.ts';

/** An event as pages print it: references resolved, date parsed and formatted, sources gathered. */
export interface EventView {
	id: string;
	title: string;
	/** A short label for the timeline's axis. */
	label: string;
	date: EventDate;
	/** The date at its precision, "19 April 2021" or "July 2023". */
	dateLabel: string;
	dateCaveat?: string;
	summary: string;
	/** The event page's path from the site root, e.g. "/events/2021-04-19-patel-nspcc-roundtable/". */
	path: string;
	positions: PositionView[];
	claims: ClaimView[];
	tags: string[];
	questions: string[];
	references: Reference[];
	/** Every source the event's quotes, claims or date rest on, in first-cited order. */
	sources: Source[];
	/** Former ids, each redirected to this event's page. */
	aliases: string[];
	/** Earlier events this one answers. */
	inReplyTo: EventLink[];
	/** The actors this event is addressed to, each with where it answered: this event or a later reply (none on record when empty). */
	addressedTo: { actor: Actor; answers: EventLink[] }[];
}

/** Enough of an event to link to it. */
interface EventLink {
	id: string;
	title: string;
	dateLabel: string;
	path: string;
}

export interface PositionView {
	actor: Actor;
	stance: Stance;
	speaker?: Person;
	note?: string;
	/** How strong the evidence for this position is, computed from whose words its quotes are. */
	basis: Basis;
	/** For a `described` position: the actor whose description it is. */
	describedBy?: Actor;
	quotes: QuoteView[];
	/** Evidence from pages that are not archived here, as paraphrases. */
	linked: LinkedEvidence[];
}

/** Whose words a quote is, with the entries it names: a person (and the actor they speak for), an actor, or the publication. */
export type QuoteBy =
	| { kind: 'person'; person: Person; actor: Actor }
	| { kind: 'actor'; actor: Actor }
	/** The source's own words; `actor` when the source is that actor's own release. */
	| { kind: 'publication'; source: Source; actor?: Actor };

export interface QuoteView {
	/** The id of the quote's anchor on its source page: "q-<event id>-<n>", n counting the event's quotes from 1. */
	anchor: string;
	text: string;
	source: Source;
	/** The person who said it, when `by` is a person. */
	speaker?: Person;
	/** True when the words are a publication's own report, not a speaker's or an actor's. */
	reported: boolean;
	by: QuoteBy;
}

export interface ClaimView extends Omit<Claim, 'claimant' | 'speaker' | 'source'> {
	/** Undefined when the figure is the publication's own statement. */
	claimant?: Actor;
	speaker?: Person;
	source: Source;
}

/** The whole debate, ready to print: every collection, with events in date order. */
export interface Debate {
	events: EventView[];
	actors: Actor[];
	people: Person[];
	/** Ordered by rank, from the stance that sets no condition on encryption. */
	stances: Stance[];
	sources: Source[];
}

export interface DebateInput {
	events: { id: string; data: EventData }[];
	actors: Actor[];
	people: Person[];
	stances: Stance[];
	sources: Source[];
}

/**
 * Resolves every id in the events to the entry it names and sorts events by date. The content check has
 * already proved every reference exists, so a missing one here is a bug and throws.
 */
export function buildDebate(input: DebateInput): Debate {
	const lookup = <T extends { id: string }>(kind: string, list: T[]) => {
		const byId = new Map(list.map((item) => [item.id, item]));
		return (id: string): T => {
			const found = byId.get(id);
			if (!found) throw new Error(`invalid ${kind}: ${id}`);
			return found;
		};
	};
	const actor = lookup('actor', input.actors);
	const person = lookup('person', input.people);
	// A stance may be named by an id it had before it was renamed; it resolves to the stance as it is now.
	const stanceIds = new Map(
		input.stances.flatMap((entry) => [[entry.id, entry] as const, ...entry.aliases.map((alias) => [alias, entry] as const)]),
	);
	const stance = (id: string): Stance => {
		const found = stanceIds.get(id);
		if (!found) throw new Error(`invalid stance: ${id}`);
		return found;
	};
	const source = lookup('source', input.sources);
	const maybePerson = (id: string | undefined) => (id ? person(id) : undefined);

	const personActors = new Map(input.people.map((entry) => [entry.id, entry.actor]));
	const actorIds = new Set(input.actors.map((entry) => entry.id));
	const issuers = new Map(input.sources.map((entry) => [entry.id, entry.issuedBy]));
	const voiceLookup = {
		personActor: (id: string) => personActors.get(id),
		isActor: (id: string) => actorIds.has(id),
		sourceIssuer: (id: string) => issuers.get(id),
	};
	const voiceOf = (quote: Quote): Voice => {
		const voice = resolveVoice(quote.by, quote.source, voiceLookup);
		if (!voice) throw new Error(`invalid quote by: ${quote.by}`);
		return voice;
	};
	const quoteBy = (voice: Voice): QuoteBy => {
		if (voice.kind === 'person') return { kind: 'person', person: person(voice.id), actor: actor(voice.actor) };
		if (voice.kind === 'actor') return { kind: 'actor', actor: actor(voice.id) };
		return { kind: 'publication', source: source(voice.id), actor: voice.actor ? actor(voice.actor) : undefined };
	};
	const quoteView = (quote: Quote, voice: Voice, anchor: string): QuoteView => {
		const by = quoteBy(voice);
		return {
			anchor,
			text: quote.text,
			source: source(quote.source),
			speaker: by.kind === 'person' ? by.person : undefined,
			reported: by.kind === 'publication' && !by.actor,
			by,
		};
	};
	const positionView =
		(eventId: string, counter: { n: number }) =>
		(position: Position): PositionView => {
			const voices = position.quotes.map(voiceOf);
			const graded = gradePosition({
				actor: position.actor,
				describedBy: position.describedBy,
				voices,
				linked: position.linked.length,
			});
			if ('problems' in graded)
				throw new Error(`invalid evidence for ${position.actor} in ${eventId}: ${graded.problems[0].message}`);
			return {
				actor: actor(position.actor),
				stance: stance(position.stance),
				speaker: maybePerson(position.speaker),
				note: position.note,
				basis: graded.basis,
				describedBy: position.describedBy ? actor(position.describedBy) : undefined,
				quotes: position.quotes.map((quote, i) => quoteView(quote, voices[i], `q-${eventId}-${++counter.n}`)),
				linked: position.linked,
			};
		};
	const claimView = (claim: Claim): ClaimView => ({
		...claim,
		claimant: claim.claimant ? actor(claim.claimant) : undefined,
		speaker: maybePerson(claim.speaker),
		source: source(claim.source),
	});

	const events = input.events.map(({ id, data }): EventView => {
		const date = parseEventDate(data.date);
		if ('error' in date) throw new Error(`invalid date: ${data.date}`);
		const positions = data.positions.map(positionView(id, { n: 0 }));
		const claims = data.claims.map(claimView);
		const cited = [
			...(input.sources.some((s) => s.id === data.dateSource) ? [source(data.dateSource)] : []),
			...positions.flatMap((p) => p.quotes.map((q) => q.source)),
			...claims.map((c) => c.source),
		];
		return {
			id,
			title: data.title,
			label: data.label ?? shorten(data.title, 36),
			date,
			dateLabel: formatEventDate(date),
			dateCaveat: data.dateCaveat,
			summary: data.summary,
			path: routes.event(id),
			positions,
			claims,
			tags: data.tags,
			questions: data.questions,
			references: data.references,
			sources: [...new Set(cited)],
			aliases: data.aliases,
			inReplyTo: [],
			addressedTo: [],
		};
	});
	events.sort((a, b) => compareEventDates(a.date, b.date) || a.id.localeCompare(b.id));
	linkReplies(events, new Map(input.events.map(({ id, data }) => [id, data])), actor);
	return {
		events,
		actors: input.actors,
		people: input.people,
		stances: [...input.stances].sort((a, b) => a.rank - b.rank),
		sources: input.sources,
	};
}

/**
 * Fills each event's `inReplyTo` and `addressedTo`: an addressed actor has answered where it holds a position in
 * the event itself or in an event that replies to it.
 */
function linkReplies(events: EventView[], data: Map<string, EventData>, actor: (id: string) => Actor) {
	const byId = new Map(events.map((event) => [event.id, event]));
	const link = ({ id, title, dateLabel, path }: EventView): EventLink => ({ id, title, dateLabel, path });
	const replies = new Map<string, EventView[]>();
	for (const event of events) {
		for (const id of data.get(event.id)?.inReplyTo ?? []) {
			const original = byId.get(id);
			if (!original) throw new Error(`invalid inReplyTo: ${id}`);
			event.inReplyTo.push(link(original));
			replies.set(id, [...(replies.get(id) ?? []), event]);
		}
	}
	for (const event of events) {
		event.addressedTo = (data.get(event.id)?.addressedTo ?? []).map((id) => ({
			actor: actor(id),
			answers: [event, ...(replies.get(event.id) ?? [])].filter((e) => e.positions.some((p) => p.actor.id === id)).map(link),
		}));
	}
}

/** Cuts text at a word boundary to at most `max` characters, marking the cut with "…". */
export function shorten(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** How many quotes the debate holds, over every position of every event. */
export function countQuotes(debate: Pick<Debate, 'events'>): number {
	return debate.events.reduce((n, event) => n + event.positions.reduce((m, position) => m + position.quotes.length, 0), 0);
}
