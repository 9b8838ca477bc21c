// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentCheck } from './src/integrations/contentCheck.ts';

export default defineConfig({
	site: process.env.SITE_URL || 'http://localhost:4321',
	base: process.env.BASE_PATH || '/',
	output: 'static',
	trailingSlash: 'ignore',
	integrations: [contentCheck(), mdx()],
	build: { format: 'directory' },
});
