import { describe, expect, it } from 'vitest';
import { buildStanceChart, type StancePoint } from './stanceChart.ts';

const day = (value: string) => new Date(`${value}T00:00:00Z`);
const point = (eventId: string, start: string, end: string, rank: number, approx = false): StancePoint => ({
	eventId,
	label: eventId,
	href: `/events/${eventId}/`,
	dateLabel: start,
	start: day(start),
	end: day(end),
	approx,
	rank,
	stanceLabel: `rank ${rank}`,
	basis: 'own-words',
});
const stances = [1, 2, 3, 4].map((rank) => ({ rank, label: `Stance ${rank}` }));

describe('buildStanceChart', () => {
	const chart = buildStanceChart(
		[
			point('b', '2023-09-20', '2023-09-21', 4),
			point('a', '2021-04-19', '2021-04-20', 2),
			point('c', '2023-07-01', '2023-08-01', 3, true),
		],
		stances,
		[day('2020-01-01'), day('2024-01-01')],
	);

	it('puts each stance on its own row, rank 1 at the top', () => {
		expect(chart.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
		expect(chart.rows[0].y).toBeLessThan(chart.rows[3].y);
	});

	it('places points in time order at their stance’s row', () => {
		expect(chart.points.map((p) => p.eventId)).toEqual(['a', 'c', 'b']);
		expect(chart.points.map((p) => p.y)).toEqual([chart.rows[1].y, chart.rows[2].y, chart.rows[3].y]);
		expect(chart.points[0].x).toBeLessThan(chart.points[1].x);
	});

	it('draws a step line: level until the next statement, then a move to its stance', () => {
		const [a, c, b] = chart.points;
		expect(chart.path).toBe(`M${a.x},${a.y}H${c.x}V${c.y}H${b.x}V${b.y}`);
	});

	it('draws an empty chart for an actor with no positions', () => {
		const empty = buildStanceChart([], stances, [day('2020-01-01'), day('2024-01-01')]);
		expect(empty.points).toEqual([]);
		expect(empty.path).toBe('');
	});
});
