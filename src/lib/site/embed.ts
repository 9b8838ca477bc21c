import { escape } from '../html/escape.ts';

/** What an embed snippet needs. */
export interface EmbedOptions {
	/** The embed page's absolute URL, with its view in the query and hash. */
	src: string;
	/** The iframe's accessible name. */
	title: string;
	/** Height in pixels, used until (and unless) the resize script adjusts it. */
	height: number;
	/** The site's resize script, to paste beside the iframe; omitted when the teacher does not want it. */
	scriptUrl?: string;
}

/** The HTML a teacher pastes: an iframe that fills the width, with a fixed height and, optionally, the resize script. */
export function embedSnippet({ src, title, height, scriptUrl }: EmbedOptions): string {
	const safeHeight = Math.min(4000, Math.max(150, Math.round(Number.isFinite(height) ? height : 600)));
	const iframe = `<iframe src="${escape(src)}" title="${escape(title)}" width="100%" height="${safeHeight}" loading="lazy" style="border:0;width:100%;max-width:100%"></iframe>`;
	return scriptUrl ? `${iframe}\n<script src="${escape(scriptUrl)}" async></script>` : iframe;
}

/** The message an embed page posts to its parent with its content height. */
export const HEIGHT_MESSAGE = 'debate-timeline:height';
