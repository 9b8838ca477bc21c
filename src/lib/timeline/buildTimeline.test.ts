import { describe, expect, it } from 'vitest';
import { buildTimeline, fullDomain, SIZES, timeRange, wrapLabel } from './buildTimeline.ts';
import { renderStanceDefs, renderTimeline } from './renderTimeline.ts';
import type { TimelineInput } from './timelineInput.ts';

const day = (value: string) => new Date(`${value}T00:00:00Z`);

function input(): TimelineInput {
	return {
		events: [
			{
				id: '2021-04-19-a',
				title: 'A <b>speech</b>',
				label: 'Speech',
				start: day('2021-04-19'),
				end: day('2021-04-20'),
				precision: 'day',
				dateLabel: '19 April 2021',
				href: '/events/2021-04-19-a/',
			},
			{
				id: '2023-07-b',
				title: 'A letter',
				label: 'Letter',
				start: day('2023-07-01'),
				end: day('2023-08-01'),
				precision: 'month',
				dateLabel: 'July 2023',
				href: '/events/2023-07-b/',
			},
			{
				id: '2023-12-06-c',
				title: 'Rollout',
				label: 'Rollout',
				start: day('2023-12-06'),
				end: day('2023-12-07'),
				precision: 'day',
				dateLabel: '6 December 2023',
				href: '/events/2023-12-06-c/',
			},
			{
				id: '2023-12-07-d',
				title: 'Reactions',
				label: 'Reactions',
				start: day('2023-12-07'),
				end: day('2023-12-08'),
				precision: 'day',
				dateLabel: '7 December 2023',
				href: '/events/2023-12-07-d/',
			},
		],
		lanes: [
			{ id: 'home-office', label: 'Home Office', group: 'government' },
			{ id: 'nca', label: 'NCA', group: 'law-enforcement' },
			{ id: 'npcc', label: 'NPCC', group: 'law-enforcement' },
			{ id: 'meta', label: 'Meta', group: 'industry' },
		],
		positions: [
			{
				eventId: '2021-04-19-a',
				actorId: 'home-office',
				stanceId: 'halt',
				rank: 6,
				stanceLabel: 'Halt',
				stanceShort: 'Halt',
				basis: 'own-words',
				basisLabel: 'own words',
			},
			{
				eventId: '2021-04-19-a',
				actorId: 'meta',
				stanceId: 'gradual',
				rank: 3,
				stanceLabel: 'Gradual',
				stanceShort: 'Gradual',
				basis: 'own-words',
				basisLabel: 'own words',
			},
			{
				eventId: '2023-07-b',
				actorId: 'home-office',
				stanceId: 'detect',
				rank: 4,
				stanceLabel: 'Detect',
				stanceShort: 'Detect',
				basis: 'own-words',
				basisLabel: 'own words',
			},
			{
				eventId: '2023-12-06-c',
				actorId: 'meta',
				stanceId: 'default',
				rank: 2,
				stanceLabel: 'Default',
				stanceShort: 'Default',
				basis: 'described',
				basisLabel: 'as described by Home Office',
			},
			{
				eventId: '2023-12-07-d',
				actorId: 'nca',
				stanceId: 'evidence',
				rank: 5,
				stanceLabel: 'Evidence',
				stanceShort: 'Evidence',
				basis: 'own-words',
				basisLabel: 'own words',
			},
			{
				eventId: '2023-12-07-d',
				actorId: 'npcc',
				stanceId: 'evidence',
				rank: 5,
				stanceLabel: 'Evidence',
				stanceShort: 'Evidence',
				basis: 'own-words',
				basisLabel: 'own words',
			},
		],
	};
}

/** The same, with Meta's marks on consecutive days (6 and 7 December). */
function crowdedInput(): TimelineInput {
	const crowded = input();
	crowded.positions.push({
		eventId: '2023-12-07-d',
		actorId: 'meta',
		stanceId: 'default',
		rank: 2,
		stanceLabel: 'Default',
		stanceShort: 'Default',
		basis: 'own-words',
		basisLabel: 'own words',
	});
	return crowded;
}

