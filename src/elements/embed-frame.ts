import { HEIGHT_MESSAGE } from '../lib/site/embed.ts';
import { store } from './timelineStore.ts';

/**
 * In an embed page: posts the content's height to the page that frames it (for the resize script), whenever it
 * changes, and keeps the "Open full timeline" link on the view the reader has chosen.
 */
class EmbedFrame extends HTMLElement {
	connectedCallback() {
		if (window.parent !== window) {
			let last = 0;
			const post = () => {
				// The content's own height: the document's would never be less than the iframe's, so could not shrink.
				const height = Math.ceil(this.getBoundingClientRect().height);
				if (height === last) return;
				last = height;
				window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
			};
			new ResizeObserver(post).observe(this);
			post();
		}
		const link = this.querySelector<HTMLAnchorElement>('a[data-full-timeline]');
		if (link) {
			const follow = () => {
				const target = new URL(link.href);
				const here = new URL(location.href);
				for (const key of ['actors', 'from', 'to']) {
					const value = here.searchParams.get(key);
					if (value === null) target.searchParams.delete(key);
					else target.searchParams.set(key, value);
				}
				target.hash = here.hash;
				link.href = target.href;
			};
			follow();
			store.addEventListener('change', follow);
		}
	}
}

customElements.define('embed-frame', EmbedFrame);
