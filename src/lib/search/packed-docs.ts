/**
 * The search documents as /search-docs.json carries them: every filter value ("Adults (18 to 64)") is written once in
 * a table and each document names its values by place in it, since the same few labels repeat on every service.
 * Pure, and small enough for the search page's script.
 */
import type { SearchDoc } from './rank.ts';
import type { FilterKey } from './state.ts';

export type PackedDoc = Omit<SearchDoc, 'filters'> & { filters?: Record<FilterKey, number[]> };
export type PackedDocs = { filterValues: string[]; docs: PackedDoc[] };

/** Packs the documents: filter values become places in one table. */
export function packDocs(docs: readonly SearchDoc[]): PackedDocs {
	const filterValues: string[] = [];
	const places = new Map<string, number>();
	const placeOf = (value: string) => {
		let place = places.get(value);
		if (place === undefined) places.set(value, (place = filterValues.push(value) - 1));
		return place;
	};
	return {
		filterValues,
		docs: docs.map(({ filters, ...doc }) =>
			filters === undefined
				? doc
				: {
						...doc,
						filters: Object.fromEntries(
							Object.entries(filters).map(([key, values]) => [key, values.map(placeOf)]),
						) as Record<FilterKey, number[]>,
					},
		),
	};
}

/** The documents again, as rank.ts reads them. */
export function unpackDocs(packed: PackedDocs): SearchDoc[] {
	return packed.docs.map(({ filters, ...doc }) =>
		filters === undefined
			? doc
			: {
					...doc,
					filters: Object.fromEntries(
						Object.entries(filters).map(([key, places]) => [key, places.map((place) => packed.filterValues[place]!)]),
					) as Record<FilterKey, string[]>,
				},
	);
}
