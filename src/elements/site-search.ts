interface PagefindResult {
	url: string;
	excerpt: string;
	meta: { title?: string };
}

interface Pagefind {
	options(options: { baseUrl: string }): Promise<void>;
	search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

/**
 * The search page: loads Pagefind (and its index) only here, searches as the reader types and for ?q=, and
 * lists the matching pages with an excerpt. Excerpts keep only Pagefind's <mark> highlights.
 */
class SiteSearch extends HTMLElement {
	private pagefind: Promise<Pagefind> | undefined;
	private timer: number | undefined;
	/** Counts searches, so a slow earlier one never overwrites the results of a later one. */
	private latest = 0;

	connectedCallback() {
		const input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
		const query = new URL(location.href).searchParams.get('q') ?? '';
		input.value = query;
		if (query.trim()) void this.run(query);
		input.addEventListener('input', () => {
			clearTimeout(this.timer);
			this.timer = window.setTimeout(() => void this.run(input.value), 200);
		});
		this.querySelector('form')!.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.run(input.value);
		});
	}

	private load(): Promise<Pagefind> {
		this.pagefind ??= (async () => {
			const module = (await import(/* @vite-ignore */ this.dataset.pagefind!)) as Pagefind;
			await module.options({ baseUrl: this.dataset.base! });
			return module;
		})();
		return this.pagefind;
	}

	private async run(query: string) {
		const status = this.querySelector('.search-status')!;
		const list = this.querySelector('.search-results')!;
		const url = new URL(location.href);
		if (query.trim()) url.searchParams.set('q', query);
		else url.searchParams.delete('q');
		history.replaceState(history.state, '', url);
		if (!query.trim()) {
			list.replaceChildren();
			status.textContent = '';
			return;
		}
		const run = ++this.latest;
		status.textContent = 'Searching…';
		try {
			const pagefind = await this.load();
			const search = await pagefind.search(query);
			const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
			if (run !== this.latest) return;
			list.replaceChildren(...results.map(renderResult));
			status.textContent =
				results.length === 0
					? `Nothing found for “${query}”.`
					: `${search.results.length} ${search.results.length === 1 ? 'page' : 'pages'} found for “${query}”.`;
		} catch {
			if (run === this.latest)
				status.textContent = 'Search is not available right now. Every event is listed on the All events page.';
		}
	}
}

function renderResult(result: PagefindResult): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = result.url;
	link.textContent = result.meta.title ?? result.url;
	const excerpt = document.createElement('p');
	// Pagefind escapes the page's text; of its markup only the <mark> highlights are kept.
	excerpt.innerHTML = result.excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
	item.append(link, excerpt);
	return item;
}

customElements.define('site-search', SiteSearch);
