/** The search page's state (query and filters) in the URL, so a search can be shared, bookmarked and reloaded. */

export const filterKeys = ['topic', 'age', 'area', 'access', 'help'] as const;
export type FilterKey = (typeof filterKeys)[number];

export type SearchState = { query: string; filters: Record<FilterKey, string[]> };

/** Longest query we act on: anything longer is cut, so a pasted essay cannot slow the page. */
export const maxQueryLength = 200;

/** Reads the state from a URL's query string. Unknown keys are ignored; repeated keys are kept. */
export function readState(search: string): SearchState {
	const params = new URLSearchParams(search);
	const query = (params.get('q') ?? '').slice(0, maxQueryLength).trim();
	const filters = Object.fromEntries(
		filterKeys.map((key) => [
			key,
			[
				...new Set(
					params
						.getAll(key)
						.map((value) => value.slice(0, 100))
						.filter(Boolean),
				),
			],
		]),
	) as Record<FilterKey, string[]>;
	return { query, filters };
}

/**
 * The whole query as typed, for crisis detection only: a crisis word after the cut must still show crisis help.
 * Limited far above anything a person types, so a crafted URL cannot slow the page.
 */
export function readRawQuery(search: string): string {
	return (new URLSearchParams(search).get('q') ?? '').slice(0, 20000);
}

/** Writes the state back as a query string, in a stable order. */
export function writeState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const key of filterKeys) for (const value of [...state.filters[key]].sort()) params.append(key, value);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** True when nothing is asked: no words and no filters. */
export function isEmpty(state: SearchState): boolean {
	return state.query === '' && filterKeys.every((key) => state.filters[key].length === 0);
}
