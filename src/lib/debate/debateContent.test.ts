import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../content/readContent.ts';
import { startOfEventDate } from '../dates/eventDate.ts';
import { debateFromContent } from './debateFromContent.ts';

// Invariants of the project's own content: what must hold however the events are edited or added to. They test
// properties (every position graded, both sides heard, the site's words neutral), never today's titles or counts.

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const debate = debateFromContent(readContent(ROOT));
const positions = debate.events.flatMap((event) => event.positions.map((position) => ({ event, position })));
const DAY = 24 * 60 * 60 * 1000;

describe('the stance scale', () => {
	it('asks every rank the same question in parallel terms: each definition says on what terms services should encrypt', () => {
		expect(debate.stances.map((stance) => stance.rank)).toEqual(debate.stances.map((_, i) => i + 1));
		for (const stance of debate.stances) expect(stance.definition, stance.id).toMatch(/^Messaging services should /);
	});

	it('gives no rank a justification the others lack', () => {
		for (const stance of debate.stances)
			expect(stance.definition, stance.id).not.toMatch(/\b(because|since|as it|so as to|in order to|otherwise)\b/i);
	});

	it("uses no side's sense of “safety”: child protection is called that", () => {
		for (const stance of debate.stances) expect(`${stance.label} ${stance.definition}`, stance.id).not.toMatch(/\bsaf(e|ety)\b/i);
	});

	it('keeps every renamed id working as an alias of exactly one stance', () => {
		const ids = debate.stances.flatMap((stance) => [stance.id, ...stance.aliases]);
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('the evidence behind positions', () => {
	it('grades every position and says whose words every quote is', () => {
		for (const { event, position } of positions) {
			expect(['own-words', 'reported', 'linked', 'described'], `${event.id} ${position.actor.id}`).toContain(position.basis);
			for (const quote of position.quotes) expect(quote.by.kind).toMatch(/^(person|actor|publication)$/);
		}
	});

	it("rests no own-words or reported position only on another party's words", () => {
		for (const { event, position } of positions) {
			const at = `${event.id} ${position.actor.id}`;
			if (position.basis === 'own-words')
				expect(
					position.quotes.some((q) => q.by.actor?.id === position.actor.id),
					at,
				).toBe(true);
			if (position.basis === 'reported')
				expect(
					position.quotes.some((q) => q.by.kind === 'publication' && !q.by.actor),
					at,
				).toBe(true);
			if (position.basis === 'described') {
				expect(position.describedBy, at).toBeDefined();
				expect(
					position.quotes.every((q) => q.by.actor?.id === position.describedBy?.id),
					at,
				).toBe(true);
			}
		}
	});

	it('takes no archived evidence for a position from a source published long after the event (that is a later description)', () => {
		for (const { event, position } of positions) {
			for (const quote of position.quotes) {
				const lag = (Date.parse(quote.source.published) - startOfEventDate(event.date).getTime()) / DAY;
				expect(lag, `${event.id} ${position.actor.id}: ${quote.source.id}`).toBeLessThanOrEqual(120);
			}
		}
	});

	it('hears the other side: at least 8 positions from industry and civil-liberties actors across at least 5 events', () => {
		const other = positions.filter(
			({ position }) => ['industry', 'civil-liberties'].includes(position.actor.group) && position.basis !== 'described',
		);
		expect(other.length).toBeGreaterThanOrEqual(8);
		expect(new Set(other.map(({ event }) => event.id)).size).toBeGreaterThanOrEqual(5);
		for (const { position } of other) expect(position.quotes.length + position.linked.length).toBeGreaterThan(0);
	});

	it('links an answer, or says none is on record, for every event addressed to an actor', () => {
		for (const event of debate.events) {
			for (const { actor, answers } of event.addressedTo) {
				for (const answer of answers) {
					const replying = debate.events.find((e) => e.id === answer.id);
					expect(
						replying?.positions.some((p) => p.actor.id === actor.id),
						`${event.id} → ${answer.id}`,
					).toBe(true);
				}
			}
		}
	});
});

describe("the site's own words", () => {
	// One side's terms, which may stand inside a quotation or a reference title but never in our own sentences.
	const LOADED = /\b(predators?|paedophiles?|condemn(s|ed)?|slams?|blasts?|as proof|proves?|vile|sick(ening)?)\b/i;
	const own = debate.events.flatMap((event) => [
		[`${event.id} title`, event.title],
		[`${event.id} label`, event.label],
		[`${event.id} summary`, event.summary],
		...event.questions.map((q, i) => [`${event.id} questions[${i}]`, q.replace(/"[^"]*"|“[^”]*”/g, '')]),
		...event.claims.map((c, i) => [`${event.id} claims[${i}].claim`, c.claim]),
		...event.positions.flatMap((p) => p.linked.map((l, i) => [`${event.id} ${p.actor.id} linked[${i}]`, l.paraphrase])),
	]);

	it('keeps loaded terms out of titles, summaries, questions, claims and paraphrases', () => {
		for (const [where, text] of own) expect(text, where).not.toMatch(LOADED);
	});

	it('puts no quotation marks in a linked paraphrase', () => {
		for (const { event, position } of positions)
			for (const item of position.linked) expect(item.paraphrase, event.id).not.toMatch(/["“”«»]/);
	});
});
