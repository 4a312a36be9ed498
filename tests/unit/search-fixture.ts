/** The real content, with the search page's own pipeline (runSearch), for the search tests. */
import { loadContent } from '../../src/integrations/content/load.ts';
import { commonEnglishWords } from '../../src/data/english-words.ts';
import { crisisDetector } from '../../src/lib/search/crisis.ts';
import { siteCrisisModel } from '../../src/lib/search/crisis-training.ts';
import { searchData } from '../../src/lib/search/data.ts';
import { searchPages } from '../../src/lib/search/pinned.ts';
import { runSearch } from '../../src/lib/search/run.ts';
import type { FilterKey } from '../../src/lib/search/state.ts';
import { compileVocabulary } from '../../src/lib/search/understand.ts';

export const content = loadContent();
const guides = content.guides.map((guide) => ({ slug: guide.slug, data: guide.data }));
const built = searchData(
	content.services,
	guides,
	searchPages(content.translations.languages),
	content.searchVocabulary,
	commonEnglishWords,
);
export const docs = built.docs;
export const englishWords = built.englishWords;
export const vocabulary = compileVocabulary(content.searchVocabulary, built.englishWords);
export const crisisModel = siteCrisisModel(content);
export const isCrisis = crisisDetector(content.crisisTerms, crisisModel);
const noFilters = (): Record<FilterKey, string[]> => ({ topic: [], age: [], area: [], access: [], help: [] });

/** Result URLs for a query, best first, as the search page ranks them before the full-text index adds any. */
export function search(query: string, filters: Partial<Record<FilterKey, string[]>> = {}) {
	const outcome = runSearch(
		{ raw: query, state: { query: query.slice(0, 200).trim(), filters: { ...noFilters(), ...filters } } },
		{ docs, vocabulary, isCrisis },
	);
	return {
		...outcome,
		urls: outcome.results.map((doc) => doc.url),
		slugs: outcome.results.map((doc) => doc.url.replace(/^\/services\/(.*)\/$/, '$1')),
	};
}
