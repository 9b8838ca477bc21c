/** What a citation of a page on this site needs. */
export interface CitedPage {
	title: string;
	/** The page's absolute URL. */
	url: string;
	siteName: string;
}

/**
 * "Cite this event" in three styles, as plain text (titles that the styles italicise are left plain, since
 * the text is meant to be pasted anywhere). The pages carry no publication date, so APA's "n.d." is used and
 * no access date is invented.
 */
export function formatCitations({ title, url, siteName }: CitedPage): { apa: string; mla: string; chicago: string } {
	const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);
	return {
		apa: `${siteName}. (n.d.). ${sentence(title)} ${url}`,
		mla: `“${sentence(title)}” ${siteName}, ${url}.`,
		chicago: `${siteName}. “${sentence(title)}” ${url}.`,
	};
}
