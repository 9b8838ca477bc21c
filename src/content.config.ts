import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { actorSchema, eventSchema, personSchema, sourceSchema, stanceSchema } from './lib/content/schemas.ts';

// The schemas live in src/lib/content/schemas.ts so the build-time content check validates raw files with
// exactly the same rules. YAML is read with the 1.2 core schema there and here, so dates stay strings.
const yamlList = (path: string) => file(path, { parser: (text) => parse(text, { schema: 'core' }) });

export const collections = {
	sources: defineCollection({ loader: yamlList('./content/sources.yaml'), schema: sourceSchema }),
	actors: defineCollection({ loader: yamlList('./content/actors.yaml'), schema: actorSchema }),
	people: defineCollection({ loader: yamlList('./content/people.yaml'), schema: personSchema }),
	stances: defineCollection({ loader: yamlList('./content/stances.yaml'), schema: stanceSchema }),
	events: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/events' }), schema: eventSchema }),
};
