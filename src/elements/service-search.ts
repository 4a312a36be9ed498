/**
 * <service-search>: search in the browser over the server-rendered form.
 * Results come first from the page's own ranking (src/lib/search/rank.ts over /search-docs.json), which understands
 * everyday words, people and places; the Pagefind full-text index then adds pages that only mention the words.
 * Results show as the person types (debounced) and on Enter. Submitting or ticking a filter pushes a new URL, so
 * Back, reload and sharing work. Everything shown is set as text, never as HTML.
 */
import { crisisMatcher } from '../lib/search/crisis.ts';
import { passesFilters, rankDocs, type SearchDoc } from '../lib/search/rank.ts';
import { filterKeys, isEmpty, readRawQuery, readState, writeState, maxQueryLength, type FilterKey, type SearchState } from '../lib/search/state.ts';
import { compileVocabulary, indexQuery, understand, type CompiledVocabulary } from '../lib/search/understand.ts';
import type { CrisisTerms, SearchVocabulary } from '../schemas/search.ts';

type PagefindData = { url: string; meta: Record<string, string>; excerpt: string };
type PagefindResult = { id: string; score: number; data: () => Promise<PagefindData> };
type PagefindSearch = { results: PagefindResult[]; filters: Record<string, Record<string, number>> };
type Pagefind = {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (query: string | null, options?: { filters?: Record<string, unknown> }) => Promise<PagefindSearch | null>;
};
type Shown = { url: string; meta: Record<string, string> };

/** How many results to show: enough to choose from, few enough to read on a phone. */
const shownResults = 20;
/** How long typing must pause before results update, in milliseconds. */
const typingPause = 40;
/** How long typing must pause before the full-text index is asked too: it is slower, and adds only the tail. */
const fullTextPause = 350;

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

type Ranking = { docs: SearchDoc[]; vocabulary: CompiledVocabulary };
let docsLoad: Promise<Ranking> | undefined;
function loadDocs(): Promise<Ranking> {
	docsLoad ??= fetch('/search-docs.json')
		.then((response) => {
			if (!response.ok) throw new Error(`search docs: ${response.status}`);
			return response.json() as Promise<{ docs: SearchDoc[]; vocabulary: SearchVocabulary }>;
		})
		.then(({ docs, vocabulary }) => ({ docs, vocabulary: compileVocabulary(vocabulary) }));
	return docsLoad;
}

/** Starts loading what search needs, without waiting for it. */
function preload() {
	void loadDocs().catch(() => undefined);
	void loadPagefind().catch(() => undefined);
}

const noFilters = (): Record<FilterKey, string[]> => ({ topic: [], age: [], area: [], access: [], help: [] });

