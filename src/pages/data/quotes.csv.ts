// The quotes as CSV, for spreadsheets: a row per quote.
import type { APIRoute } from 'astro';
import { quotesCsv } from '../../lib/export/csv.ts';
import { loadDebate } from '../../lib/debate/loadDebate.ts';

export const GET: APIRoute = async () => {
	const { debate } = await loadDebate();
	return new Response(quotesCsv(debate), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
