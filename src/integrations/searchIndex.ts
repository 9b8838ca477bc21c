import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site for search with Pagefind: the parts of event, actor and source pages marked
 * `data-pagefind-body`, written to `pagefind/` in the build, for the search page to load when it is used.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'debate-search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`invalid search index: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: fileURLToPath(dir) });
				if (added.errors.length > 0) throw new Error(`invalid search index: ${added.errors.join('; ')}`);
				await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
				await pagefind.close();
				logger.info(`indexed ${added.page_count} pages for search`);
			},
		},
	};
}
