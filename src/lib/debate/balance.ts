import type { ActorGroup } from '../content/schemas.ts';
import type { Debate } from './buildDebate.ts';

/** How many words of each actor group the timeline carries: positions, own words and reported words. */
export interface GroupVoice {
	group: ActorGroup;
	actors: number;
	positions: number;
	directQuotes: number;
	reportedQuotes: number;
	/** Share of all quotes, 0 to 1. */
	share: number;
}

/** Counts positions and quotes per actor group, largest voice first, from the content itself. */
export function balanceOfVoices(debate: Debate): GroupVoice[] {
	const byGroup = new Map<ActorGroup, GroupVoice & { actorIds: Set<string> }>();
	let total = 0;
	for (const event of debate.events) {
		for (const position of event.positions) {
			const group = position.actor.group;
			const entry = byGroup.get(group) ?? { group, actors: 0, positions: 0, directQuotes: 0, reportedQuotes: 0, share: 0, actorIds: new Set() };
			entry.actorIds.add(position.actor.id);
			entry.positions += 1;
			for (const quote of position.quotes) {
				if (quote.reported) entry.reportedQuotes += 1;
				else entry.directQuotes += 1;
				total += 1;
			}
			byGroup.set(group, entry);
		}
	}
	return [...byGroup.values()]
		.map(({ actorIds, ...entry }) => ({ ...entry, actors: actorIds.size, share: total ? (entry.directQuotes + entry.reportedQuotes) / total : 0 }))
		.sort((a, b) => b.share - a.share || a.group.localeCompare(b.group));
}
