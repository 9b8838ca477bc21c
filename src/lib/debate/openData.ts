import type { Debate } from './buildDebate.ts';

/**
 * The machine-readable form of the whole debate, served at /data/events.json. Field names are a public
 * contract (documented in the README and on /about/data/): add fields, never rename or remove them.
 */
export function buildOpenData(debate: Debate, site: { base: string; origin?: string }) {
	const url = (path: string) => `${site.base.replace(/\/$/, '')}${path}`;
	return {
		title: 'The E2EE Debate Timeline',
		description:
			'Dated events, positions and verbatim quotes from the UK debate on end-to-end encryption and child safety, 2020–2023.',
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
				quotes: position.quotes.map((quote) => ({
					text: quote.text,
					source: quote.source.id,
					speaker: quote.speaker?.id ?? null,
					reported: quote.reported,
				})),
			})),
			claims: event.claims.map((claim) => ({
				figure: claim.figure,
				claim: claim.claim,
				claimant: claim.claimant.id,
				speaker: claim.speaker?.id ?? null,
				source: claim.source.id,
				caveat: claim.caveat ?? null,
			})),
			tags: event.tags,
			questions: event.questions,
			references: event.references,
			sources: event.sources.map((source) => source.id),
		})),
		actors: debate.actors.map(({ id, name, shortName, group, description }) => ({
			id,
			name,
			shortName: shortName ?? name,
			group,
			description,
		})),
		people: debate.people.map(({ id, name, role, actor }) => ({ id, name, role, actor })),
		stances: debate.stances.map(({ id, label, definition, rank }) => ({ id, label, definition, rank })),
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
		})),
	};
}

export type OpenData = ReturnType<typeof buildOpenData>;
