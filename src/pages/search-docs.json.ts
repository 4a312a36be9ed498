/**
 * /search-docs.json: what the search page ranks before the full-text index loads (src/lib/search/rank.ts): the vocabulary
 * that understands everyday words, and each service and guide with its topics, ages, audiences, areas, word stems, filter values (packed, see packed-docs.ts) and result details.
 */
import type { APIRoute } from 'astro';
import { getGuides, getSearchContent, getServices, getTranslations } from '../data/content.ts';
import { searchPages } from '../lib/search/pinned.ts';
import { searchData } from '../lib/search/data.ts';
import { packDocs, packWords } from '../lib/search/packed-docs.ts';
import { commonEnglishWords } from '../data/english-words.ts';

export const GET: APIRoute = async () => {
	const guides = (await getGuides()).map((entry) => ({ slug: entry.id, data: entry.data }));
	const { searchVocabulary } = await getSearchContent();
	const { docs, englishWords } = searchData(
		await getServices(),
		guides,
		searchPages(getTranslations().languages),
		searchVocabulary,
		commonEnglishWords,
	);
	return new Response(
		JSON.stringify({ vocabulary: searchVocabulary, englishWords: packWords(englishWords), ...packDocs(docs) }),
		{
			headers: { 'Content-Type': 'application/json; charset=utf-8' },
		},
	);
};
