import type { Source } from '../content/schemas.ts';
import type { Debate } from '../debate/buildDebate.ts';
import { markSource } from '../provenance/markSource.ts';

const KINDS: Record<Source['kind'], string> = {
	'news-report': 'News report',
	'wire-copy': 'News agency copy',
	'magazine-article': 'Magazine article',
	'press-release-reprint': 'Reprint of a press release',
	'trade-press-report': 'Trade press report',
};

/**
 * What a source's page prints: its kind in words, the events that quote it, and its archived text as HTML with
 * every quoted passage marked and linked to its event. `href` adds the base path to a site path.
 */
export function buildSourcePage(debate: Debate, seedText: string, source: Source, href: (path: string) => string) {
	const quoting = debate.events.filter((event) => event.sources.includes(source));
	const passages = quoting.flatMap((event) =>
		event.positions.flatMap((position) =>
			position.quotes
				.filter((quote) => quote.source === source)
				.map((quote) => ({ text: quote.text, anchor: quote.anchor, eventHref: href(event.path), eventLabel: event.label })),
		),
	);
	return { kind: KINDS[source.kind], quoting, passages, html: markSource(seedText, passages) };
}
