/**
 * What each service page tells Pagefind: filter values (the directory's labels, so counts read as words),
 * result metadata, and the everyday words for its topics. Pure, so it is tested without a build.
 */
import type { Service } from '../../schemas/service.ts';
import { ageGroupsOf, mainPhone, whereServed } from '../directory.ts';
import { accessRoutesOf } from '../reach.ts';
import { howToGetInSummary } from '../ways-in.ts';
import { parseUkPhone } from '../../base/phone.ts';
import { accessRoutes, ageGroups, areas, helpKindOf, helpKinds, topics, type Topic } from '../../base/vocabulary.ts';
import type { FilterKey } from './state.ts';
import type { SearchVocabulary } from '../../schemas/search.ts';
import type { SearchDoc } from './rank.ts';
import { foldAnyScript, foldText, stem, wordsOf } from './normalise.ts';

/** Routes offered as a search filter: the ways in a person can act on themselves or through someone they know. */
export const searchableRoutes = ['self-referral', 'drop-in', 'gp', 'school'] as const;

/**
 * How a person can get in to a service, as route ids. The one place search asks the access rules, so they can
 * change without search matching a display label.
 */
export function searchRoutes(service: Service): string[] {
	return [...accessRoutesOf(service)];
}

/** Filter values for one service, keyed like the URL parameters. */
export function searchFilters(
	service: Service,
	routes: readonly string[] = searchRoutes(service),
): Record<FilterKey, string[]> {
	return {
		topic: service.topics.map((topic) => topics.label(topic)),
		age: ageGroupsOf(service).map((id) => ageGroups.find((group) => group.id === id)!.label),
		area: service.areas.map((area) => areas.label(area)),
		access: routes
			.filter((route) => (searchableRoutes as readonly string[]).includes(route))
			.map((route) => accessRoutes.label(route as never)),
		help: [...new Set(service.levels.map(helpKindOf))].map((kind) => helpKinds.label(kind)),
	};
}

/** Metadata shown in a search result, so results need no extra page loads. */
export function searchMeta(service: Service): Record<string, string> {
	const phone = mainPhone(service);
	const parsed = phone ? parseUkPhone(phone.number) : undefined;
	return {
		summary: service.summary,
		ages: service.ages.label,
		where: whereServed(service),
		access: howToGetInSummary(service),
		...(parsed ? { phone: parsed.display, phoneHref: `tel:${parsed.dial}` } : {}),
	};
}

/** The everyday words for a service's topics, from content/search-vocabulary.yaml, plus the topic labels. */
export function searchWords(service: Service, vocabulary: Partial<Record<Topic, string[]>>): string {
	const words = service.topics.flatMap((topic) => [topics.label(topic), ...(vocabulary[topic] ?? [])]);
	return [...new Set(words)].join(', ');
}

/** Stems of the meaningful words in some text, once each. */
function stemsOf(texts: readonly string[], stopWords: ReadonlySet<string>): string[] {
	return [
		...new Set(
			texts
				.flatMap((text) => wordsOf(text))
				.filter((word) => word.length > 1 && !stopWords.has(word))
				.map(stem),
		),
	];
}

type GuideInput = {
	slug: string;
	data: {
		title: string;
		summary: string;
		group: 'adults' | 'young-people' | 'parents-carers';
		topics: Topic[];
		ages: { min: number; max: number | null };
	};
};

/** A page shown straight after crisis help, described in words the search page can show without the index. */
export type PinnedPage = {
	url: string;
	title: string;
	summary: string;
	words?: string[];
	/** Names that lead straight to the page when the query holds one whole, in any script ("urdu", "اردو"). */
	names?: string[];
};

/**
 * Everything the search page ranks without the full-text index: each service and guide with its concepts (topics,
 * ages, audiences, areas) and word stems, and the pages shown after crisis help. Served as /search/docs.json.
 */
export function buildSearchDocs(
	services: readonly Service[],
	guides: readonly GuideInput[],
	pinned: readonly PinnedPage[],
	vocabulary: Pick<SearchVocabulary, 'stopWords'> & Partial<Pick<SearchVocabulary, 'genericNameWords'>>,
): SearchDoc[] {
	const stopWords = new Set(vocabulary.stopWords.map((word) => foldText(word)));
	// A service's name counts on its meaningful words: "Live Well" is not found by "live", but "live well" still finds it in its text.
	const nameStopWords = new Set([...stopWords, ...(vocabulary.genericNameWords ?? []).map((word) => foldText(word))]);
	const genericInName = (name: string) =>
		wordsOf(name).filter((word) => !stopWords.has(word) && nameStopWords.has(word));
	const serviceDocs: SearchDoc[] = services.map((service) => {
		const routes = searchRoutes(service);
		return {
			url: `/services/${service.slug}/`,
			kind: 'service',
			title: service.name,
			topics: [...service.topics],
			audiences: [...service.audiences],
			ages: { min: service.ages.min, max: service.ages.max },
			areas: [...service.areas],
			onlyFor: [...(service.onlyFor ?? [])],
			nameWords: stemsOf([service.name], nameStopWords),
			textWords: stemsOf([service.summary, ...service.offers, ...genericInName(service.name)], stopWords),
			routes,
			filters: searchFilters(service, routes),
			meta: searchMeta(service),
		} satisfies SearchDoc;
	});
	const guideAudience = {
		adults: 'adults',
		'young-people': 'young-people',
		'parents-carers': 'parents-carers',
	} as const;
	const guideDocs: SearchDoc[] = guides.map((guide) => ({
		url: `/self-help/${guide.slug}/`,
		kind: 'guide',
		title: guide.data.title,
		topics: [...guide.data.topics],
		audiences: [guideAudience[guide.data.group]],
		ages: guide.data.ages,
		areas: areas.ids.slice(),
		onlyFor: [],
		nameWords: stemsOf([guide.data.title], stopWords),
		textWords: stemsOf([guide.data.summary], stopWords),
		routes: [],
		meta: { summary: guide.data.summary, kind: 'Self-help guide' },
	}));
	const pinnedDocs: SearchDoc[] = pinned
		.filter((page) => !guideDocs.some((doc) => doc.url === page.url))
		.map((page) => ({
			url: page.url,
			kind: 'page',
			title: page.title,
			topics: [],
			audiences: [],
			ages: { min: 0, max: null },
			areas: areas.ids.slice(),
			onlyFor: [],
			nameWords: page.words ? stemsOf([page.title, ...page.words], stopWords) : [],
			textWords: page.words ? stemsOf([page.summary], stopWords) : [],
			routes: [],
			meta: { summary: page.summary },
			...(page.names ? { names: page.names.map((name) => foldAnyScript(name).trim()) } : {}),
		}));
	return [...serviceDocs, ...guideDocs, ...pinnedDocs];
}