describe('buildTimeline, horizontal', () => {
	const view = buildTimeline(input(), { orientation: 'horizontal', width: 1000 });

	it('gives each actor a lane, grouped, in order down the page', () => {
		expect(view.lanes.map((l) => l.id)).toEqual(['home-office', 'nca', 'npcc', 'meta']);
		expect(view.groups.map((g) => [g.label, g.y < g.y + g.height])).toEqual([
			['Government', true],
			['Law enforcement', true],
			['Industry', true],
		]);
		const ys = view.lanes.map((l) => l.y);
		expect(ys).toEqual([...ys].sort((a, b) => a - b));
		const lawEnforcement = view.groups[1];
		expect(
			view.lanes.filter((l) => l.y >= lawEnforcement.y && l.y < lawEnforcement.y + lawEnforcement.height).map((l) => l.id),
		).toEqual(['nca', 'npcc']);
	});

	it('places marks by date along x and by actor along y, later events to the right', () => {
		const x = (event: string, actor: string) => view.marks.find((m) => m.eventId === event && m.actorId === actor)!;
		expect(x('2021-04-19-a', 'meta').x).toBeLessThan(x('2023-12-06-c', 'meta').x);
		expect(x('2021-04-19-a', 'meta').y).toBe(x('2023-12-06-c', 'meta').y);
		expect(x('2021-04-19-a', 'home-office').y).toBeLessThan(x('2021-04-19-a', 'meta').y);
		const [r0, r1] = timeRange('horizontal', 1000);
		expect(view.marks.every((m) => m.x > r0 && m.x < r1)).toBe(true);
	});

	it('draws a month-precision event as approximate: a mark mid-month and a span over the month', () => {
		const mark = view.marks.find((m) => m.eventId === '2023-07-b')!;
		expect(mark.approx).toBe(true);
		const event = view.events.find((e) => e.id === '2023-07-b')!;
		expect(event.precision).toBe('month');
		expect(event.span!.x).toBeLessThan(event.x);
		expect(event.span!.x + event.span!.width).toBeGreaterThan(event.x);
		expect(view.events.find((e) => e.id === '2021-04-19-a')!.span).toBeUndefined();
		expect(view.marks.find((m) => m.eventId === '2021-04-19-a')!.approx).toBe(false);
	});

	it('places event labels in at most two rows, never overlapping, within the drawing', () => {
		const size = (id: string) => view.labels.find((l) => l.eventId === id)!.lines[0].length * SIZES.charWidth;
		expect(new Set(view.labels.map((l) => l.y)).size).toBeLessThanOrEqual(2);
		const box = (l: (typeof view.labels)[number]) => (l.anchor === 'end' ? [l.x - size(l.eventId), l.x] : [l.x, l.x + size(l.eventId)]);
		for (const a of view.labels) {
			const [a0, a1] = box(a);
			expect(a0).toBeGreaterThanOrEqual(0);
			expect(a1).toBeLessThanOrEqual(1000);
			for (const b of view.labels) {
				if (a === b || a.y !== b.y) continue;
				const [b0, b1] = box(b);
				expect(a1 <= b0 || b1 <= a0, `${a.eventId} / ${b.eventId}`).toBe(true);
			}
		}
		expect(view.labels.length).toBe(4);
	});

	it('keeps distinct events at least 24 units apart, the same day included, so no mark has to be merged', () => {
		const xs = view.events.map((e) => e.x);
		for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(24 - 0.1);
		const crowded = crowdedInput();
		expect(buildTimeline(crowded, { orientation: 'horizontal', width: 1000 }).clusters).toEqual([]);
	});

	it('compresses a quiet stretch into a break that says how long it lasted, with no tick inside it', () => {
		expect(view.breaks.map((b) => b.label)).toEqual(['2 years', '5 months']);
		for (const b of view.breaks) expect(view.ticks.some((t) => t.pos > b.start + 1 && t.pos < b.end - 1)).toBe(false);
		expect(renderTimeline(view)).toMatch(/<g class="time-break" data-from="2021-04-19" data-to="2023-07-16">.*?2 years<\/text><\/g>/);
	});

	it('merges marks that would overlap in a lane into a counted cluster when the axis has no room, and splits it when zoomed in', () => {
		const crowded = crowdedInput();
		const wide = buildTimeline(crowded, { orientation: 'horizontal', width: 420 });
		expect(wide.clusters).toEqual([expect.objectContaining({ actorId: 'meta', count: 2, eventIds: ['2023-12-06-c', '2023-12-07-d'] })]);
		expect(wide.marks.filter((m) => m.actorId === 'meta').map((m) => m.eventId)).toEqual(['2021-04-19-a']);
		expect(renderTimeline(wide)).toMatch(
			/<g class="cluster" data-actor="meta" data-index="2" data-from="2023-12-06" data-to="2023-12-08" role="button" tabindex="-1" aria-label="Meta: 2 positions, 6 December 2023 to 7 December 2023\. Select to see them one by one\.">/,
		);
		const zoomed = buildTimeline(crowded, { orientation: 'horizontal', width: 1000, domain: [day('2023-11-25'), day('2023-12-20')] });
		expect(zoomed.clusters).toEqual([]);
		expect(zoomed.marks.filter((m) => m.actorId === 'meta').map((m) => m.eventId)).toEqual(['2023-12-06-c', '2023-12-07-d']);
	});

	it('draws only the events within a zoomed domain, with ticks for that domain', () => {
		const zoomed = buildTimeline(input(), { orientation: 'horizontal', width: 1000, domain: [day('2023-06-01'), day('2024-01-01')] });
		expect(zoomed.events.map((e) => e.id)).toEqual(['2023-07-b', '2023-12-06-c', '2023-12-07-d']);
		expect(zoomed.domain).toEqual(['2023-06-01', '2024-01-01']);
		expect(zoomed.ticks.some((t) => /Dec/.test(t.label))).toBe(true);
		expect(zoomed.breaks.map((b) => b.label)).toEqual(['5 months']);
	});

	it('leaves out hidden lanes and the space they took', () => {
		const filtered = buildTimeline(input(), { orientation: 'horizontal', width: 1000, hiddenLanes: new Set(['nca', 'npcc']) });
		expect(filtered.lanes.map((l) => l.id)).toEqual(['home-office', 'meta']);
		expect(filtered.marks.some((m) => m.actorId === 'nca')).toBe(false);
		expect(filtered.height).toBeLessThan(view.height);
		expect(filtered.events).toHaveLength(4);
	});
});

