/** <share-results>: adds "Copy link" and "Print" buttons; without JavaScript the page says to bookmark instead. */
class ShareResults extends HTMLElement {
	connectedCallback() {
		const buttons = this.querySelector<HTMLElement>('.share-results__buttons');
		if (!buttons) return;
		buttons.hidden = false;
		const status = this.querySelector<HTMLElement>('[data-share-status]');
		this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
		this.querySelector('[data-copy]')?.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(location.href);
				if (status) status.textContent = 'Link copied.';
			} catch {
				if (status) status.textContent = `Copy this address: ${location.href}`;
			}
		});
	}
}

export function defineShareResults() {
	if (!customElements.get('share-results')) customElements.define('share-results', ShareResults);
}
