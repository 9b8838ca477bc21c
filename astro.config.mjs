// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';
import { contentCheck } from './src/integrations/contentCheck.ts';
import { hostHeaders } from './src/integrations/hostHeaders.ts';
import { inlineStyles } from './src/integrations/inlineStyles.ts';
import { searchIndex } from './src/integrations/searchIndex.ts';
import { siteOrigin } from './src/lib/site/siteUrl.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryHastPlugin } from './src/lib/glossary/glossaryLinks.ts';

// Where the site is served: SITE_URL is its origin (for canonical links, feeds and link previews), else a
// known host's own variable, else localhost with a loud warning; BASE_PATH is the folder under it ("/" at a
// domain's root, "/debate/" under a path).
const origin = siteOrigin(process.env);
const site = origin.site;
if (origin.warning && (process.env.CI || process.env.NODE_ENV === 'production')) console.warn(`\n⚠ ${origin.warning}\n`);
const base = process.env.BASE_PATH || '/';
// A missing or broken glossary is reported by the content check, with its file and line, rather than here.
let glossary;
try {
	glossary = parse(readFileSync('./content/glossary.yaml', 'utf8'), { schema: 'core' }) ?? [];
} catch {
	glossary = [];
}

export default defineConfig({
	site,
	base,
	output: 'static',
	outDir: process.env.OUT_DIR || './dist',
	trailingSlash: 'ignore',
	integrations: [
		contentCheck(),
		mdx(),
		sitemap({ filter: (page) => !page.includes('/404') }),
		searchIndex(),
		inlineStyles(),
		hostHeaders(),
	],
	// CSS is inlined so the first paint waits for no second request; each <style> is allowed by its hash in the
	// Content-Security-Policy (inlineStyles, which must run before hostHeaders). Scripts stay in files.
	build: { format: 'directory', inlineStylesheets: 'always' },
	vite: { build: { assetsInlineLimit: 0 } },
	// Event texts link the first mention of each glossary term to its definition.
	markdown: {
		processor: satteri({ hastPlugins: [glossaryHastPlugin({ terms: glossary, href: `${base.replace(/\/?$/, '/')}glossary/` })] }),
	},
});
