/** A figure an article states, with the sentence it stands in. */
export interface FoundStatistic {
	/** The figure exactly as printed: "70%", "92 per cent", "21 million", "1,200". */
	figure: string;
	sentence: string;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*';
const FIGURE = /\b(?:more than |over |up to |at least |almost )?\d+(?:[.,]\d+)*(?:%| per cent| percent| million| billion|(?= [a-z]+))/g;

/**
 * Every statistic in an article: percentages, "N million" and counts of things (a number followed by a word),
 * each with its sentence. Years standing alone ("in 2021") and days of dates are left out.
 */
export function findStatistics(article: string): FoundStatistic[] {
	const found: FoundStatistic[] = [];
	const sentences = article.split(/(?<=[.!?”"])\s+(?=[“"A-Z])|\n+/);
	for (const sentence of sentences) {
		for (const match of sentence.matchAll(FIGURE)) {
			const figure = match[0];
			const digits = figure.replace(/^\D+/, '');
			const number = Number(digits.replace(/[^\d.]/g, ''));
			const rest = sentence.slice(match.index + figure.length);
			const isYear = /^\d{4}$/.test(digits) && number >= 1900 && number <= 2100;
			const isDayOfDate =
				/^\d{1,2}$/.test(digits) &&
				(new RegExp(`^ ${MONTH}`).test(rest) || new RegExp(`${MONTH}\\.? $`).test(sentence.slice(0, match.index)));
			if (isYear || isDayOfDate) continue;
			if (/^\d$/.test(digits) && !/%|per cent|million|billion/.test(figure)) continue;
			found.push({ figure: figure.trim(), sentence: sentence.trim() });
		}
	}
	return found;
}
