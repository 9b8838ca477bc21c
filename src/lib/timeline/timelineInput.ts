// Types and JSON helpers only: the browser's redraw code imports this file, so it must stay free of zod,
// date-fns and the content code (createTimelineInput.ts, used at build time, has those).
import type { ActorGroup } from '../content/actorGroups.ts';
import type { Precision } from '../dates/eventDate.ts';
import type { Basis } from '../debate/evidence.ts';

/** The data a timeline is laid out from: plain values, so the browser can rebuild it from the page itself. */
export interface TimelineInput {
	events: TimelineEvent[];
	lanes: TimelineLane[];
	positions: TimelinePosition[];
}

interface TimelineEvent {
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

interface TimelineLane {
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
	/** The stance in at most 20 characters, for the end of a lane. */
	stanceShort: string;
	/** The position's evidence grade. */
	basis: Basis;
	/** The grade in words for the mark's name: "own words", "as described by Home Office". */
	basisLabel: string;
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
