// The positions as CSV, for spreadsheets: a row per position, with its evidence grade.
import type { APIRoute } from 'astro';
import { positionsCsv } from '../../lib/export/csv.ts';
import { loadDebate } from '../../lib/debate/loadDebate.ts';

export const GET: APIRoute = async () => {
	const { debate } = await loadDebate();
	return new Response(positionsCsv(debate), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
