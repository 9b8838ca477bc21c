import type { ActorGroup } from '../content/actorGroups.ts';
import type { Debate } from './buildDebate.ts';
import { BASES, type Basis } from './evidence.ts';

/** How much of the timeline each actor group carries: positions (per evidence grade), quotes and linked pages. */
export interface GroupVoice {
	group: ActorGroup;
	actors: number;
	positions: number;
	/** Positions per evidence grade. */
	bases: Record<Basis, number>;
	/** Quotes in the actor's own words (or its spokespeople's, or its own release's). */
	directQuotes: number;
	/** Quotes that are a publication's report of the actor's view. */
	reportedQuotes: number;
	/** Quotes that are another party's description of the actor. */
	describedQuotes: number;
	/** References to pages not archived here. */
	linked: number;
	/** Share of all positions, 0 to 1. */
	share: number;
}

const noBases = (): Record<Basis, number> => Object.fromEntries(BASES.map((basis) => [basis, 0])) as Record<Basis, number>;

/** Counts positions, quotes and linked pages per actor group, most positions first, from the content itself. */
export function balanceOfVoices(debate: Pick<Debate, 'events'>): GroupVoice[] {
	const byGroup = new Map<ActorGroup, GroupVoice & { actorIds: Set<string> }>();
	let total = 0;
	for (const event of debate.events) {
		for (const position of event.positions) {
			const group = position.actor.group;
			const entry = byGroup.get(group) ?? {
				group,
				actors: 0,
				positions: 0,
				bases: noBases(),
				directQuotes: 0,
				reportedQuotes: 0,
				describedQuotes: 0,
				linked: 0,
				share: 0,
				actorIds: new Set(),
			};
			entry.actorIds.add(position.actor.id);
			entry.positions += 1;
			entry.bases[position.basis] += 1;
			entry.linked += position.linked.length;
			for (const quote of position.quotes) {
				if (quote.reported) entry.reportedQuotes += 1;
				else if (quote.by.actor?.id === position.actor.id) entry.directQuotes += 1;
				else entry.describedQuotes += 1;
			}
			total += 1;
			byGroup.set(group, entry);
		}
	}
	return [...byGroup.values()]
		.map(({ actorIds, ...entry }) => ({ ...entry, actors: actorIds.size, share: total ? entry.positions / total : 0 }))
		.sort((a, b) => b.positions - a.positions || a.group.localeCompare(b.group));
}

/** How many positions rest on each evidence grade, over the whole debate. */
export function countBases(debate: Pick<Debate, 'events'>): Record<Basis, number> {
	const counts = noBases();
	for (const event of debate.events) for (const position of event.positions) counts[position.basis] += 1;
	return counts;
}
