/**
 * <service-search>: search in the browser over the server-rendered form.
 * Every step of a search is runSearch() (src/lib/search/run.ts) over /search-docs.json; this element only reads the
 * form, shows crisis help, and draws the results by cloning the server-rendered ServiceCard <template>. The Pagefind
 * full-text index is loaded only when the ranking finds too few results or the person asks for more.
 * What is already typed in the box is never overwritten: the page may be slow to start and the person quick to type.
 * Submitting or ticking a filter pushes a new URL, so Back, reload and sharing work. Everything shown is set as text.
 */
import { crisisDetector, unpackTerms, type PackedCrisisTerms } from '../lib/search/crisis.ts';
import { unpackModel, type PackedCrisisModel } from '../lib/search/crisis-model.ts';
import type { SearchDoc } from '../lib/search/rank.ts';
import { splitCallNumbers } from '../lib/call-links.ts';
import { unpackDocs, unpackWords, type PackedDocs } from '../lib/search/packed-docs.ts';
import { describeResults, runSearch, settledText, type SearchData } from '../lib/search/run.ts';
import {
	filterKeys,
	readRawQuery,
	readState,
	writeState,
	maxQueryLength,
	type FilterKey,
	type SearchState,
} from '../lib/search/state.ts';
import { compileVocabulary, indexQuery, understand } from '../lib/search/understand.ts';
import type { SearchVocabulary } from '../schemas/search.ts';

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
/** How long typing must pause before the word still being typed counts for crisis help. */
const settlePause = 600;
/** Screens at least this wide show the filters open; smaller ones keep them folded under one heading. */
const wideScreen = '(min-width: 48em)';

let pagefindLoad: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
	pagefindLoad ??= (async () => {
		const url = '/pagefind/pagefind.js';
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		await pagefind.options({ baseUrl: '/' });
		await pagefind.init();
		return pagefind;
	})();
	pagefindLoad.catch(() => (pagefindLoad = undefined));
	return pagefindLoad;
}

type Loaded = Omit<SearchData, 'isCrisis'>;
let docsLoad: Promise<Loaded> | undefined;
function loadDocs(): Promise<Loaded> {
	docsLoad ??= fetch('/search-docs.json')
		.then((response) => {
			if (!response.ok) throw new Error(`search docs: ${response.status}`);
			return response.json() as Promise<PackedDocs & { vocabulary: SearchVocabulary; englishWords: string }>;
		})
		.then(({ vocabulary, englishWords, ...packed }) => ({
			docs: unpackDocs(packed),
			vocabulary: compileVocabulary(vocabulary, unpackWords(englishWords)),
		}));
	docsLoad.catch(() => (docsLoad = undefined));
	return docsLoad;
}

const noFilters = (): Record<FilterKey, string[]> => ({ topic: [], age: [], area: [], access: [], help: [] });

class ServiceSearch extends HTMLElement {
	#isCrisis: (query: string) => boolean = () => false;
	#crisisShown = false;
	/** The last ranking found too few and was shown without the full-text index, because the person was typing. */
	#wantedFullText = false;
	/** Typing has not yet rested: the page is not finished updating. */
	#settlePending = false;
	#idle = true;
	#run = 0;
	#typing: ReturnType<typeof setTimeout> | undefined;
	#settling: ReturnType<typeof setTimeout> | undefined;
	/** The last search shown, so "Search every page for more" can add to it. */
	#last: { state: SearchState; raw: string; shown: Shown[]; docs: readonly SearchDoc[] } | undefined;

	connectedCallback() {
		const detector = JSON.parse(this.querySelector('script[data-crisis-detector]')?.textContent ?? 'null') as {
			terms: PackedCrisisTerms;
			model: PackedCrisisModel;
		} | null;
		if (detector) this.#isCrisis = crisisDetector(unpackTerms(detector.terms), unpackModel(detector.model));
		this.#part('[data-no-js]')?.setAttribute('hidden', '');
		const filters = this.#part<HTMLDetailsElement>('[data-filters]')!;
		filters.removeAttribute('hidden');
		const form = this.#part<HTMLFormElement>('form')!;
		const input = this.#part<HTMLInputElement>('input[name="q"]')!;
		input.addEventListener('input', () => this.#typed(input.value));
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
		this.#part('[data-more] button')?.addEventListener('click', () => void this.#more());
		window.addEventListener(
			'popstate',
			() => void this.#show(readState(location.search), readRawQuery(location.search), { fillForm: true }),
		);

		// Words typed before this script ran are the person's: search them, and never put the address's words over them.
		const typed = input.value;
		const ticked = [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].some((box) => box.checked);
		const fromUrl = readState(location.search);
		if (!ticked) this.#tick(fromUrl);
		if (typed.trim() === '') input.value = readRawQuery(location.search).slice(0, maxQueryLength * 5) || fromUrl.query;
		filters.open = matchMedia(wideScreen).matches;
		const state = typed.trim() === '' && !ticked ? fromUrl : this.#stateFromForm();
		void this.#show(state, input.value);
	}

	#part<T extends Element = HTMLElement>(selector: string): T | null {
		return this.querySelector<T>(selector);
	}

