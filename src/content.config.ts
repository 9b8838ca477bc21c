import { readdirSync, readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { actorSchema, eventSchema, glossarySchema, personSchema, sourceSchema, stanceSchema } from './lib/content/schemas.ts';

// The schemas live in src/lib/content/schemas.ts so the build-time content check validates raw files with
// exactly the same rules. YAML is read with the 1.2 core schema there and here, so dates stay strings.
const yamlList = (path: string) => file(path, { parser: (text) => parse(text, { schema: 'core' }) as Record<string, unknown>[] });

export const collections = {
	sources: defineCollection({ loader: yamlList('./content/sources.yaml'), schema: sourceSchema }),
	actors: defineCollection({ loader: yamlList('./content/actors.yaml'), schema: actorSchema }),
	people: defineCollection({ loader: yamlList('./content/people.yaml'), schema: personSchema }),
	stances: defineCollection({ loader: yamlList('./content/stances.yaml'), schema: stanceSchema }),
	glossary: defineCollection({ loader: yamlList('./content/glossary.yaml'), schema: glossarySchema }),
	events: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/events' }), schema: eventSchema }),
	/** The archived articles, as text, for the source pages that show every quote in context. */
	seeds: defineCollection({
		loader: () =>
			readdirSync('./seeds')
				.filter((name) => name.endsWith('.txt'))
				.sort()
				.map((name) => ({ id: name.slice(0, -4), text: readFileSync(`./seeds/${name}`, 'utf8') })),
		schema: z.strictObject({ id: z.string(), text: z.string() }),
	}),
};
