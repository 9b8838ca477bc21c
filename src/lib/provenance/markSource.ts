import { escape } from '../html/escape.ts';
import { locateQuote } from './quoteInSource.ts';

/** A quote to mark in its source, with where it is quoted. */
export interface QuotedPassage {
	text: string;
	/** The id of its anchor on the source page, e.g. "q-2021-04-19-patel-nspcc-roundtable-3". */
	anchor: string;
	/** The event that quotes it. */
	eventHref: string;
	eventLabel: string;
}

/**
 * The source text as HTML with every quoted passage in <mark>: an anchor where each quote begins (so an event
 * page can link to it) and, where it ends, a link back to the event that quotes it. Overlapping quotes share
 * their marks. Throws if a quote is not in the text, which the content check has already ruled out.
 */
export function markSource(text: string, passages: QuotedPassage[]): string {
	const source = text.normalize('NFC');
	const located = passages.map((passage) => {
		const spans = locateQuote(passage.text, source);
		if (!spans) throw new Error(`invalid quote: "${passage.text}" is not in the source`);
		return { passage, spans };
	});
	const starts = new Map<number, string[]>();
	const ends = new Map<number, QuotedPassage[]>();
	const depth = new Array<number>(source.length + 1).fill(0);
	for (const { passage, spans } of located) {
		push(starts, spans[0][0], passage.anchor);
		push(ends, spans.at(-1)![1], passage);
		for (const [start, end] of spans) {
			depth[start] += 1;
			depth[end] -= 1;
		}
	}
	let html = '';
	let covered = 0;
	let open = false;
	for (let i = 0; i <= source.length; i++) {
		covered += depth[i];
		const close = ends.get(i);
		if (open && (covered === 0 || close)) {
			html += '</mark>';
			open = false;
		}
		for (const passage of close ?? []) {
			html += `<a class="quoted-in" href="${escape(passage.eventHref)}">${escape(passage.eventLabel)}</a>`;
		}
		for (const anchor of starts.get(i) ?? []) html += `<span class="quote-anchor" id="${escape(anchor)}"></span>`;
		if (covered > 0 && !open && i < source.length) {
			html += '<mark>';
			open = true;
		}
		if (i < source.length) html += escape(source[i]);
	}
	return html;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
