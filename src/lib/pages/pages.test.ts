import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../content/readContent.ts';
import { debateFromContent } from '../debate/debateFromContent.ts';
import { buildActorPage } from './actorPage.ts';
import { buildSourcePage } from './sourcePage.ts';
import { buildMiniTimeline, buildTimelineFigures } from './timelineFigures.ts';

// The page view models, on the content check's minimal fixture: the pages only print what these compute.
const FIXTURE = join(import.meta.dirname, '..', 'content', '__fixtures__', 'minimal');
const debate = debateFromContent(readContent(FIXTURE));
const href = (path: string) => `/base${path}`;
const actor = (id: string) => debate.actors.find((a) => a.id === id)!;

describe('the page view models', () => {
	it('an actor page lists where the actor took a position, charted over the whole debate, with linked marks', () => {
		const page = buildActorPage(debate, actor('meta'), href);
		expect(page.appearances.map(({ event, position }) => [event.id, position.stance.id])).toEqual(
			debate.events.flatMap((event) => event.positions.filter((p) => p.actor.id === 'meta').map((p) => [event.id, p.stance.id])),
		);
		expect(page.chart?.points.map((point) => point.href)).toEqual(page.appearances.map(({ event }) => `/base${event.path}`));
		expect(buildActorPage(debate, actor('nspcc'), href).appearances).toEqual([]);
	});

	it('a source page marks every passage quoted from it, linked to its event', () => {
		const source = debate.sources[0];
		const text = readFileSync(join(FIXTURE, 'seeds', `${source.id}.txt`), 'utf8');
		const page = buildSourcePage(debate, text, source, href);
		expect(page.kind).toBe('News report');
		expect(page.passages.length).toBeGreaterThan(0);
		expect(page.html.match(/<mark>/g)).toHaveLength(page.passages.length);
		for (const passage of page.passages) expect(page.html).toContain(`id="${passage.anchor}"`);
	});

	it('the timeline has both orientations and names its span; the mini timeline keeps only the event’s actors', () => {
		const timeline = buildTimelineFigures(debate, href);
		expect(timeline.figures.map(({ view }) => view.orientation)).toEqual(['horizontal', 'vertical']);
		expect(timeline.title).toBe(
			`Timeline of positions on end-to-end encryption, ${debate.events[0].dateLabel} to ${debate.events.at(-1)?.dateLabel}`,
		);
		const event = debate.events[0];
		const mini = buildMiniTimeline(debate, event, href);
		expect(mini.view.lanes.map((lane) => lane.id).sort()).toEqual(event.positions.map((p) => p.actor.id).sort());
		expect(mini.svg).toContain(`data-event="${event.id}"`);
		expect(mini.svg).toContain('aria-current="true"');
	});
});
