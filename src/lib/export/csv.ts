import type { Debate, QuoteBy } from '../debate/buildDebate.ts';
import { BASIS_LABELS } from '../debate/evidence.ts';

/**
 * Rows as CSV (RFC 4180): comma-separated, CRLF line ends, fields quoted where they hold a comma, quote or line
 * break. A text cell that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
 * return) is prefixed with an apostrophe, so opening the file never runs anything; numbers are left as they are.
 */
export function toCsv(rows: (string | number | boolean | null | undefined)[][]): string {
	const field = (value: string | number | boolean | null | undefined) => {
		const raw = value === null || value === undefined ? '' : String(value);
		const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
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

/** Whose words a quote is, in words: "Priti Patel", "Home Office", or "Sky News (the publication)". */
function byName(by: QuoteBy): string {
	if (by.kind === 'person') return by.person.name;
	if (by.kind === 'actor') return by.actor.name;
	return `${by.source.publisher} (the publication${by.actor ? `, issued by ${by.actor.name}` : ''})`;
}

/**
 * A row per quote: event, date, actor, speaker, stance, the quote, its source, whether it is reported speech,
 * whose words it is, and its position's evidence grade (and who described the actor, for a described one).
 */
export function quotesCsv(debate: Debate): string {
	return toCsv([
		['event', 'date', 'actor', 'speaker', 'stance', 'quote', 'source', 'publisher', 'reported', 'by', 'basis', 'described_by'],
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
					byName(quote.by),
					position.basis,
					position.describedBy?.name ?? '',
				]),
			),
		),
	]);
}

/**
 * A row per position: event, date, actor, its group, stance and rank, the evidence grade (with its label and who
 * described the actor, if anyone), how many quotes back it, and the addresses of its linked pages.
 */
export function positionsCsv(debate: Debate): string {
	return toCsv([
		['event', 'date', 'actor', 'group', 'stance', 'rank', 'basis', 'basis_label', 'described_by', 'quotes', 'linked_urls'],
		...debate.events.flatMap((event) =>
			event.positions.map((position) => [
				event.id,
				event.date.value,
				position.actor.name,
				position.actor.group,
				position.stance.label,
				position.stance.rank,
				position.basis,
				BASIS_LABELS[position.basis],
				position.describedBy?.name ?? '',
				position.quotes.length,
				position.linked.map((item) => item.url).join(' '),
			]),
		),
	]);
}
