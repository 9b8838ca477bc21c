import type { Debate } from '../debate/buildDebate.ts';

/** Rows as CSV (RFC 4180): comma-separated, CRLF line ends, fields quoted where they hold a comma, quote or line break. */
export function toCsv(rows: (string | number | boolean | null | undefined)[][]): string {
	const field = (value: string | number | boolean | null | undefined) => {
		const text = value === null || value === undefined ? '' : String(value);
		return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	};
	return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** A row per event: date, precision, title, its page's absolute URL, summary, the actors, and the sources. */
export function eventsCsv(debate: Debate, url: (path: string) => string): string {
	return toCsv([
		['id', 'date', 'precision', 'title', 'url', 'summary', 'actors', 'sources'],
		...debate.events.map((event) => [
			event.id,
			event.date.value,
			event.date.precision,
			event.title,
			url(event.path),
			event.summary,
			event.positions.map((p) => p.actor.name).join('; '),
			event.sources.map((s) => `${s.publisher}: ${s.title}`).join('; '),
		]),
	]);
}

/** A row per quote: event, date, actor, speaker, stance, the quote, its source, and whether it is reported speech. */
export function quotesCsv(debate: Debate): string {
	return toCsv([
		['event', 'date', 'actor', 'speaker', 'stance', 'quote', 'source', 'publisher', 'reported'],
		...debate.events.flatMap((event) =>
			event.positions.flatMap((position) =>
				position.quotes.map((quote) => [
					event.id,
					event.date.value,
					position.actor.name,
					quote.speaker?.name ?? '',
					position.stance.label,
					quote.text,
					quote.source.id,
					quote.source.publisher,
					quote.reported ? 'yes' : 'no',
				]),
			),
		),
	]);
}