describe('buildTimeline, vertical', () => {
	const view = buildTimeline(input(), { orientation: 'vertical', width: 380 });

	it('runs time down the page and lanes across it, within the width', () => {
		const meta = view.marks.filter((m) => m.actorId === 'meta');
		expect(meta[0].y).toBeLessThan(meta[1].y);
		expect(meta[0].x).toBe(meta[1].x);
		expect(view.lanes.every((l) => l.x + l.width <= 380)).toBe(true);
		expect(view.labels.every((l) => l.lines.every((line) => line.length <= SIZES.verticalLabelChars))).toBe(true);
	});

	it('labels every event beside the last column, each label within the width', () => {
		expect(view.labels.map((l) => l.eventId).sort()).toEqual(view.events.map((e) => e.id).sort());
		const right = Math.max(...view.lanes.map((l) => l.x + l.width));
		for (const label of view.labels) {
			expect(label.x).toBeGreaterThan(right);
			expect(label.x + Math.max(...label.lines.map((line) => line.length)) * SIZES.charWidth).toBeLessThanOrEqual(380);
		}
	});

	it('leaves event labels out, not clipped, when the columns leave no room for them', () => {
		const right = Math.max(...view.lanes.map((l) => l.x + l.width));
		const narrow = buildTimeline(input(), { orientation: 'vertical', width: right + 40 });
		expect(narrow.labels).toEqual([]);
		expect(narrow.marks).toHaveLength(view.marks.length);
		expect(narrow.events).toHaveLength(view.events.length);
	});

	it('keeps event labels from overlapping down the page', () => {
		const boxes = view.labels.map((l) => [l.y - 12, l.y - 12 + l.lines.length * SIZES.labelRow]).sort((a, b) => a[0] - b[0]);
		expect(boxes.every((box, i) => i === 0 || box[0] >= boxes[i - 1][1])).toBe(true);
	});
});

