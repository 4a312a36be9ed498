/** The real content, understood and ranked as the search page does it, for the search tests. */
import { loadContent } from '../../src/integrations/content/load.ts';
import { buildSearchDocs } from '../../src/lib/search/index-data.ts';
import { rankDocs } from '../../src/lib/search/rank.ts';
import { crisisPinnedPages } from '../../src/lib/search/pinned.ts';
import { compileVocabulary, understand } from '../../src/lib/search/understand.ts';
import { looksLikeCrisis } from '../../src/lib/search/crisis.ts';
import type { FilterKey } from '../../src/lib/search/state.ts';

export const content = loadContent();
export const vocabulary = compileVocabulary(content.searchVocabulary);
export const docs = buildSearchDocs(
	content.services,
	content.guides.map((guide) => ({ slug: guide.slug, data: guide.data })),
	crisisPinnedPages,
	content.searchVocabulary
);

/** Result URLs for a query, best first, as the search page ranks them before the full-text index adds any. */
export function search(query: string, filters: Partial<Record<FilterKey, string[]>> = {}) {
	const crisis = looksLikeCrisis(query, content.crisisTerms);
	const results = rankDocs(docs, understand(query, vocabulary), { crisis, filters: { topic: [], age: [], area: [], access: [], help: [], ...filters } });
	return { crisis, urls: results.map((doc) => doc.url), slugs: results.map((doc) => doc.url.replace(/^\/services\/(.*)\/$/, '$1')) };
}
