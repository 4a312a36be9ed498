/** <print-page>: shows a "Print or save as PDF" button that opens the browser's print dialog. */
class PrintPage extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector<HTMLButtonElement>('button');
		if (!button) return;
		button.hidden = false;
		this.querySelector('[data-no-js-print]')?.setAttribute('hidden', '');
		button.addEventListener('click', () => window.print());
	}
}

export function definePrintPage() {
	if (!customElements.get('print-page')) customElements.define('print-page', PrintPage);
}
