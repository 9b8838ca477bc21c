/**
 * Why a file cannot be archived as an article, or undefined when it is plain text. Seeds are the permanent
 * archive every quote is checked against, so nothing unreadable may enter: not an empty file, not bytes that
 * are not UTF-8 text, not a saved web page's markup.
 */
export function articleProblem(bytes: Uint8Array): string | undefined {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return 'is not UTF-8 text (a binary file, or another encoding): save the article as plain UTF-8 text and try again';
	}
	if (text.trim() === '') return "is empty: save the article's text in it and try again";
	// Control characters other than tab, line breaks and form feed do not occur in an article's text.
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	const controls = text.match(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g)?.length ?? 0;
	if (controls > 0)
		return `holds ${controls} control character${controls === 1 ? '' : 's'}, so it is not plain text: save the article as plain UTF-8 text and try again`;
	const tags = text.match(/<\/?(?:html|head|body|div|span|p|a|script|style|meta|link|article|section|br)\b[^>]*>/gi)?.length ?? 0;
	if (/^\s*(?:<!doctype html|<html\b)/i.test(text) || tags >= 5) {
		return "is HTML, not the article's text: open the page, copy the article's text (headline, date and body) into a .txt file, and draft from that";
	}
	return undefined;
}
