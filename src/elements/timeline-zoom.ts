import { visibleFigure } from './timelineFigures.ts';
import { store } from './timelineStore.ts';
import type * as Zoom from './timelineZoom.ts';

type ZoomModule = typeof Zoom;

/**
 * Zoom and pan along time: the "Zoom in", "Zoom out" and "Reset zoom" buttons, the + and − keys, Ctrl (or ⌘)
 * with the mouse wheel or a trackpad pinch, a two-finger pinch on touch screens, and dragging. d3-zoom and the
 * layout code are loaded on the first of these, so they cost nothing to readers who never zoom.
 */
class TimelineZoom extends HTMLElement {
	private loading: Promise<ZoomModule> | undefined;

	connectedCallback() {
		const state = store.init();
		this.addEventListener('click', this.onButton);
		document.addEventListener('keydown', this.onKey);
		for (const figure of document.querySelectorAll<HTMLElement>('figure.timeline')) {
			figure.addEventListener('wheel', this.onFirstGesture, { passive: false });
			figure.addEventListener('mousedown', this.onFirstGesture);
			figure.addEventListener('touchstart', this.onFirstGesture, { passive: true });
			figure.addEventListener('click', this.onClusterClick);
		}
		// A linked view's dates: the zoom code draws them (the one redraw such a page needs).
		if (state.range) void this.zoomModule();
	}

	private zoomModule(): Promise<ZoomModule> {
		this.loading ??= import('./timelineZoom.ts').then(async (module) => {
			await module.attachZoom();
			for (const figure of document.querySelectorAll<HTMLElement>('figure.timeline')) {
				figure.removeEventListener('wheel', this.onFirstGesture);
				figure.removeEventListener('mousedown', this.onFirstGesture);
				figure.removeEventListener('touchstart', this.onFirstGesture);
			}
			return module;
		});
		return this.loading;
	}

	private onButton = (event: MouseEvent) => {
		const action = (event.target as Element).closest<HTMLButtonElement>('button[data-zoom]')?.dataset.zoom;
		if (!action) return;
		void this.zoomModule().then((module) => (action === 'reset' ? module.resetZoom() : module.zoomBy(action === 'in' ? 2 : 0.5)));
	};

	private onKey = (event: KeyboardEvent) => {
		if (event.ctrlKey || event.metaKey || event.altKey) return;
		const step = ({ '+': 2, '=': 2, '-': 0.5, '−': 0.5 } as Record<string, number>)[event.key];
		if (!step || !(event.target as Element).closest?.('figure.timeline')) return;
		event.preventDefault();
		void this.zoomModule().then((module) => module.zoomBy(step));
	};

	// The gesture that loads the zoom code: a wheel step is replayed once d3-zoom listens, so it is not lost. A
	// drag or pinch is not (the fingers or button may be up by then); d3-zoom takes the next one.
	private onFirstGesture = (event: Event) => {
		if (event instanceof WheelEvent && !(event.ctrlKey || event.metaKey)) return;
		if (event instanceof TouchEvent && event.touches.length < 2) return;
		if (event instanceof MouseEvent && !(event instanceof WheelEvent) && event.button !== 0) return;
		if (event.cancelable && event instanceof WheelEvent) event.preventDefault();
		const target = event.target as Element;
		void this.zoomModule().then(() => {
			if (event instanceof WheelEvent) target.dispatchEvent(new WheelEvent(event.type, event));
		});
	};

	private onClusterClick = (event: MouseEvent) => {
		const cluster = (event.target as Element).closest<SVGElement>('.cluster');
		if (!cluster || !visibleFigure()) return;
		void this.zoomModule().then((module) => module.zoomToRange(cluster.dataset.from ?? '', cluster.dataset.to ?? ''));
	};
}

customElements.define('timeline-zoom', TimelineZoom);
