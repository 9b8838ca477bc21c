/**
 * <copy-button data-copy="text"> or <copy-button data-copy-from="element id">: a button that copies text to the
 * clipboard and says so. Without scripts (it has class js-only) or a clipboard it is hidden, and the text
 * remains selectable.
 */
class CopyButton extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button');
		if (!button) return;
		if (!navigator.clipboard) {
			this.hidden = true;
			return;
		}
		const label = button.textContent ?? 'Copy';
		button.addEventListener('click', () => void this.copy(button, label));
	}

	private async copy(button: HTMLButtonElement, label: string) {
		const source = this.dataset.copyFrom ? document.getElementById(this.dataset.copyFrom) : undefined;
		const text = this.dataset.copy ?? (source instanceof HTMLTextAreaElement ? source.value : source?.textContent?.trim()) ?? '';
		// The button's label changes for sight; the status region says it for screen readers.
		const status = this.querySelector('[role="status"]');
		try {
			await navigator.clipboard.writeText(text);
			button.textContent = 'Copied';
			if (status) status.textContent = 'Copied to the clipboard.';
		} catch {
			button.textContent = 'Copy failed: select the text instead';
			if (status) status.textContent = 'Copying failed: select the text and copy it instead.';
		}
		setTimeout(() => {
			button.textContent = label;
			if (status) status.textContent = '';
		}, 2000);
	}
}

customElements.define('copy-button', CopyButton);
