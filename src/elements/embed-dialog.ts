import { embedSnippet } from '../lib/site/embed.ts';

/**
 * The "Embed" button and its dialog: choose the view, theme and height, see a live preview, and copy the
 * <iframe> snippet (with a <copy-button>). A modal <dialog> keeps focus inside it; closing returns focus to the button.
 */
class EmbedDialog extends HTMLElement {
	private dialog!: HTMLDialogElement;
	private opener!: HTMLButtonElement;

	connectedCallback() {
		this.dialog = this.querySelector('dialog')!;
		this.opener = this.querySelector('.embed-open')!;
		this.opener.addEventListener('click', () => this.open());
		this.dialog.addEventListener('close', () => this.opener.focus());
	}

	/** The dialog's form, made from its <template> the first time it is needed (see EmbedDialog.astro). */
	private get form(): HTMLFormElement {
		const made = this.dialog.querySelector('form');
		if (made) return made;
		const template = this.dialog.querySelector('template')!;
		this.dialog.append(document.importNode(template.content, true));
		template.remove();
		const form = this.dialog.querySelector('form')!;
		form.addEventListener('input', () => this.update());
		return form;
	}

	private open() {
		this.update();
		this.dialog.showModal();
		this.form.querySelector<HTMLElement>('input, select')?.focus();
	}

	/** The embed page's URL for the chosen options; "as you see it now" carries the page's filters, dates and event. */
	private embedUrl(): string {
		// The page's own origin and base, as served: the snippet works wherever the site is deployed.
		const url = new URL(this.dataset.embedUrl!, location.href);
		const data = new FormData(this.form);
		if (this.dataset.currentView !== undefined && data.get('view') === 'current') {
			const here = new URL(location.href);
			for (const key of ['actors', 'from', 'to']) {
				const value = here.searchParams.get(key);
				if (value !== null) url.searchParams.set(key, value);
			}
			url.hash = here.hash;
		}
		const theme = data.get('theme');
		if (theme === 'light' || theme === 'dark') url.searchParams.set('theme', theme);
		return url.href;
	}

	private update() {
		const form = this.form;
		const data = new FormData(form);
		const height = Number(data.get('height')) || 600;
		const src = this.embedUrl();
		const snippet = embedSnippet({
			src,
			title: this.dataset.title!,
			height,
			scriptUrl: data.get('resize') ? new URL(this.dataset.scriptUrl!, location.href).href : undefined,
		});
		form.querySelector('textarea')!.value = snippet;
		const preview = form.querySelector('iframe')!;
		preview.style.height = `${Math.min(4000, Math.max(150, height))}px`;
		if (preview.src !== src) preview.src = src;
	}
}

customElements.define('embed-dialog', EmbedDialog);