	#stateFromForm(): SearchState {
		return readState(
			new URLSearchParams(
				new FormData(this.#part<HTMLFormElement>('form')!) as unknown as Record<string, string>,
			).toString(),
		);
	}

	#tick(state: SearchState) {
		for (const box of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
			box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
	}

	/** As a person types: crisis help on the words they have finished, results when typing pauses. */
	#typed(value: string) {
		if (this.#isCrisis(settledText(value))) this.#showCrisis(true);
		clearTimeout(this.#settling);
		// The word still being typed counts once typing rests; help stays while the words still read as crisis.
		// The full-text index is asked only then too, if the ranking found too few: not for every half-typed word.
		this.#settlePending = true;
		this.dataset['state'] = 'busy';
		this.#settling = setTimeout(() => {
			this.#settlePending = false;
			this.#showCrisis(this.#isCrisis(value));
			if (this.#wantedFullText) void this.#show(this.#stateFromForm(), value, { crisis: this.#crisisShown });
			else if (this.#idle) this.dataset['state'] = 'done';
		}, settlePause);
		clearTimeout(this.#typing);
		this.#typing = setTimeout(
			() => void this.#show(this.#stateFromForm(), value, { crisis: this.#crisisShown, typing: true }),
			typingPause,
		);
	}

	#go(state: SearchState, raw: string) {
		clearTimeout(this.#typing);
		const url = `${location.pathname}${writeState(state)}`;
		if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
		void this.#show(state, raw);
	}

	/** Shows crisis help and results for the state. The form is only filled in when the address changed (Back). */
	async #show(
		state: SearchState,
		raw: string,
		options: { fillForm?: boolean; crisis?: boolean; typing?: boolean } = {},
	) {
		const run = ++this.#run;
		this.dataset['state'] = 'busy';
		this.#idle = false;
		if (!options.typing) {
			clearTimeout(this.#settling);
			this.#settlePending = false;
		}
		await this.#showNow(run, state, raw, options);
		// Tests and assistive tech can tell when the page has finished updating (typing has rested, results are in).
		if (run === this.#run) {
			this.#idle = true;
			this.removeAttribute('data-waiting');
			if (!this.#settlePending) this.dataset['state'] = 'done';
		}
	}

	async #showNow(
		run: number,
		state: SearchState,
		raw: string,
		options: { fillForm?: boolean; crisis?: boolean; typing?: boolean },
	) {
		if (options.fillForm) {
			this.#part<HTMLInputElement>('input[name="q"]')!.value = raw.slice(0, maxQueryLength * 5) || state.query;
			this.#tick(state);
		}
		this.#chosenCount(state);
		// Without a typing pause in between (a page load, Enter, Back), the whole query is read for crisis at once.
		const crisis = options.crisis ?? this.#isCrisis(raw);
		if (options.crisis === undefined) {
			clearTimeout(this.#settling);
			this.#showCrisis(crisis);
		}
		const more = this.#part('[data-more]')!;
		more.hidden = true;
		try {
			const data = await loadDocs();
			if (run !== this.#run) return;
			const outcome = runSearch({ raw, state, crisis }, { ...data, isCrisis: this.#isCrisis });
			const shown: Shown[] = outcome.results.map((doc) => ({ url: doc.url, meta: { title: doc.title, ...doc.meta } }));
			this.#last = { state, raw, shown, docs: data.docs };
			if (
				!state.query &&
				shown.length === 0 &&
				outcome.removable.length === 0 &&
				filterKeys.every((key) => state.filters[key].length === 0)
			) {
				this.#render(state, [], data.docs, []);
				this.#status('');
				this.#part('[data-no-results]')!.hidden = true;
				return;
			}
			this.#wantedFullText = Boolean(options.typing && state.query && outcome.wantsFullText);
			if (!state.query || !outcome.wantsFullText || options.typing) {
				this.#render(state, shown, data.docs, outcome.removable);
				more.hidden = !state.query;
				return;
			}
			if (shown.length > 0) this.#render(state, shown, data.docs, outcome.removable);
			else this.#status('Searching…');
			const extra = await this.#fullText(raw, state.filters, data, new Set(shown.map((item) => item.url)));
			if (run !== this.#run) return;
			this.#render(state, [...shown, ...extra], data.docs, outcome.removable);
		} catch {
			if (run !== this.#run) return;
			this.#part('[data-results]')!.replaceChildren();
			this.#part('[data-no-results]')!.hidden = true;
			this.#status('Search is not working at the moment. You can browse services instead.');
			this.#part('[data-no-js]')?.removeAttribute('hidden');
		}
	}

	/** The person asked for more: the full-text index adds pages that only mention the words. */
	async #more() {
		const last = this.#last;
		if (!last) return;
		const run = ++this.#run;
		this.dataset['state'] = 'busy';
		this.#part('[data-more]')!.hidden = true;
		try {
			const data = await loadDocs();
			const extra = await this.#fullText(
				last.raw,
				last.state.filters,
				data,
				new Set(last.shown.map((item) => item.url)),
			);
			if (run === this.#run) this.#render(last.state, [...last.shown, ...extra], data.docs, []);
		} catch {
			if (run === this.#run) this.#status('Search is not working at the moment. You can browse services instead.');
		}
		if (run === this.#run) this.dataset['state'] = 'done';
	}

	/** Pages the full-text index finds that the ranking did not: all the words first, then any of them. */
	async #fullText(raw: string, filters: SearchState['filters'], data: Loaded, seen: Set<string>): Promise<Shown[]> {
		const query = indexQuery(understand(raw, data.vocabulary), maxQueryLength);
		if (!query) return [];
		const pagefind = await loadPagefind();
		const pagefindFilters = Object.fromEntries(
			filterKeys.filter((key) => filters[key].length > 0).map((key) => [key, { any: filters[key] }]),
		);
		let found = (await pagefind.search(query, { filters: pagefindFilters }))?.results ?? [];
		const words = query.split(' ');
		if (found.length === 0 && words.length > 1) {
			const each = await Promise.all(words.map((word) => pagefind.search(word, { filters: pagefindFilters })));
			const byId = new Map<string, PagefindResult>();
			for (const search of each)
				for (const result of search?.results ?? []) if (!byId.has(result.id)) byId.set(result.id, result);
			found = [...byId.values()];
		}
		const results = await Promise.all(found.slice(0, shownResults).map((result) => result.data()));
		const extra: Shown[] = [];
		// The jargon buster explains words; it is a result only when nothing else is.
		const ranked = seen.size;
		for (const item of results) {
			if (seen.has(item.url) || (ranked > 0 && item.url === '/glossary/')) continue;
			seen.add(item.url);
			const doc = data.docs.find((candidate) => candidate.url === item.url);
			extra.push({ url: item.url, meta: doc ? { title: doc.title, ...doc.meta } : item.meta });
		}
		return extra;
	}

	#render(
		state: SearchState,
		shown: Shown[],
		docs: readonly SearchDoc[],
		removable: Parameters<typeof describeResults>[3],
	) {
		const results = this.#part('[data-results]')!;
		const noResults = this.#part('[data-no-results]')!;
		results.replaceChildren(...shown.slice(0, shownResults).map((item) => this.#card(item)));
		noResults.hidden = shown.length > 0 || (!state.query && filterKeys.every((key) => state.filters[key].length === 0));
		this.#counts(shown, docs);
		this.#status(describeResults(state, shown.length, shownResults, removable));
	}

	#showCrisis(show: boolean) {
		if (show === this.#crisisShown) return;
		this.#crisisShown = show;
		const region = this.#part('[data-crisis-region]')!;
		if (!show) return region.replaceChildren();
		const template = this.#part<HTMLTemplateElement>('[data-crisis-template]')!;
		region.append(template.content.cloneNode(true));
		// On a small screen the help-now strip and the heading push the card down: bring the box and the card into
		// the first screen, box first, so the person still sees what they typed.
		const numbers = region.querySelectorAll('a[href^="tel:"]');
		const lastNeeded = numbers[1] ?? numbers[0];
		if (lastNeeded && lastNeeded.getBoundingClientRect().bottom > window.innerHeight) {
			const input = this.#part('input[name="q"]')!;
			window.scrollBy({ top: input.getBoundingClientRect().top - 8, behavior: 'instant' });
		}
	}

	#status(text: string) {
		this.#part('[data-status]')!.textContent = text;
	}

	/** Says on the folded filters how many are chosen, so a person knows why results are few. */
	#chosenCount(state: SearchState) {
		const chosen = filterKeys.reduce((sum, key) => sum + state.filters[key].length, 0);
		this.#part('[data-chosen-count]')!.textContent = chosen > 0 ? `(${chosen} chosen)` : '';
	}

	/** How many of the shown services have each filter value. */
	#counts(shown: Shown[], docs: readonly SearchDoc[]) {
		const byUrl = new Map(docs.map((doc) => [doc.url, doc]));
		const counts = new Map<string, number>();
		for (const item of shown) {
			const filters = byUrl.get(item.url)?.filters;
			if (!filters) continue;
			for (const key of filterKeys)
				for (const value of filters[key]) counts.set(`${key}:${value}`, (counts.get(`${key}:${value}`) ?? 0) + 1);
		}
		// Each count sits in its checkbox's label, so the box says which filter value it counts.
		for (const span of this.querySelectorAll<HTMLElement>('[data-count]')) {
			const box = span.closest('.checkbox')?.querySelector<HTMLInputElement>('input[type="checkbox"]');
			span.textContent = box ? `(${counts.get(`${box.name}:${box.value}`) ?? 0})` : '';
		}
	}

	/** A result: the server-rendered ServiceCard, cloned and filled in as text; rows with nothing to say are removed. */
	#card(item: Shown): Element {
		const template = this.#part<HTMLTemplateElement>('[data-card-template]')!;
		const card = (template.content.cloneNode(true) as DocumentFragment).firstElementChild!;
		const slot = (name: string) => card.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
		const title = slot('title') as HTMLAnchorElement;
		title.href = item.url;
		title.textContent = item.meta['title'] ?? item.url;
		const callLinks: CallLinks = JSON.parse(card.getAttribute('data-call-links') ?? '{}');
		card.removeAttribute('data-call-links');
		const fill = (name: string, text: string) =>
			name === 'summary' || name === 'access'
				? withCallLinks(slot(name), text, callLinks)
				: (slot(name).textContent = text);
		for (const name of ['kind', 'summary'] as const) {
			if (item.meta[name]) fill(name, item.meta[name]);
			else slot(name).remove();
		}
		for (const name of ['ages', 'where', 'access'] as const) {
			if (item.meta[name]) fill(name, item.meta[name]);
			else card.querySelector(`[data-row="${name}"]`)?.remove();
		}
		const phone = slot('phone') as HTMLAnchorElement;
		if (item.meta['phone'] && item.meta['phoneHref']?.startsWith('tel:')) {
			phone.href = item.meta['phoneHref'];
			phone.textContent = item.meta['phone'];
		} else card.querySelector('[data-row="phone"]')?.remove();
		const facts = card.querySelector('dl');
		if (facts && facts.childElementCount === 0) facts.remove();
		for (const element of card.querySelectorAll('[data-slot], [data-row]'))
			element.removeAttribute(element.hasAttribute('data-slot') ? 'data-slot' : 'data-row');
		return card;
	}
}

/** The crisis lines' numbers as the content writes them, each with the digits to dial (from the build). */
type CallLinks = Record<string, string>;

/** Writes `text` into `element` as text, with each crisis line's number in it a link, as CallLinkedText does. */
function withCallLinks(element: HTMLElement, text: string, callLinks: CallLinks) {
	element.replaceChildren(
		...splitCallNumbers(text, Object.keys(callLinks)).map((piece) => {
			if ('text' in piece) return document.createTextNode(piece.text);
			const link = document.createElement('a');
			link.href = `${piece.how === 'text' ? 'sms' : 'tel'}:${callLinks[piece.number]}`;
			link.textContent = piece.number;
			return link;
		}),
	);
}

/** Registers the element once. */
export function defineServiceSearch() {
	if (!customElements.get('service-search')) customElements.define('service-search', ServiceSearch);
}
