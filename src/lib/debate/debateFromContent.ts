import type { RawContent } from '../content/readContent.ts';
import { actorSchema, eventSchema, personSchema, sourceSchema, stanceSchema } from '../content/schemas.ts';
import { buildDebate, type Debate } from './buildDebate.ts';

/**
 * The debate's view model straight from the content files, as the build makes it from its collections: for
 * tests and tools that read a project root without Astro. Throws on content the schemas refuse (run the
 * content check first for a readable report).
 */
export function debateFromContent(raw: RawContent): Debate {
	return buildDebate({
		events: raw.events.map((record) => ({ id: record.id, data: eventSchema.parse(record.data) })),
		actors: raw.actors.map((record) => actorSchema.parse(record.data)),
		people: raw.people.map((record) => personSchema.parse(record.data)),
		stances: raw.stances.map((record) => stanceSchema.parse(record.data)),
		sources: raw.sources.map((record) => sourceSchema.parse(record.data)),
	});
}
