/**
 * /search-docs.json: what the search page ranks before the full-text index loads (src/lib/search/rank.ts): the vocabulary
 * that understands everyday words, and each service and guide with its topics, ages, audiences, areas, word stems, filter values and result details.
 */
import type { APIRoute } from 'astro';
import { getGuides, getSearchContent, getServices } from '../data/content.ts';
import { buildSearchDocs } from '../lib/search/index-data.ts';
import { crisisPinnedPages } from '../lib/search/pinned.ts';

export const GET: APIRoute = async () => {
	const guides = (await getGuides()).map((entry) => ({ slug: entry.id, data: entry.data }));
	const { searchVocabulary } = await getSearchContent();
	const docs = buildSearchDocs(await getServices(), guides, crisisPinnedPages, searchVocabulary);
	return new Response(JSON.stringify({ vocabulary: searchVocabulary, docs }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
