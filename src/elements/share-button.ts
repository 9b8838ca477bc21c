/** <share-button data-title data-url>: the Web Share API, where the browser has it; hidden elsewhere. */
class ShareButton extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button');
		const data = { title: this.dataset.title, url: this.dataset.url };
		if (!button || !navigator.share || (navigator.canShare && !navigator.canShare(data))) return;
		this.hidden = false;
		button.addEventListener('click', () => void navigator.share(data).catch(() => undefined));
	}
}

customElements.define('share-button', ShareButton);
