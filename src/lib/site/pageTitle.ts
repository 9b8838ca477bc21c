import { shorten } from '../debate/buildDebate.ts';
import { escape } from '../html/escape.ts';
import { SITE_NAME } from './paths.ts';

/**
 * The <title> for a page: "Page · Site" when that fits in 70 characters as written in HTML (where search results
 * and tabs cut titles anyway), else the page's own title, shortened at a word if need be.
 */
export function pageTitle(title: string): string {
	const fits = (text: string) => escape(text).length <= 70;
	const withSite = title === SITE_NAME ? title : `${title} · ${SITE_NAME}`;
	let result = fits(withSite) ? withSite : title;
	for (let max = 70; !fits(result); max -= 2) result = shorten(title, max);
	return result;
}
