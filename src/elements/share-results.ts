/**
 * <share-results>: adds "Copy link" and "Print" buttons. With JavaScript the address keeps the choices, so a copied
 * link opens the same results; without it the address cannot, and the page says to print or write the list down.
 */
class ShareResults extends HTMLElement {
	connectedCallback() {
		const buttons = this.querySelector<HTMLElement>('.share-results__buttons');
		if (!buttons) return;
		buttons.hidden = false;
		const fallback = this.querySelector<HTMLElement>('.share-results__fallback');
		if (fallback) fallback.hidden = true;
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
