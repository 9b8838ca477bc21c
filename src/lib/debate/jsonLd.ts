import type { EventView } from './buildDebate.ts';

/**
 * schema.org data for an event's page: the page, about an Event at its date, citing every source it rests on
 * and every further reference.
 * A date known only to the month or year is given as "YYYY-MM" or "YYYY", as ISO 8601 allows.
 */
export function eventJsonLd(event: EventView, url: string): Record<string, unknown> {
	return {
		'@type': 'WebPage',
		url,
		name: event.title,
		description: event.summary,
		inLanguage: 'en-GB',
		about: {
			'@type': 'Event',
			name: event.title,
			description: event.summary,
			startDate: event.date.value,
			location: { '@type': 'Country', name: 'United Kingdom' },
		},
		mentions: event.positions.map((position) => ({ '@type': 'Organization', name: position.actor.name })),
		citation: [
			...event.sources.map((source) => ({
				'@type': 'CreativeWork',
				headline: source.title,
				publisher: { '@type': 'Organization', name: source.publisher },
				datePublished: source.published,
				...(source.author ? { author: { '@type': 'Person', name: source.author } } : {}),
				...((source.url ?? source.copies[0]) ? { url: source.url ?? source.copies[0] } : {}),
			})),
			...event.references.map((reference) => ({
				'@type': 'WebPage',
				name: reference.title,
				url: reference.url,
				...(reference.publisher ? { publisher: { '@type': 'Organization', name: reference.publisher } } : {}),
			})),
		],
	};
}
