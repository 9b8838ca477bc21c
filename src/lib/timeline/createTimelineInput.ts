import { ACTOR_GROUPS, type ActorGroup } from '../content/actorGroups.ts';
import { endOfEventDate, startOfEventDate } from '../dates/eventDate.ts';
import type { Debate } from '../debate/buildDebate.ts';
import { basisPhrase } from '../debate/evidence.ts';
import type { TimelineInput } from './timelineInput.ts';

/**
 * Extracts what the timeline draws from the debate: events in date order, one lane per actor that holds a
 * position, grouped by actor group (within a group, in order of first appearance), and every position.
 * `href` turns a site path into a link (it adds the base path).
 */
export function createTimelineInput(debate: Debate, href: (path: string) => string): TimelineInput {
	const events = debate.events.map((event) => ({
		id: event.id,
		title: event.title,
		label: event.label,
		start: startOfEventDate(event.date),
		end: endOfEventDate(event.date),
		precision: event.date.precision,
		dateLabel: event.dateLabel,
		href: href(event.path),
	}));
	const positions = debate.events.flatMap((event) =>
		event.positions.map((position) => ({
			eventId: event.id,
			actorId: position.actor.id,
			stanceId: position.stance.id,
			rank: position.stance.rank,
			stanceLabel: position.stance.label,
			stanceShort: position.stance.short ?? position.stance.label,
			basis: position.basis,
			basisLabel: basisPhrase(position),
		})),
	);
	const firstSeen = new Map<string, number>();
	positions.forEach((position, index) => {
		if (!firstSeen.has(position.actorId)) firstSeen.set(position.actorId, index);
	});
	const groupRank = (group: ActorGroup) => ACTOR_GROUPS.indexOf(group);
	const lanes = debate.actors
		.filter((actor) => firstSeen.has(actor.id))
		.sort((a, b) => groupRank(a.group) - groupRank(b.group) || firstSeen.get(a.id)! - firstSeen.get(b.id)!)
		.map((actor) => ({ id: actor.id, label: actor.shortName ?? actor.name, group: actor.group }));
	return { events, lanes, positions };
}
