import { basisPhrase } from '../debate/evidence.ts';
import type { Debate, EventView } from '../debate/buildDebate.ts';
import { escape } from '../html/escape.ts';
import { SITE_NAME } from '../site/paths.ts';

/** A date in TimelineJS's form: year always, month and day only as far as they are known. */
function timelineJsDate(event: EventView) {
	const { year, month, day } = event.date;
	return {
		year: String(year),
		...(month ? { month: String(month) } : {}),
		...(day ? { day: String(day) } : {}),
		display_date: event.dateLabel,
	};
}

/**
 * The debate in TimelineJS's JSON format (https://timeline.knightlab.com/docs/json-format.html): a slide per
 * event, its text listing each actor's stance and first quote, grouped by year, linking back to this site.
 */
export function toTimelineJs(debate: Debate, url: (path: string) => string) {
	return {
		title: {
			text: {
				headline: SITE_NAME,
				text: '<p>Who said what, and when, in the UK debate on end-to-end encryption and child safety.</p>',
			},
		},
		events: debate.events.map((event) => ({
			unique_id: event.id,
			start_date: timelineJsDate(event),
			group: String(event.date.year),
			text: {
				headline: escape(event.title),
				text:
					`<p>${escape(event.summary)}</p>` +
					(event.positions.length
						? `<ul>${event.positions
								.map(
									(p) =>
										`<li><strong>${escape(p.actor.name)}</strong>: ${escape(p.stance.label)}${p.basis === 'own-words' && p.quotes[0] && !p.quotes[0].reported ? `. “${escape(p.quotes[0].text)}”` : ` (${escape(basisPhrase(p))})`}</li>`,
								)
								.join('')}</ul>`
						: '') +
					`<p><a href="${escape(url(event.path))}">Read more, with every quote and source</a></p>`,
			},
		})),
	};
}
