// The events as CSV, for spreadsheets: a row per event.
import type { APIRoute } from 'astro';
import { eventsCsv } from '../../lib/export/csv.ts';
import { loadDebate } from '../../lib/debate/loadDebate.ts';
import { absoluteUrl } from '../../lib/site/paths.ts';

export const GET: APIRoute = async () => {
	const { debate } = await loadDebate();
	return new Response(eventsCsv(debate, absoluteUrl), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
