import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../lib/content/checkContent.ts';
import { readContent } from '../lib/content/readContent.ts';

/**
 * Runs the content check before Astro loads any collection, so `astro build` stops with every problem listed
 * at once (file, line, field, value) rather than at the first entry Astro's own loader rejects.
 * In `astro dev` the problems are logged instead, so an editor can fix them while the server runs.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'debate-content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const problems = checkContent(readContent(fileURLToPath(config.root)));
				if (problems.length === 0) return;
				const message = formatProblems(problems);
				if (command === 'dev') logger.error(message);
				else throw new Error(message);
			},
		},
	};
}
