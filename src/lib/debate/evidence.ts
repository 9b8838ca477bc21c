// Plain values and functions only (no zod): the browser's timeline code may import the labels.
// The evidence grade of a position is computed from whose words its evidence is, never typed by hand. The content
// check and buildDebate both call gradePosition(), so the build refuses exactly what the pages could not show.

/** A quote's `by` when the words are the publication's own (its report of a view), not a speaker's. */
const PUBLICATION = 'publication';

/** The grades, strongest first: the order the About page and the legend list them in. */
export const BASES = ['own-words', 'reported', 'linked', 'described'] as const;
export type Basis = (typeof BASES)[number];

/** Words a reader sees for each grade, in the legend, the tables and the cards. */
export const BASIS_LABELS: Record<Basis, string> = {
	'own-words': 'Own words',
	reported: 'Reported',
	linked: 'Linked source only',
	described: 'Described by another party',
};

/** One sentence per grade, for the legend and the About page. */
export const BASIS_DEFINITIONS: Record<Basis, string> = {
	'own-words': "At least one quote is the actor's own words, or its spokesperson's, in an archived source.",
	reported: "The archived source reports the actor's view in the publication's own words.",
	linked: 'The evidence is a page that is not archived here, given as a neutral paraphrase with its link.',
	described: "The only evidence is another party's description of the actor: shown as described by that party.",
};

/** Whose words a quote is, resolved: a person, an actor, or the publication itself. */
export type Voice =
	| { kind: 'person'; id: string; actor: string }
	| { kind: 'actor'; id: string; actor: string }
	/** `actor` is set when the publication is that actor's own release (its `issuedBy`). */
	| { kind: 'publication'; id: string; actor?: string };

/** What resolving a quote's `by` needs to know about the content. */
export interface VoiceLookup {
	/** The actor a person speaks for, or undefined when there is no such person. */
	personActor(id: string): string | undefined;
	isActor(id: string): boolean;
	/** The actor whose own release a source is, if any. */
	sourceIssuer(id: string): string | undefined;
}

/** Resolves a quote's `by` (a person, an actor or "publication") against the content; undefined when unknown. */
export function resolveVoice(by: string, source: string, lookup: VoiceLookup): Voice | undefined {
	if (by === PUBLICATION) return { kind: 'publication', id: source, actor: lookup.sourceIssuer(source) };
	const personActor = lookup.personActor(by);
	if (personActor !== undefined) return { kind: 'person', id: by, actor: personActor };
	if (lookup.isActor(by)) return { kind: 'actor', id: by, actor: by };
	return undefined;
}

/** A position's evidence, reduced to what the grade depends on. */
export interface EvidenceInput {
	actor: string;
	describedBy?: string;
	/** Each quote's resolved voice, in order. */
	voices: Voice[];
	/** How many linked (unarchived) references the position has. */
	linked: number;
}

/** Why a position's evidence cannot be graded: the field at fault and what to do. */
export interface EvidenceProblem {
	/** Path below the position, e.g. ["describedBy"] or ["quotes", 2, "by"]. */
	path: (string | number)[];
	message: string;
}

/**
 * Grades a position's evidence. `own-words`: a quote is the actor's own (its person, itself, or its own
 * release); `reported`: else a quote is an independent publication's report; `linked`: else a reference page;
 * `described`: else every quote is the `describedBy` actor's description. Anything else is a problem.
 */
export function gradePosition(input: EvidenceInput): { basis: Basis } | { problems: EvidenceProblem[] } {
	const { actor, describedBy, voices, linked } = input;
	if (voices.length === 0 && linked === 0) {
		return { problems: [{ path: ['quotes'], message: 'a position needs evidence: at least one quote or one `linked` reference' }] };
	}
	const own = voices.some((voice) => voice.actor === actor);
	const reported = voices.some((voice) => voice.kind === 'publication' && voice.actor === undefined);
	const problems: EvidenceProblem[] = [];
	voices.forEach((voice, index) => {
		if (voice.actor === undefined || voice.actor === actor || voice.actor === describedBy) return;
		const whose = `"${voice.actor}"`;
		problems.push({
			path: ['quotes', index, 'by'],
			message: describedBy
				? `quote is ${whose}'s words, but the position is described by "${describedBy}"`
				: `quote is ${whose}'s words, not "${actor}"'s: declare \`describedBy: ${voice.actor}\` to show the position as described by them, or quote "${actor}" itself`,
		});
	});
	if (describedBy !== undefined) {
		if (describedBy === actor)
			problems.push({ path: ['describedBy'], message: `an actor cannot be described by itself ("${describedBy}")` });
		else if (own || reported || linked > 0) {
			problems.push({
				path: ['describedBy'],
				message: `describedBy "${describedBy}" is only for a position whose sole evidence is another party's words, but this one has ${own ? `"${actor}"'s own words` : reported ? "a publication's report" : 'a linked reference'}`,
			});
		} else if (!voices.some((voice) => voice.actor === describedBy)) {
			problems.push({ path: ['describedBy'], message: `describedBy "${describedBy}" but no quote is "${describedBy}"'s words` });
		}
	}
	if (problems.length > 0) return { problems };
	if (own) return { basis: 'own-words' };
	if (reported) return { basis: 'reported' };
	if (linked > 0) return { basis: 'linked' };
	return { basis: 'described' };
}

/**
 * A position's grade as a phrase to follow its stance: "own words", "reported by the source", "linked source
 * only", or "as described by Home Office" (naming the describer by its short name).
 */
export function basisPhrase(position: { basis: Basis; describedBy?: { name: string; shortName?: string } }): string {
	if (position.basis === 'described')
		return `as described by ${position.describedBy?.shortName ?? position.describedBy?.name ?? 'another party'}`;
	return { 'own-words': 'own words', reported: 'reported by the source', linked: 'linked source only' }[position.basis];
}
