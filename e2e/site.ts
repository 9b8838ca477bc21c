import type { APIRequestContext } from '@playwright/test';
import type { OpenData } from '../src/lib/debate/openData.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planSweep, sampleOf, type Visit } from '../src/lib/site/samplePages.ts';

/**
 * Every HTML page of the built site, as URL paths ("/", "/events/…/", "/404.html"), read from dist/; redirect pages
 * are left out. A page that is not a folder's index is at its file's own address, as every static host serves it.
 */
export function builtPages(dist = 'dist'): string[] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html') && !readFileSync(join(dist, file), 'utf8').includes('http-equiv="refresh"'))
		.map((file) => `/${file}`.replace(/index\.html$/, ''))
		.sort();
}

/** The ids a content list names, in file order: the last is the one most recently added. */
const listIds = (file: string) => (existsSync(file) ? [...readFileSync(file, 'utf8').matchAll(/^- id: (\S+)/gm)].map((m) => m[1]) : []);

/**
 * The pages the per-page sweeps visit (see planSweep): a collection of more than SWEEP_LIMIT (30) pages is sampled,
 * always keeping its first, last and newest pages (the latest event; the actor and source last added).
 */
export function sweepPages(dist = 'dist'): Visit[] {
	const events = readdirSync('content/events')
		.filter((name) => name.endsWith('.mdx'))
		.sort();
	const newest = [
		...events.slice(-1).map((name) => `/events/${name.slice(0, -4)}/`),
		...listIds('content/actors.yaml')
			.slice(-1)
			.map((id) => `/actors/${id}/`),
		...listIds('content/sources.yaml')
			.slice(-1)
			.map((id) => `/sources/${id}/`),
	];
	return planSweep(builtPages(dist), { limit: Number(process.env.SWEEP_LIMIT ?? 30), newest });
}

/** The site's open data (/data/events.json), typed as the build writes it. */
export async function openData(request: APIRequestContext): Promise<OpenData> {
	return (await (await request.get('/data/events.json')).json()) as OpenData;
}

/** Text as a reader sees it: runs of white space as one space, none at either end. */
export const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A value the test needs, or a failure that says which one was missing. */
export function must<T>(value: T | undefined | null, what: string): T {
	if (value === undefined || value === null) throw new Error(`expected ${what}`);
	return value;
}

/**
 * The events a per-event page check visits: every one up to EVENT_LIMIT (50), past it a fixed sample that keeps
 * the first and the last (the newest: the open data lists events in date order), so such a check's time stays
 * bounded however many events there are.
 */
export function eventSample<T>(events: readonly T[]): T[] {
	return sampleOf(events, Number(process.env.EVENT_LIMIT ?? 50));
}

/** Every position with its event, in date order. */
export const positionsOf = (data: OpenData) => data.events.flatMap((event) => event.positions.map((position) => ({ event, position })));

/** Events dated to the day, in date order: the ones a date range in the URL can name exactly. */
export const dayEvents = (data: OpenData) => data.events.filter((event) => event.precision === 'day');

/** The open data as built (dist/data/events.json), for choosing pages while the tests are being collected. */
export function builtOpenData(dist = 'dist'): OpenData {
	return JSON.parse(readFileSync(join(dist, 'data', 'events.json'), 'utf8')) as OpenData;
}
