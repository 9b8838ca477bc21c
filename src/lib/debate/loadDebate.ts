import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDebate, type Debate } from './buildDebate.ts';

let cached: Promise<{ debate: Debate; entries: Map<string, CollectionEntry<'events'>>; seeds: Map<string, string> }> | undefined;

/** Loads every collection once per build and resolves it into the {@link Debate} all pages print. */
export function loadDebate() {
	cached ??= (async () => {
		const [events, actors, people, stances, sources, seeds] = await Promise.all([
			getCollection('events'),
			getCollection('actors'),
			getCollection('people'),
			getCollection('stances'),
			getCollection('sources'),
			getCollection('seeds'),
		]);
		const debate = buildDebate({
			events: events.map(({ id, data }) => ({ id, data })),
			actors: actors.map((entry) => entry.data),
			people: people.map((entry) => entry.data),
			stances: stances.map((entry) => entry.data),
			sources: sources.map((entry) => entry.data),
		});
		return {
			debate,
			entries: new Map(events.map((entry) => [entry.id, entry])),
			seeds: new Map(seeds.map((entry) => [entry.id, entry.data.text])),
		};
	})();
	return cached;
}
