import { describe, expect, it } from 'vitest';
import { planSweep, sampleOf, VARIANTS } from './samplePages.ts';

const events = (n: number) => Array.from({ length: n }, (_, i) => `/events/2020-01-${String(i + 1).padStart(4, '0')}-e/`);

describe('planSweep', () => {
	it('visits every page of a small site once, and the first page of each template in all four variants', () => {
		const pages = ['/', '/about/', ...events(3), '/actors/meta/', '/actors/nspcc/'];
		const plan = planSweep(pages, { limit: 8 });
		expect(plan.map((visit) => visit.path).sort()).toEqual([...pages].sort());
		const all = plan.filter((visit) => visit.variants.length === 4).map((visit) => visit.path);
		expect(all.sort()).toEqual(['/', '/about/', '/actors/meta/', events(1)[0]].sort());
		expect(plan.filter((visit) => visit.variants.length === 1).every((visit) => VARIANTS.includes(visit.variants[0]))).toBe(true);
	});

	it('samples a large collection to the limit, always with its first, last and newest pages, the same every run', () => {
		const pages = ['/', ...events(1000)];
		const newest = events(1000)[500];
		const plan = planSweep(pages, { limit: 10, newest: [newest] });
		const visited = plan.map((visit) => visit.path).filter((path) => path.startsWith('/events/'));
		expect(visited).toHaveLength(10);
		expect(visited).toEqual(expect.arrayContaining([events(1000)[0], events(1000)[999], newest]));
		expect(planSweep(pages, { limit: 10, newest: [newest] })).toEqual(plan);
		expect(plan.reduce((runs, visit) => runs + visit.variants.length, 0)).toBe(11 + 3 + 3);
	});

	it('shares the single variants out in turn, so each variant sees a share of the pages', () => {
		const plan = planSweep(['/', ...events(12)], { limit: 20 });
		const singles = plan.filter((visit) => visit.variants.length === 1);
		expect(new Set(singles.map((visit) => `${visit.variants[0].scheme} ${visit.variants[0].width}`)).size).toBe(4);
	});
});

describe('sampleOf', () => {
	it('keeps every item up to the limit, and past it the first, last and named ones, in their order', () => {
		const items = Array.from({ length: 100 }, (_, i) => i);
		expect(sampleOf(items.slice(0, 5), 10)).toEqual([0, 1, 2, 3, 4]);
		const sample = sampleOf(items, 10, (i) => i === 42);
		expect(sample).toHaveLength(10);
		expect(sample).toEqual([...sample].sort((a, b) => a - b));
		expect(sample).toEqual(expect.arrayContaining([0, 42, 99]));
		expect(sampleOf(items, 10, (i) => i === 42)).toEqual(sample);
	});
});
