import type { APIRoute } from 'astro';
import { loadDebate } from '../../lib/debate/loadDebate.ts';
import { withBase } from '../../lib/site/paths.ts';
import { createTimelineInput } from '../../lib/timeline/createTimelineInput.ts';
import { serializeTimelineInput } from '../../lib/timeline/timelineInput.ts';

/** What the browser needs to redraw the timeline when it is zoomed or filtered; fetched on first use only. */
export const GET: APIRoute = async () => {
	const { debate } = await loadDebate();
	return new Response(JSON.stringify(serializeTimelineInput(createTimelineInput(debate, withBase))), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
