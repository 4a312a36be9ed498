/**
 * The one search pipeline: a query and filters in, crisis or not, ranked pages and the words to say about them out.
 * Pure (no DOM), so the search element and the tests run exactly the same steps.
 */
import { passesFilters, rankDocs, type SearchDoc } from './rank.ts';
import { filterKeys, type FilterKey, type SearchState } from './state.ts';
import { understand, type CompiledVocabulary } from './understand.ts';
import { foldAnyScript } from './normalise.ts';

export type SearchData = {
	docs: readonly SearchDoc[];
	vocabulary: CompiledVocabulary;
	/** Does this text read as someone in crisis? */
	isCrisis: (text: string) => boolean;
};

export type SearchInput = {
	/** The words as typed, read whole for crisis words (the state's query is cut for the index). */
	raw: string;
	state: SearchState;
	/** The crisis decision already on screen, so results and the card agree while a person is typing. */
	crisis?: boolean;
};

/** A chosen filter whose removal would show services, and how many. */
export type FilterToRemove = { key: FilterKey; value: string; count: number };

export type SearchOutcome = {
	crisis: boolean;
	results: SearchDoc[];
	/** True when the ranking found too few pages and the full-text index should be asked for more. */
	wantsFullText: boolean;
	/** When nothing matches the filters: the filters to remove to see some services, most results first. */
	removable: FilterToRemove[];
};

/** Fewer ranked results than this and the full-text index is asked too; more only when the person asks. */
export const enoughResults = 3;

const chosenFilters = (filters: Record<FilterKey, string[]>) =>
	filterKeys.flatMap((key) => filters[key].map((value) => ({ key, value })));

/** For each chosen filter, how many services pass the others: what removing it would show. */
export function filtersToRemove(
	docs: readonly SearchDoc[],
	filters: Record<FilterKey, string[]>,
	candidates: readonly SearchDoc[] = docs,
): FilterToRemove[] {
	return chosenFilters(filters)
		.map(({ key, value }) => {
			const without = { ...filters, [key]: filters[key].filter((other) => other !== value) };
			const count = candidates.filter((doc) => doc.kind === 'service' && passesFilters(doc, without)).length;
			return { key, value, count };
		})
		.filter((entry) => entry.count > 0)
		.sort((a, b) => b.count - a.count);
}

/** Runs a search: crisis first, then the ranked pages, or the services that pass the filters when there are no words. */
export function runSearch(input: SearchInput, data: SearchData): SearchOutcome {
	const { state } = input;
	const crisis = input.crisis ?? data.isCrisis(input.raw);
	const hasFilters = chosenFilters(state.filters).length > 0;
	if (!state.query && !hasFilters) return { crisis, results: [], wantsFullText: false, removable: [] };
	if (!state.query) {
		const results = data.docs
			.filter((doc) => doc.kind === 'service' && passesFilters(doc, state.filters))
			.sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
		return {
			crisis,
			results,
			wantsFullText: false,
			removable: results.length === 0 ? filtersToRemove(data.docs, state.filters) : [],
		};
	}
	const understood = understand(input.raw, data.vocabulary);
	const ranked = rankDocs(data.docs, understood, { crisis, filters: state.filters });
	// A page named in the query ("urdu", "اردو") is what was asked for: it comes first, after crisis help's own pages.
	const inAnyScript = foldAnyScript(input.raw);
	const named = data.docs.filter((doc) => doc.names?.some((name) => inAnyScript.includes(` ${name} `)));
	const results = named.length === 0 ? ranked : [...named, ...ranked.filter((doc) => !named.includes(doc))];
	let removable: FilterToRemove[] = [];
	if (results.length === 0 && hasFilters) {
		const unfiltered = rankDocs(data.docs, understood, { crisis });
		removable = filtersToRemove(data.docs, state.filters, unfiltered);
	}
	const services = results.filter((doc) => doc.kind === 'service').length;
	return { crisis, results, wantsFullText: services < enoughResults, removable };
}

/** What the status line says about a search's results. */
export function describeResults(
	state: SearchState,
	count: number,
	shownAtMost: number,
	removable: readonly FilterToRemove[] = [],
): string {
	const about = state.query ? ` for “${state.query}”` : '';
	const chosen = chosenFilters(state.filters).map(({ value }) => value);
	if (count > 0)
		return `${count} ${count === 1 ? 'result' : 'results'}${about}${count > shownAtMost ? `, showing the first ${shownAtMost}` : ''}.`;
	if (chosen.length === 0) return `No results${about}.`;
	const best = removable[0];
	const remove = best
		? ` Remove “${best.value}” to see ${best.count} ${best.count === 1 ? 'service' : 'services'}.`
		: ' Try removing a filter.';
	return `No ${state.query ? 'results' : 'services'}${about} with the filters you chose (${chosen.join(', ')}).${remove}`;
}

/**
 * The words a person has finished typing: all of them after a space or punctuation, otherwise all but the word
 * still being typed. Crisis help is decided on these while typing, so it does not flash on and off as a word grows
 * ("end", "endi", "ending").
 */
export function settledText(typed: string): string {
	return /[\p{L}\p{M}\p{N}]$/u.test(typed) ? typed.replace(/[\p{L}\p{M}\p{N}]+$/u, '') : typed;
}
