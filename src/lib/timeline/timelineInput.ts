import { ACTOR_GROUPS, type ActorGroup } from '../content/schemas.ts';
import { endOfEventDate, startOfEventDate, type Precision } from '../dates/eventDate.ts';
import type { Debate } from '../debate/buildDebate.ts';

/** The data a timeline is laid out from: plain values, so the browser can rebuild it from the page itself. */
export interface TimelineInput {
	events: TimelineEvent[];
	lanes: TimelineLane[];
	positions: TimelinePosition[];
}

export interface TimelineEvent {
	id: string;
	/** The full title, for the mark's accessible name. */
	title: string;
	/** A short label for the axis. */
	label: string;
	/** The first and the day after the last day the date can mean; one day for day precision. */
	start: Date;
	end: Date;
	precision: Precision;
	/** The date as printed, "19 April 2021" or "July 2023". */
	dateLabel: string;
	href: string;
}

export interface TimelineLane {
	/** The actor's id. */
	id: string;
	label: string;
	group: ActorGroup;
}

export interface TimelinePosition {
	eventId: string;
	actorId: string;
	stanceId: string;
	rank: number;
	stanceLabel: string;
}

export const GROUP_LABELS: Record<ActorGroup, string> = {
	government: 'Government',
	'law-enforcement': 'Law enforcement',
	'child-protection': 'Child protection',
	survivors: 'Survivors',
	public: 'Public',
	'civil-liberties': 'Civil liberties',
	industry: 'Industry',
	regulator: 'Regulator',
};

// Groups in the order the debate is usually told: those asking for conditions, then the public, then those
// defending encryption and the company deciding, then the regulator.
const GROUP_ORDER: ActorGroup[] = ['government', 'law-enforcement', 'child-protection', 'survivors', 'public', 'civil-liberties', 'industry', 'regulator'];

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
		})),
	);
	const firstSeen = new Map<string, number>();
	positions.forEach((position, index) => {
		if (!firstSeen.has(position.actorId)) firstSeen.set(position.actorId, index);
	});
	const groupRank = (group: ActorGroup) => GROUP_ORDER.indexOf(group) + ACTOR_GROUPS.length * Number(!GROUP_ORDER.includes(group));
	const lanes = debate.actors
		.filter((actor) => firstSeen.has(actor.id))
		.sort((a, b) => groupRank(a.group) - groupRank(b.group) || firstSeen.get(a.id)! - firstSeen.get(b.id)!)
		.map((actor) => ({ id: actor.id, label: actor.shortName ?? actor.name, group: actor.group }));
	return { events, lanes, positions };
}

/** The timeline input as JSON (served at /data/timeline.json for the browser's redraws). */
export function serializeTimelineInput(input: TimelineInput) {
	return {
		...input,
		events: input.events.map((event) => ({ ...event, start: event.start.toISOString(), end: event.end.toISOString() })),
	};
}

/** Reads {@link serializeTimelineInput}'s output back, turning its dates into Dates again. */
export function reviveTimelineInput(json: ReturnType<typeof serializeTimelineInput>): TimelineInput {
	return { ...json, events: json.events.map((event) => ({ ...event, start: new Date(event.start), end: new Date(event.end) })) };
}
