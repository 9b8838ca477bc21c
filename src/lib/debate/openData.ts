import type { Debate, QuoteBy } from './buildDebate.ts';
import { SITE_NAME } from '../site/paths.ts';

/** The terms of the site's own text and data; quotations stay their authors'. */
export const DATA_LICENSE = {
	name: 'CC BY 4.0',
	url: 'https://creativecommons.org/licenses/by/4.0/',
	note: "The site's own text and data are under CC BY 4.0. Quotations remain their authors' and publishers', reproduced for criticism and review.",
} as const;

/**
 * The machine-readable form of the whole debate, served at /data/events.json. Field names are a public
 * contract (documented in the README and on /about/data/): add fields, never rename or remove them.
 */
export function buildOpenData(debate: Debate, site: { base: string; origin?: string }) {
	const url = (path: string) => `${site.base.replace(/\/$/, '')}${path}`;
	return {
		title: SITE_NAME,
		description: 'Dated events, positions and verbatim quotes from the UK debate on end-to-end encryption and child safety, 2020–2023.',
		license: DATA_LICENSE,
		events: debate.events.map((event) => ({
			id: event.id,
			title: event.title,
			date: event.date.value,
			precision: event.date.precision,
			dateCaveat: event.dateCaveat ?? null,
			url: url(event.path),
			summary: event.summary,
			positions: event.positions.map((position) => ({
				actor: position.actor.id,
				stance: position.stance.id,
				speaker: position.speaker?.id ?? null,
				note: position.note ?? null,
				/** The evidence grade: "own-words", "reported", "linked" or "described". */
				basis: position.basis,
				/** For a "described" position, the actor whose description it is. */
				describedBy: position.describedBy?.id ?? null,
				quotes: position.quotes.map((quote) => ({
					text: quote.text,
					source: quote.source.id,
					speaker: quote.speaker?.id ?? null,
					reported: quote.reported,
					by: quoteBy(quote.by),
				})),
				linked: position.linked.map(({ paraphrase, url, publisher, title, published, caveat }) => ({
					paraphrase,
					url,
					publisher,
					title,
					published,
					caveat: caveat ?? null,
				})),
			})),
			claims: event.claims.map((claim) => ({
				figure: claim.figure,
				claim: claim.claim,
				claimant: claim.claimant?.id ?? null,
				speaker: claim.speaker?.id ?? null,
				source: claim.source.id,
				caveat: claim.caveat ?? null,
			})),
			tags: event.tags,
			questions: event.questions,
			references: event.references,
			sources: event.sources.map((source) => source.id),
			inReplyTo: event.inReplyTo.map((reply) => reply.id),
			addressedTo: event.addressedTo.map(({ actor, answers }) => ({ actor: actor.id, answers: answers.map((answer) => answer.id) })),
		})),
		actors: debate.actors.map(({ id, name, shortName, group, description }) => ({
			id,
			name,
			shortName: shortName ?? name,
			group,
			description,
		})),
		people: debate.people.map(({ id, name, role, actor }) => ({ id, name, role, actor })),
		stances: debate.stances.map(({ id, label, definition, rank, aliases }) => ({ id, label, definition, rank, aliases })),
		sources: debate.sources.map((source) => ({
			id: source.id,
			publisher: source.publisher,
			title: source.title,
			published: source.published,
			url: source.url ?? null,
			copies: source.copies,
			author: source.author ?? null,
			kind: source.kind,
			caveat: source.caveat ?? null,
			issuedBy: source.issuedBy ?? null,
		})),
	};
}

/** Whose words a quote is, as ids: a person, an actor, or the publication (with the actor that issued it, if any). */
function quoteBy(by: QuoteBy) {
	if (by.kind === 'person') return { type: 'person' as const, id: by.person.id, name: by.person.name, actor: by.actor.id };
	if (by.kind === 'actor') return { type: 'actor' as const, id: by.actor.id, name: by.actor.name, actor: by.actor.id };
	return { type: 'publication' as const, id: by.source.id, name: by.source.publisher, actor: by.actor?.id ?? null };
}

export type OpenData = ReturnType<typeof buildOpenData>;
