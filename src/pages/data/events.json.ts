import type { APIRoute } from 'astro';
import { buildOpenData } from '../../lib/debate/openData.ts';
import { loadDebate } from '../../lib/debate/loadDebate.ts';

/** The whole debate as JSON, built from the same collections as every page. */
export const GET: APIRoute = async () => {
	const { debate } = await loadDebate();
	const data = buildOpenData(debate, { base: import.meta.env.BASE_URL });
	return new Response(`${JSON.stringify(data, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
