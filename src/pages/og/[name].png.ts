import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDebate } from '../../lib/debate/loadDebate.ts';
import { renderOgSvg, type OgCard } from '../../lib/og/ogImage.ts';
import { renderPng } from '../../lib/og/renderPng.ts';

/** A link-preview image per event (its title, date and stance marks), and one for the site. */
export const getStaticPaths = (async () => {
	const { debate } = await loadDebate();
	const first = debate.events[0];
	const last = debate.events.at(-1);
	const home: OgCard = {
		title: 'Who said what, and when, in the UK debate on end-to-end encryption and child safety',
		kicker: first && last ? `${first.date.year} to ${last.date.year}` : '',
		marks: debate.stances.map((stance) => ({ label: `${stance.rank}`, rank: stance.rank, stanceLabel: stance.label })),
	};
	return [
		{ params: { name: 'home' }, props: { card: home } },
		...debate.events.map((event) => ({
			params: { name: event.id },
			props: {
				card: {
					title: event.title,
					kicker: event.dateLabel,
					marks: event.positions.map((position) => ({
						label: position.actor.shortName ?? position.actor.name,
						rank: position.stance.rank,
						// A preview must not present another party's description as the actor's own stance.
						stanceLabel: `${position.basis === 'described' ? 'As described: ' : ''}${position.stance.short ?? position.stance.label}`,
					})),
				} satisfies OgCard,
			},
		})),
	];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = ({ props }) =>
	new Response(renderPng(renderOgSvg(props.card)), { headers: { 'Content-Type': 'image/png' } });
