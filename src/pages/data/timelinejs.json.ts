// The events in TimelineJS's JSON format, so a teacher who uses TimelineJS can load the same events there.
import type { APIRoute } from 'astro';
import { loadDebate } from '../../lib/debate/loadDebate.ts';
import { toTimelineJs } from '../../lib/export/timelineJs.ts';
import { absoluteUrl } from '../../lib/site/paths.ts';

export const GET: APIRoute = async () => {
	const { debate } = await loadDebate();
	return new Response(`${JSON.stringify(toTimelineJs(debate, absoluteUrl), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
