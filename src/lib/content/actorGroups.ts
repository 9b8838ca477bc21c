// The kinds of actor, in the order the debate is usually told: those asking for conditions, then the public,
// then those defending encryption and the company deciding, then the regulator. Lanes, tables and filters
// follow this order. No dependencies, so the browser's timeline code can import it.

export const ACTOR_GROUPS = [
	'government',
	'law-enforcement',
	'child-protection',
	'survivors',
	'public',
	'civil-liberties',
	'industry',
	'regulator',
] as const;

export type ActorGroup = (typeof ACTOR_GROUPS)[number];

/** Each group's name as readers see it. */
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