// Just enough of the site's look for a person to read a snapshot in a browser; the tests compare the markup.
const SNAPSHOT_STYLE =
	'text{font:11px sans-serif}.group-band{fill:#f3f4f6}.time-break rect{fill:#fafafa}.tick,.guide{stroke:#ccc}' +
	'.movement{fill:none;stroke:#888}.basis-ring{fill:none;stroke:#333;stroke-dasharray:2 2}.event-span{fill:#dde}';

describe('renderTimeline', () => {
	// Snapshots of the whole drawing, as Plot tests its marks: each file is a complete SVG (open it in a browser to
	// see it), one element per line, every number rounded by the renderer. A change to the drawing shows as a diff
	// to review; \`vitest run -u\` accepts it.
	for (const orientation of ['horizontal', 'vertical'] as const) {
		it(`draws the fixture, ${orientation}, as its snapshot shows`, async () => {
			const view = buildTimeline(input(), { orientation, width: orientation === 'horizontal' ? 1000 : 380 });
			const svg =
				`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${view.width} ${view.height}" width="${view.width}" height="${view.height}">` +
				`<style>${SNAPSHOT_STYLE}</style><defs>${renderStanceDefs([1, 2, 3, 4, 5, 6], SIZES.mark)}</defs>${renderTimeline(view, { selected: '2023-07-b' })}</svg>`;
			await expect(`${svg.replace(/></g, '>\n<')}\n`).toMatchFileSnapshot(`__snapshots__/timeline-${orientation}.svg`);
		});
	}

	it("rings a mark whose evidence is not the actor's own words, and names its grade", () => {
		const view = buildTimeline(input(), { orientation: 'horizontal', width: 1000 });
		const svg = renderTimeline(view);
		const described = svg.match(/<a class="mark[^"]*"[^>]*data-basis="described"[^>]*>.*?<\/a>/)?.[0] ?? '';
		expect(described).toContain('<circle class="basis-ring"');
		expect(described).toContain('Default (as described by Home Office)');
		const own = svg.match(/<a class="mark[^"]*"[^>]*data-basis="own-words"[^>]*>.*?<\/a>/g) ?? [];
		expect(own).toHaveLength(5);
		expect(own.some((mark) => mark.includes('basis-ring'))).toBe(false);
	});

	it('escapes text, so a title cannot inject markup', () => {
		const svg = renderTimeline(buildTimeline(input(), { orientation: 'horizontal', width: 1000 }));
		expect(svg).toContain('A &lt;b&gt;speech&lt;/b&gt; (19 April 2021)');
		expect(svg).not.toContain('<b>');
	});
});

describe('fullDomain and wrapLabel', () => {
	it('spans every event, padded', () => {
		const [from, to] = fullDomain(input());
		expect(from < day('2021-04-19') && to > day('2023-12-08')).toBe(true);
	});

	it('wraps a label at spaces', () => {
		expect(wrapLabel('Police, NCA, IWF respond', 13)).toEqual(['Police, NCA,', 'IWF respond']);
	});
});
