/**
 * <wizard-choices>: the results page of "which service?" with JavaScript. The page works without it (CSS shows what is
 * ticked; see src/lib/wizard/choices.ts). With it, the choices are kept in the address after #, so the page can be
 * bookmarked, shared and restored; the list is reordered in the page itself by the preferred way of getting support,
 * so reading and tab order match what is seen; and a status line says how much is shown.
 */
import { inChosenOrder, isShownFor, readChoices, writeChoices, type Choices } from '../lib/wizard/choices.ts';

class WizardChoices extends HTMLElement {
	#originalOrder = new Map<Element, Element[]>();

	connectedCallback() {
		this.classList.add('is-enhanced');
		for (const list of this.querySelectorAll('.result-list')) this.#originalOrder.set(list, [...list.children]);
		this.#restore();
		this.addEventListener('change', () => this.#update(true));
		// A choice reached with Tab is shown whole (its label and hint too), clear of the sticky bars.
		this.addEventListener('focusin', (event) => {
			const row = event.target instanceof HTMLInputElement ? event.target.closest('.checkbox') : null;
			row?.scrollIntoView({ block: 'nearest' });
		});
		this.querySelector('[data-show-results]')?.addEventListener('click', (event) => {
			event.preventDefault();
			const heading = this.querySelector<HTMLElement>('#results-heading');
			// Scrolled by scrollIntoView, which keeps it below the sticky exit bar (scroll-padding-top in site.css).
			heading?.focus({ preventScroll: true });
			heading?.scrollIntoView({ block: 'start' });
		});
		this.#update(false);
	}

	#inputs(name: string): HTMLInputElement[] {
		return [...this.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
	}

	#current(): Choices {
		const checked = (name: string) =>
			this.#inputs(name)
				.filter((input) => input.checked)
				.map((input) => input.value);
		return { needs: checked('need'), situations: checked('situation'), preference: checked('prefer')[0] };
	}

	/** Ticks what the address says (a shared or bookmarked link), leaving the rest as the page has it. */
	#restore() {
		if (location.hash.length < 2) return;
		const values = (name: string) => this.#inputs(name).map((input) => input.value);
		const choices = readChoices(location.hash, {
			needs: values('need'),
			situations: values('situation'),
			preferences: values('prefer'),
		});
		if (choices.needs.length === 0 && choices.situations.length === 0 && !choices.preference) return;
		for (const input of this.#inputs('need')) input.checked = choices.needs.includes(input.value);
		for (const input of this.#inputs('situation')) input.checked = choices.situations.includes(input.value);
		for (const input of this.#inputs('prefer')) input.checked = input.value === (choices.preference ?? 'no-preference');
	}

	#update(remember: boolean) {
		const choices = this.#current();
		for (const [list, items] of this.#originalOrder)
			list.append(...inChosenOrder(items, (item) => [...item.classList], choices));
		const status = this.querySelector('[data-choices-status]');
		if (status) {
			const shown = [...this.querySelectorAll('.result-list > .result-card')].filter((card) =>
				isShownFor([...card.classList], choices),
			).length;
			const nothing = choices.needs.length === 0 && choices.situations.length === 0;
			status.textContent = nothing
				? ''
				: `Showing ${shown} ${shown === 1 ? 'service' : 'services'} for what you chose.`;
		}
		if (remember) {
			const fragment = writeChoices(choices);
			history.replaceState(history.state, '', fragment ? `#${fragment}` : location.pathname + location.search);
		}
	}
}

export function defineWizardChoices() {
	if (!customElements.get('wizard-choices')) customElements.define('wizard-choices', WizardChoices);
}
