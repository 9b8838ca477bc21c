import type { Actor } from '../content/schemas.ts';
import { endOfEventDate, startOfEventDate } from '../dates/eventDate.ts';
import type { Debate } from '../debate/buildDebate.ts';
import { basisPhrase } from '../debate/evidence.ts';
import { buildStanceChart } from '../timeline/stanceChart.ts';
import { padDomain } from '../timeline/timeAxis.ts';

/**
 * What an actor's page prints: its people, every event where it took a position, the figures it claimed, and
 * the chart of its stance over the whole debate's span. `href` adds the base path to a site path.
 */
export function buildActorPage(debate: Debate, actor: Actor, href: (path: string) => string) {
	const people = debate.people.filter((person) => person.actor === actor.id);
	const appearances = debate.events.flatMap((event) => {
		const position = event.positions.find((p) => p.actor === actor);
		return position ? [{ event, position }] : [];
	});
	const claims = debate.events.flatMap((event) =>
		event.claims.filter((claim) => claim.claimant === actor).map((claim) => ({ event, claim })),
	);
	const [first, last] = [debate.events[0], debate.events.at(-1)];
	const domain = first && last ? padDomain([startOfEventDate(first.date), endOfEventDate(last.date)]) : undefined;
	const chart = domain
		? buildStanceChart(
				appearances.map(({ event, position }) => ({
					eventId: event.id,
					label: event.label,
					href: href(event.path),
					dateLabel: event.dateLabel,
					start: startOfEventDate(event.date),
					end: endOfEventDate(event.date),
					approx: event.date.precision !== 'day',
					rank: position.stance.rank,
					stanceLabel:
						position.basis === 'own-words' ? position.stance.label : `${position.stance.label} (${basisPhrase(position)})`,
					basis: position.basis,
				})),
				debate.stances,
				domain,
			)
		: undefined;
	return { people, appearances, claims, chart };
}
