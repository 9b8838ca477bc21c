// Every page and file the site links to, as a path from the site root. Components link through these (wrapped
// in withBase() for the base path), never by writing a path out, so a route changes in one place.

export const routes = {
	home: '/',
	events: '/events/',
	event: (id: string) => `/events/${id}/`,
	actors: '/actors/',
	actor: (id: string) => `/actors/${id}/`,
	/** A source's archived text, optionally at one marked passage. */
	source: (id: string, anchor?: string) => `/sources/${id}/${anchor ? `#${anchor}` : ''}`,
	glossary: '/glossary/',
	about: '/about/',
	openData: '/about/data/',
	lesson: '/lesson/',
	search: '/search/',
	embed: '/embed/',
	embedEvent: (id: string) => `/embed/events/${id}/`,
	ogImage: (id: string) => `/og/${id}.png`,
	/** A download: events.json, events.csv, quotes.csv, positions.csv, timelinejs.json, or timeline.json (the chart's data). */
	data: (file: 'events.json' | 'events.csv' | 'quotes.csv' | 'positions.csv' | 'timelinejs.json' | 'timeline.json') => `/data/${file}`,
} as const;
