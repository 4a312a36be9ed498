/**
 * <exit-this-page>: enhances the plain exit link.
 * Click or Shift x3: hide the page at once, remember in this tab that the person left,
 * and replace this history entry with the neutral site, so Back does not bring the page back.
 * It also leaves a lasting note (`exitUsedKey`) so the safety plan can stay hidden when the person comes back.
 */
import { initialShiftCount, onKeyUp, type ShiftCount } from '../lib/exit-keys.ts';
import { exitUsedKey } from '../lib/site.ts';

const announcements = {
	'two-more': 'Shift, press 2 more times to exit.',
	'one-more': 'Shift, press 1 more time to exit.',
	cancelled: '',
} as const;

/** How long a run of Shift presses counts for, as in the GOV.UK pattern. */
const shiftWindowMs = 5000;

class ExitThisPage extends HTMLElement {
	#count: ShiftCount = initialShiftCount;
	#timer: number | undefined;

	connectedCallback() {
		const link = this.querySelector<HTMLAnchorElement>('[data-exit-link]');
		if (!link) return;
		this.querySelector<HTMLElement>('[data-exit-hint]')?.removeAttribute('hidden');
		link.addEventListener('click', (event) => {
			event.preventDefault();
			this.exit();
		});
		// One listener for the whole document, in the capture phase, so inputs that stop events cannot block it.
		document.addEventListener('keyup', (event) => this.#onKeyUp(event), true);
		window.addEventListener('pageshow', (event) => {
			if (event.persisted) bounceIfExited();
		});
	}

	#onKeyUp(event: KeyboardEvent) {
		const { state, effect } = onKeyUp(this.#count, event.key, event.shiftKey);
		this.#count = state;
		window.clearTimeout(this.#timer);
		if (effect === 'exit') return this.exit();
		if (effect === 'none') return;
		this.#announce(announcements[effect]);
		if (state.presses > 0)
			this.#timer = window.setTimeout(() => {
				this.#count = initialShiftCount;
				this.#announce('Exit this page expired.');
			}, shiftWindowMs);
	}

	#announce(text: string) {
		const status = this.querySelector<HTMLElement>('[data-exit-status]');
		if (status) status.textContent = text;
	}

	exit() {
		const link = this.querySelector<HTMLAnchorElement>('[data-exit-link]');
		if (!link) return;
		hidePage();
		try {
			sessionStorage.setItem(flagKey(), String(Date.now()));
			sessionStorage.setItem(exitUsedKey, String(Date.now()));
		} catch {
			// Storage can be blocked; leaving the page matters more than remembering it.
		}
		window.location.replace(link.href);
	}
}

function flagKey(): string {
	return document.querySelector<HTMLElement>('[data-exit-flag]')?.dataset['exitFlag'] ?? 'llr-exited';
}

/** Hides everything at once and leaves a blank "Loading." screen that a screen reader announces. */
function hidePage() {
	document.documentElement.classList.add('is-exiting');
	const overlay = document.createElement('div');
	overlay.className = 'exit-this-page-overlay';
	overlay.setAttribute('role', 'alert');
	document.documentElement.append(overlay);
	overlay.textContent = 'Loading.';
}

/** A page restored from the back/forward cache after an exit: leave again straight away. */
function bounceIfExited() {
	try {
		if (!sessionStorage.getItem(flagKey())) return;
	} catch {
		return;
	}
	const href = document.querySelector<HTMLAnchorElement>('[data-exit-link]')?.href;
	if (!href) return;
	hidePage();
	window.location.replace(href);
}

/** Registers the element once. */
export function defineExitThisPage() {
	if (!customElements.get('exit-this-page')) customElements.define('exit-this-page', ExitThisPage);
}
