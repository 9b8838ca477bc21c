import { routes } from '../../../lib/site/routes.ts';
// oEmbed for each event page: the event's card as an embeddable iframe.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { EventView } from '../../../lib/debate/buildDebate.ts';
import { loadDebate } from '../../../lib/debate/loadDebate.ts';
import { oembedJson } from '../../../lib/site/oembed.ts';
import { absoluteUrl } from '../../../lib/site/paths.ts';

export const getStaticPaths = (async () => {
	const { debate } = await loadDebate();
	return debate.events.map((event) => ({ params: { id: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: EventView }> = ({ props: { event } }) =>
	new Response(
		JSON.stringify(
			oembedJson({
				title: event.title,
				embedUrl: absoluteUrl(routes.embedEvent(event.id)),
				siteUrl: absoluteUrl(routes.home),
				height: 480,
			}),
		),
		{
			headers: { 'Content-Type': 'application/json; charset=utf-8' },
		},
	);
