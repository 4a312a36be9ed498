/**
 * What the search page loads to rank without the full-text index (/search-docs.json), built the same way for the
 * page and for the tests: the pages as search documents, and the English words near the words search knows.
 */
import type { Service } from '../../schemas/service.ts';
import type { SearchVocabulary } from '../../schemas/search.ts';
import { englishWordsNear } from './english.ts';
import { buildSearchDocs, type PinnedPage } from './index-data.ts';
import { foldText } from './normalise.ts';

type GuideInput = Parameters<typeof buildSearchDocs>[1][number];

export function searchData(
	services: readonly Service[],
	guides: readonly GuideInput[],
	pages: readonly PinnedPage[],
	vocabulary: SearchVocabulary,
	english: readonly string[],
) {
	const docs = buildSearchDocs(services, guides, pages, vocabulary);
	const phrases = [
		...Object.values(vocabulary.topics).flat(),
		...[...vocabulary.everyday, ...vocabulary.people, ...vocabulary.places].flatMap((concept) => concept.words),
		...Object.values(vocabulary.spellings),
	];
	// Slips are forgiven against the vocabulary and page names only (rank.ts), so only words near those are needed.
	const texts = [
		...services.map((service) => service.name),
		...guides.map((guide) => guide.data.title),
		...pages.flatMap((page) => [page.title, ...(page.words ?? [])]),
	];
	const targets = new Set([...phrases, ...texts].flatMap((text) => foldText(text).split(' ')));
	return { docs, englishWords: englishWordsNear(english, targets) };
}
