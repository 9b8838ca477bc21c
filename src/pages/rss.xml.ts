import { routes } from '../lib/site/routes.ts';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { startOfEventDate } from '../lib/dates/eventDate.ts';
import { loadDebate } from '../lib/debate/loadDebate.ts';
import { absoluteUrl, SITE_NAME } from '../lib/site/paths.ts';

/** A feed of every event, newest first, dated by when the event happened. */
export const GET: APIRoute = async () => {
	const { debate } = await loadDebate();
	return rss({
		title: `${SITE_NAME}: events`,
		description: 'Dated events in the UK debate on end-to-end encryption and child safety, with who said what.',
		site: absoluteUrl(routes.home),
		items: [...debate.events].reverse().map((event) => ({
			title: event.title,
			link: absoluteUrl(event.path),
			pubDate: startOfEventDate(event.date),
			description: `${event.dateLabel}. ${event.summary}`,
			categories: event.tags,
		})),
		customData: '<language>en-gb</language>',
	});
};
