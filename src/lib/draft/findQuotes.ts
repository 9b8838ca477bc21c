/** Someone the draft can recognise: a known person or actor, by the names an article may use. */
export interface KnownSpeaker {
	/** A person's id, when the speaker is a person. */
	personId?: string;
	actorId: string;
	/** Names to look for: full name, surname, titles ("Mr Tugendhat"), an organisation's short name. */
	names: string[];
}

/** A quoted passage and who seems to have said it. */
export interface FoundQuote {
	/** The words inside the quotation marks, exactly as the article has them. */
	text: string;
	/** The name the article gives the speaker, when a pattern found one. */
	speakerName?: string;
	/** The known person or actor that name matches. */
	speaker?: KnownSpeaker;
}

const OPEN = '[“"]';
const CLOSE = '[”"]';
const NAME = "((?:Sir |Dame |Mr |Mrs |Ms |Dr )?[A-Z][\\w'’.-]+(?: [A-Z][\\w'’.-]+){0,3})";
const SAYS = '(?:said|says|added|warned|told [^,.:“"]+|wrote|explained)';

/**
 * Every quoted passage of an article with its likely speaker. A passage is the text between quotation marks
 * (curly or straight) within a paragraph, or from an opening mark to the paragraph's end when the quote runs on.
 * Speakers come from the patterns `X said: “…”`, `“…”, X said`, `“…”, said X` and `X said the plan was “…”`;
 * a paragraph that only continues a quote keeps the previous speaker.
 */
export function findQuotes(article: string, known: KnownSpeaker[]): FoundQuote[] {
	const quotes: FoundQuote[] = [];
	let lastSpeaker: string | undefined;
	let lastNamed: string | undefined;
	for (const paragraph of article.split(/\n+/)) {
		const passages = [...paragraph.matchAll(new RegExp(`${OPEN}([^”"]{3,}?)(?:${CLOSE}|$)`, 'g'))];
		for (const match of passages) {
			const text = match[1].trim().replace(/[,;:]$/, '');
			if (text.split(/\s+/).length < 3) continue;
			const before = paragraph.slice(0, match.index);
			const after = paragraph.slice(match.index + match[0].length);
			// Every name a pattern offers, nearest first; "X, the Y, said" offers both X and Y.
			const candidates = [
				...(new RegExp(`${NAME}(?:,? ([^,:“"]{2,80}),)?,? ${SAYS}(?: that)?:?\\s*$`).exec(before)?.slice(1, 3) ?? []),
				new RegExp(`^,? ${SAYS} ${NAME}`).exec(after)?.[1],
				new RegExp(`^,? ${NAME} ${SAYS}`).exec(after)?.[1],
				...(new RegExp(`${NAME}(?:,? ([^,:“"]{2,80}),)?,? ${SAYS}\\b[^“"]{0,60}$`).exec(before)?.slice(1, 3) ?? []),
			]
				.filter((name): name is string => Boolean(name))
				.map((name) => (/^(?:He|She|They)$/.test(name) ? lastNamed : name))
				.filter((name): name is string => Boolean(name) && !/^(?:A|An|The|It|This|That)$/.test(name!));
			const continues = match.index === 0 || /^\s*$/.test(before);
			const named = candidates.find((name) => matchSpeaker(name, known)) ?? candidates[0] ?? (continues ? lastSpeaker : undefined);
			if (named) {
				lastSpeaker = named;
				if (candidates.length > 0) lastNamed = named;
			}
			quotes.push({ text, speakerName: named, speaker: named ? matchSpeaker(named, known) : undefined });
		}
		if (passages.length === 0) lastSpeaker = undefined;
	}
	return quotes;
}

/** The known person or actor a name refers to: the longest of its names that the name contains or ends with. */
export function matchSpeaker(name: string, known: KnownSpeaker[]): KnownSpeaker | undefined {
	const plain = name.replace(/^(?:The|the) /, '');
	let best: { speaker: KnownSpeaker; length: number } | undefined;
	for (const speaker of known) {
		for (const candidate of speaker.names) {
			const matches =
				plain === candidate ||
				candidate.endsWith(` ${plain}`) ||
				new RegExp(`(?<![\\p{L}\\p{N}])${candidate.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(plain);
			if (matches && candidate.length > (best?.length ?? 0)) best = { speaker, length: candidate.length };
		}
	}
	return best?.speaker;
}