class ServiceSearch extends HTMLElement {
	#isCrisis: (query: string) => boolean = () => false;
	#run = 0;
	#typing: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		const terms = JSON.parse(this.dataset['crisisTerms'] ?? 'null') as CrisisTerms | null;
		if (terms) this.#isCrisis = crisisMatcher(terms);
		this.#part('[data-no-js]')?.setAttribute('hidden', '');
		this.#part('[data-filters]')?.removeAttribute('hidden');
		const form = this.#part<HTMLFormElement>('form')!;
		const input = this.#part<HTMLInputElement>('input[name="q"]')!;
		input.addEventListener('focus', preload, { once: true });
		input.addEventListener('input', () => {
			// Crisis help appears at once; results follow when typing pauses.
			this.#showCrisis(this.#isCrisis(input.value));
			clearTimeout(this.#typing);
			this.#typing = setTimeout(() => void this.#show(this.#stateFromForm(), input.value, { typing: true }), typingPause);
		});
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#go(this.#stateFromForm(), input.value);
		});
		form.addEventListener('change', (event) => {
			if ((event.target as HTMLInputElement).type === 'checkbox') this.#go(this.#stateFromForm(), input.value);
		});
		this.#part('[data-clear-filters]')?.addEventListener('click', (event) => {
			event.preventDefault();
			this.#go({ ...this.#stateFromForm(), filters: noFilters() }, input.value);
		});
		window.addEventListener('popstate', () => void this.#show(readState(location.search), readRawQuery(location.search)));
		// Load the index as soon as the page is ready, so the first search is quick.
		preload();
		void this.#show(readState(location.search), readRawQuery(location.search));
	}

	#part<T extends Element = HTMLElement>(selector: string): T | null {
		return this.querySelector<T>(selector);
	}

	#stateFromForm(): SearchState {
		return readState(new URLSearchParams(new FormData(this.#part<HTMLFormElement>('form')!) as unknown as Record<string, string>).toString());
	}

	#go(state: SearchState, raw: string) {
		clearTimeout(this.#typing);
		const url = `${location.pathname}${writeState(state)}`;
		if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
		void this.#show(state, raw);
	}

	/** Shows crisis help and results for the state; while typing, the form is left as the person has it. */
	async #show(state: SearchState, raw: string, options: { typing?: boolean } = {}) {
		const run = ++this.#run;
		this.dataset['state'] = 'busy';
		await this.#showNow(run, state, raw, options);
		// Tests and assistive tech can tell when the page has finished updating.
		if (run === this.#run) this.dataset['state'] = 'done';
	}

	async #showNow(run: number, state: SearchState, raw: string, options: { typing?: boolean }) {
		if (!options.typing) {
			this.#part<HTMLInputElement>('input[name="q"]')!.value = raw.slice(0, maxQueryLength * 5) || state.query;
			for (const box of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
				box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
		}
		// The whole query is read for crisis words, even past the length the index is given.
		const crisis = this.#isCrisis(raw);
		this.#showCrisis(crisis);
		const results = this.#part('[data-results]')!;
		const noResults = this.#part('[data-no-results]')!;
		if (isEmpty(state)) {
			results.replaceChildren();
			noResults.hidden = true;
			this.#status('');
			return;
		}
		try {
			const { docs, vocabulary } = await loadDocs();
			if (run !== this.#run) return;
			const understood = understand(raw, vocabulary);
			const ranked = state.query
				? rankDocs(docs, understood, { crisis, filters: state.filters })
				: docs.filter((doc) => doc.kind === 'service' && passesFilters(doc, state.filters));
			const shown: Shown[] = ranked.map((doc) => ({ url: doc.url, meta: doc.meta }));
			if (shown.length > 0) this.#render(state, shown, docs);
			else this.#status('Searching…');
			if (!state.query) return;
			if (options.typing && shown.length > 0) {
				await new Promise((resolve) => setTimeout(resolve, fullTextPause));
				if (run !== this.#run) return;
			}
			// The full-text index adds pages that only mention the words, after the ranked ones.
			const extra = await this.#fullText(indexQuery(understood, maxQueryLength), state.filters, docs, new Set(shown.map((item) => item.url)));
			if (run !== this.#run) return;
			this.#render(state, [...shown, ...extra], docs);
		} catch {
			if (run !== this.#run) return;
			results.replaceChildren();
			noResults.hidden = true;
			this.#status('Search is not working at the moment. You can browse services instead.');
			this.#part('[data-no-js]')?.removeAttribute('hidden');
		}
	}

	/** Pages the full-text index finds that the ranking did not: all the words first, then any of them. */
	async #fullText(query: string, filters: SearchState['filters'], docs: SearchDoc[], seen: Set<string>): Promise<Shown[]> {
		if (!query) return [];
		const pagefind = await loadPagefind();
		const pagefindFilters = Object.fromEntries(filterKeys.filter((key) => filters[key].length > 0).map((key) => [key, { any: filters[key] }]));
		let found = (await pagefind.search(query, { filters: pagefindFilters }))?.results ?? [];
		const words = query.split(' ');
		if (found.length === 0 && words.length > 1) {
			const each = await Promise.all(words.map((word) => pagefind.search(word, { filters: pagefindFilters })));
			const byId = new Map<string, PagefindResult>();
			for (const search of each) for (const result of search?.results ?? []) if (!byId.has(result.id)) byId.set(result.id, result);
			found = [...byId.values()];
		}
		const data = await Promise.all(found.slice(0, shownResults).map((result) => result.data()));
		const extra: Shown[] = [];
		// The jargon buster explains words; it is a result only when nothing else is.
		const ranked = seen.size;
		for (const item of data) {
			if (seen.has(item.url) || (ranked > 0 && item.url === '/glossary/')) continue;
			seen.add(item.url);
			const doc = docs.find((candidate) => candidate.url === item.url);
			extra.push({ url: item.url, meta: doc?.meta ?? item.meta });
		}
		return extra;
	}

	#render(state: SearchState, shown: Shown[], docs: SearchDoc[]) {
		const results = this.#part('[data-results]')!;
		const noResults = this.#part('[data-no-results]')!;
		results.replaceChildren(...shown.slice(0, shownResults).map((item) => this.#result(item)));
		noResults.hidden = shown.length > 0;
		this.#counts(shown, docs);
		const about = state.query ? ` for “${state.query}”` : '';
		const chosen = filterKeys.flatMap((key) => state.filters[key]);
		if (shown.length === 0)
			this.#status(
				chosen.length > 0
					? `No results${about} with the filters you chose (${chosen.join(', ')}). Try removing a filter.`
					: `No results${about}.`
			);
		else
			this.#status(
				`${shown.length} ${shown.length === 1 ? 'result' : 'results'}${about}${shown.length > shownResults ? `, showing the first ${shownResults}` : ''}.`
			);
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

	/** How many of the shown services have each filter value. */
	#counts(shown: Shown[], docs: SearchDoc[]) {
		const byUrl = new Map(docs.map((doc) => [doc.url, doc]));
		const counts = new Map<string, number>();
		for (const item of shown) {
			const filters = byUrl.get(item.url)?.filters;
			if (!filters) continue;
			for (const key of filterKeys) for (const value of filters[key]) counts.set(`${key}:${value}`, (counts.get(`${key}:${value}`) ?? 0) + 1);
		}
		for (const span of this.querySelectorAll<HTMLElement>('[data-count]')) span.textContent = `(${counts.get(span.dataset['count'] ?? '') ?? 0})`;
	}

	#result(item: Shown): HTMLLIElement {
		const li = document.createElement('li');
		li.className = 'service-card';
		const heading = document.createElement('h2');
		heading.className = 'service-card__name';
		const link = document.createElement('a');
		link.href = item.url;
		link.textContent = item.meta['title'] ?? item.url;
		heading.append(link);
		li.append(heading);
		if (item.meta['kind']) {
			const kind = document.createElement('p');
			kind.className = 'meta';
			kind.textContent = item.meta['kind'];
			li.append(kind);
		}
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
