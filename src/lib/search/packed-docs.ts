/**
 * The search documents as /search-docs.json carries them: every filter value ("Adults (18 to 64)") is written once in
 * a table and each document names its values by place in it, since the same few labels repeat on every service; and
 * a list a document leaves empty (no routes, no "only for") is left out. Pure, and small enough for the search page's
 * script.
 */
import type { SearchDoc } from './rank.ts';
import type { FilterKey } from './state.ts';

/** The lists every document has, left out of the file when empty. */
const lists = ['topics', 'audiences', 'areas', 'onlyFor', 'nameWords', 'textWords', 'routes'] as const;
type ListKey = (typeof lists)[number];

export type PackedDoc = Omit<SearchDoc, 'filters' | ListKey> &
	Partial<Pick<SearchDoc, ListKey>> & { filters?: Record<FilterKey, number[]> };
export type PackedDocs = { filterValues: string[]; docs: PackedDoc[] };

/** Packs the documents: filter values become places in one table, and empty lists are left out. */
export function packDocs(docs: readonly SearchDoc[]): PackedDocs {
	const filterValues: string[] = [];
	const places = new Map<string, number>();
	const placeOf = (value: string) => {
		let place = places.get(value);
		if (place === undefined) places.set(value, (place = filterValues.push(value) - 1));
		return place;
	};
	const isEmptyList = ([key, value]: [string, unknown]) =>
		(lists as readonly string[]).includes(key) && Array.isArray(value) && value.length === 0;
	return {
		filterValues,
		docs: docs.map(({ filters, ...doc }) => ({
			...(Object.fromEntries(Object.entries(doc).filter((entry) => !isEmptyList(entry))) as unknown as PackedDoc),
			...(filters === undefined
				? {}
				: {
						filters: Object.fromEntries(
							Object.entries(filters).map(([key, values]) => [key, values.map(placeOf)]),
						) as Record<FilterKey, number[]>,
					}),
		})),
	};
}

/** The documents again, as rank.ts reads them. */
export function unpackDocs(packed: PackedDocs): SearchDoc[] {
	return packed.docs.map(({ filters, ...doc }) => ({
		...(Object.fromEntries(lists.map((key) => [key, []])) as unknown as Pick<SearchDoc, ListKey>),
		...doc,
		...(filters === undefined
			? {}
			: {
					filters: Object.fromEntries(
						Object.entries(filters).map(([key, places]) => [key, places.map((place) => packed.filterValues[place]!)]),
					) as Record<FilterKey, string[]>,
				}),
	}));
}

/**
 * A sorted word list as one string, each word after the first written as how many letters it shares with the word
 * before (0 to 9) and the rest: "anxiety anxious" -> "0anxiety 4ous". Neighbouring words share their starts, so this
 * is smaller than a list even after compression.
 */
export function packWords(words: readonly string[]): string {
	let previous = '';
	return [...words]
		.sort()
		.map((word) => {
			let shared = 0;
			while (shared < 9 && shared < previous.length && previous[shared] === word[shared]) shared++;
			previous = word;
			return `${shared}${word.slice(shared)}`;
		})
		.join(' ');
}

/** The words again, sorted, from packWords. */
export function unpackWords(packed: string): string[] {
	let previous = '';
	return packed === ''
		? []
		: packed.split(' ').map((entry) => (previous = previous.slice(0, Number(entry[0])) + entry.slice(1)));
}
