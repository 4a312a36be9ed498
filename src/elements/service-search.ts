/**
 * <service-search>: runs Pagefind in the browser over the server-rendered form.
 * The URL is the state: submitting or ticking a filter pushes a new URL, so Back, reload and sharing work.
 * Everything shown comes from the index and is set as text, never as HTML.
 */
import { looksLikeCrisis } from '../lib/search/crisis.ts';
import { filterKeys, isEmpty, readState, writeState, type SearchState } from '../lib/search/state.ts';

type PagefindResult = { id: string; score: number; data: () => Promise<{ url: string; meta: Record<string, string>; excerpt: string }> };
type PagefindSearch = { results: PagefindResult[]; filters: Record<string, Record<string, number>> };
type Pagefind = {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	search: (query: string | null, options?: { filters?: Record<string, unknown> }) => Promise<PagefindSearch | null>;
};

/** How many results to show: enough to choose from, few enough to read on a phone. */
const shownResults = 20;

let pagefindLoad: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
	pagefindLoad ??= (async () => {
		const url = '/pagefind/pagefind.js';
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		await pagefind.options({ baseUrl: '/' });
		await pagefind.init();
		return pagefind;
	})();
	return pagefindLoad;
}

class ServiceSearch extends HTMLElement {
	#phrases: string[] = [];
	#run = 0;

	connectedCallback() {
		this.#phrases = JSON.parse(this.dataset['crisisPhrases'] ?? '[]') as string[];
		this.#part('[data-no-js]')?.setAttribute('hidden', '');
		this.#part('[data-filters]')?.removeAttribute('hidden');
		const form = this.#part<HTMLFormElement>('form')!;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#go(this.#stateFromForm());
		});
		form.addEventListener('change', (event) => {
			if ((event.target as HTMLInputElement).type === 'checkbox') this.#go(this.#stateFromForm());
		});
		this.#part('[data-clear-filters]')?.addEventListener('click', (event) => {
			event.preventDefault();
			this.#go({ ...this.#stateFromForm(), filters: { topic: [], age: [], area: [], access: [], help: [] } });
		});
		window.addEventListener('popstate', () => this.#show(readState(location.search)));
		this.#show(readState(location.search));
	}

	#part<T extends Element = HTMLElement>(selector: string): T | null {
		return this.querySelector<T>(selector);
	}

	#stateFromForm(): SearchState {
		return readState(new URLSearchParams(new FormData(this.#part<HTMLFormElement>('form')!) as unknown as Record<string, string>).toString());
	}

	#go(state: SearchState) {
		const url = `${location.pathname}${writeState(state)}`;
		if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
		void this.#show(state);
	}

	/** Puts the state into the form, then shows crisis help and results for it. */
	async #show(state: SearchState) {
		const run = ++this.#run;
		const input = this.#part<HTMLInputElement>('input[name="q"]')!;
		input.value = state.query;
		for (const box of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
			box.checked = state.filters[box.name as (typeof filterKeys)[number]]?.includes(box.value) ?? false;
		this.#showCrisis(looksLikeCrisis(state.query, this.#phrases));
		const results = this.#part('[data-results]')!;
		const noResults = this.#part('[data-no-results]')!;
		if (isEmpty(state)) {
			results.replaceChildren();
			noResults.hidden = true;
			this.#status('');
			return;
		}
		this.#status('Searching…');
		try {
			const pagefind = await loadPagefind();
			const filters = Object.fromEntries(filterKeys.filter((key) => state.filters[key].length > 0).map((key) => [key, { any: state.filters[key] }]));
			const search = await pagefind.search(state.query || null, { filters });
			if (run !== this.#run || !search) return;
			const data = await Promise.all(search.results.slice(0, shownResults).map((result) => result.data()));
			if (run !== this.#run) return;
			this.#counts(search.filters);
			results.replaceChildren(...data.map((item) => this.#result(item)));
			noResults.hidden = data.length > 0;
			const about = state.query ? ` for “${state.query}”` : '';
			this.#status(
				search.results.length === 0
					? `No results${about}.`
					: `${search.results.length} ${search.results.length === 1 ? 'result' : 'results'}${about}${search.results.length > shownResults ? `, showing the first ${shownResults}` : ''}.`
			);
		} catch {
			if (run !== this.#run) return;
			results.replaceChildren();
			noResults.hidden = true;
			this.#status('Search is not working at the moment. You can browse services instead.');
			this.#part('[data-no-js]')?.removeAttribute('hidden');
		}
	}

	#showCrisis(show: boolean) {
		const region = this.#part('[data-crisis-region]')!;
		if (!show) return region.replaceChildren();
		if (region.childElementCount > 0) return;
		const template = this.#part<HTMLTemplateElement>('[data-crisis-template]')!;
		region.append(template.content.cloneNode(true));
	}

	#status(text: string) {
		this.#part('[data-status]')!.textContent = text;
	}

	#counts(counts: Record<string, Record<string, number>>) {
		for (const span of this.querySelectorAll<HTMLElement>('[data-count]')) {
			const [key, ...rest] = (span.dataset['count'] ?? '').split(':');
			const count = counts[key ?? '']?.[rest.join(':')] ?? 0;
			span.textContent = `(${count})`;
		}
	}

	#result(item: { url: string; meta: Record<string, string> }): HTMLLIElement {
		const li = document.createElement('li');
		li.className = 'service-card';
		const heading = document.createElement('h2');
		heading.className = 'service-card__name';
		const link = document.createElement('a');
		link.href = item.url;
		link.textContent = item.meta['title'] ?? item.url;
		heading.append(link);
		li.append(heading);
		if (item.meta['summary']) {
			const summary = document.createElement('p');
			summary.textContent = item.meta['summary'];
			li.append(summary);
		}
		const facts: [string, string | undefined][] = [
			['For', item.meta['ages']],
			['Where', item.meta['where']],
			['How to get in', item.meta['access']],
		];
		const list = document.createElement('dl');
		list.className = 'service-card__facts';
		for (const [term, value] of facts) {
			if (!value) continue;
			const row = document.createElement('div');
			const dt = document.createElement('dt');
			dt.textContent = term;
			const dd = document.createElement('dd');
			dd.textContent = value;
			row.append(dt, dd);
			list.append(row);
		}
		if (item.meta['phone'] && item.meta['phoneHref']?.startsWith('tel:')) {
			const row = document.createElement('div');
			const dt = document.createElement('dt');
			dt.textContent = 'Phone';
			const dd = document.createElement('dd');
			const call = document.createElement('a');
			call.className = 'contact__link';
			call.href = item.meta['phoneHref'];
			call.textContent = item.meta['phone'];
			dd.append(call);
			row.append(dt, dd);
			list.append(row);
		}
		if (list.childElementCount > 0) li.append(list);
		return li;
	}
}

/** Registers the element once. */
export function defineServiceSearch() {
	if (!customElements.get('service-search')) customElements.define('service-search', ServiceSearch);
}
