/**
 * Ranking before the full-text index: every service and guide scored by how many of the query's concepts it matches
 * (topics, words in its name and description), steered by who the help is for (age and audience) and where they
 * live. Any-word matching, so an everyday sentence never returns nothing when services exist. Pure: tested with the
 * real content (tests/unit/search-ranking.test.ts) and run the same in the browser.
 */
import type { AgeGroup, Area, Audience, Topic } from '../../base/vocabulary.ts';
import { ageGroups } from '../../base/vocabulary.ts';
import type { FilterKey } from './state.ts';
import { cachedStem as stem, sameWord } from './normalise.ts';
import type { Understood } from './understand.ts';

/** What the search page knows about one page it can show, without loading the full-text index. */
export type SearchDoc = {
	url: string;
	kind: 'service' | 'guide' | 'page';
	title: string;
	topics: Topic[];
	audiences: Audience[];
	ages: { min: number; max: number | null };
	areas: Area[];
	onlyFor: string[];
	/** Stems of the words in the title, and in the summary and offers. */
	nameWords: string[];
	textWords: string[];
	/** How a person can get in, as route ids (src/lib/search/index-data.ts searchRoutes); none for guides and pages. */
	routes: string[];
	/** Filter values, as on the service page (services only). */
	filters?: Record<FilterKey, string[]>;
	meta: Record<string, string>;
	/** Names that lead straight to this page (folded by foldAnyScript), such as a language's names. */
	names?: string[];
};

/** Pages shown straight after the crisis help, in this order, whatever else was asked. */
export const crisisFirst = ['/self-help/getting-through-suicidal-thoughts/', '/urgent-help/'] as const;

/** Where a person's age groups come from a filter label ("Children (0 to 10)") rather than their own words. */
export function ageGroupsFromLabels(labels: readonly string[]): AgeGroup[] {
	return ageGroups.filter((group) => labels.includes(group.label)).map((group) => group.id);
}

const childGroups: readonly AgeGroup[] = ['children', 'young-people'];

/**
 * True when a page is really for someone in this age group. A page with no age limit given (0 and over) counts for
 * children and young people only if it names them, so an adults' service with no limit is not a children's service.
 */
function servesGroup(doc: SearchDoc, id: AgeGroup): boolean {
	const group = ageGroups.find((candidate) => candidate.id === id)!;
	const overlaps = doc.ages.min <= (group.max ?? 200) && (doc.ages.max ?? 200) >= group.min;
	if (!overlaps) return false;
	const noLimit = doc.ages.min === 0 && doc.ages.max === null;
	if (noLimit && childGroups.includes(id))
		return doc.audiences.includes('children') || doc.audiences.includes('young-people');
	return true;
}

type Field = 'nameWords' | 'textWords';

/**
 * Which pages have a word in their title or text, found once per word over the pages' distinct stems (not page by
 * page), so ranking stays quick as a person types. A slip is forgiven in names only (misspelled topics are put
 * right by the vocabulary), so the list of English words never to put right stays small.
 */
type WordIndex = { pagesWith: (word: string, field: Field, maySlip: boolean) => Set<SearchDoc> };
const indexes = new WeakMap<readonly SearchDoc[], WordIndex>();
function wordIndex(docs: readonly SearchDoc[]): WordIndex {
	const known = indexes.get(docs);
	if (known) return known;
	const byStem = { nameWords: new Map<string, SearchDoc[]>(), textWords: new Map<string, SearchDoc[]>() };
	for (const doc of docs)
		for (const field of ['nameWords', 'textWords'] as const)
			for (const word of doc[field]) byStem[field].set(word, [...(byStem[field].get(word) ?? []), doc]);
	const found = new Map<string, Set<SearchDoc>>();
	const index: WordIndex = {
		pagesWith(word, field, maySlip) {
			const key = `${field}:${maySlip}:${word}`;
			let pages = found.get(key);
			if (!pages) {
				const stemmed = stem(word);
				pages = new Set();
				for (const [candidate, withIt] of byStem[field])
					if (
						candidate === stemmed ||
						(maySlip && field === 'nameWords' && word.length >= 5 && sameWord(word, candidate))
					)
						for (const doc of withIt) pages.add(doc);
				found.set(key, pages);
			}
			return pages;
		},
	};
	indexes.set(docs, index);
	return index;
}

/** How rare a word is among the pages (1: in one or two; near 0: in most), so "mental health" does not outweigh "cancer". */
function rarity(count: number): number {
	return count <= 2 ? 1 : count <= 5 ? 0.6 : count <= 12 ? 0.3 : 0.1;
}

/** Topics of services for one narrow need, not for mental health in general. */
const narrowTopics: readonly Topic[] = ['smoking', 'sexual-abuse', 'criminal-justice'];

export type Scored = { doc: SearchDoc; score: number; concepts: number };

/** What a page matched of the query's topics and words, before who it is for is weighed. */
type Matched = { score: number; concepts: number; topicHits: Topic[] };

/** Scores the query's topics and words a page matches, each one a concept; rarer words count for more. */
function matchConcepts(doc: SearchDoc, query: Understood, index: WordIndex): Matched {
	let score = 0;
	let concepts = 0;
	const topicHits = query.topics.filter((topic) => doc.topics.includes(topic));
	for (const topic of topicHits) {
		// A service about few things is more likely to be about this one.
		// For mental health in general, a service that covers many needs fits better than one for a single need.
		if (topic === 'general') score += 4 + 0.5 * Math.min(doc.topics.length, 4);
		else score += 10 + (doc.topics.length <= 2 ? 3 : doc.topics.length <= 4 ? 1 : 0);
		concepts++;
	}
	for (const word of query.words) {
		const maySlip = query.slipWords.includes(word);
		const inNames = index.pagesWith(word, 'nameWords', maySlip);
		if (inNames.has(doc)) {
			score += 12 * rarity(inNames.size);
			concepts++;
			continue;
		}
		const inText = index.pagesWith(word, 'textWords', maySlip);
		if (inText.has(doc)) {
			score += 4 * rarity(inText.size);
			concepts++;
		}
	}
	return { score, concepts, topicHits };
}

/** An age in numbers is compared with the service's own limits: a 15-year-old is not offered a service from 16. */
function outsideAgeLimits(doc: SearchDoc, query: Understood): boolean {
	return (
		query.age !== undefined &&
		doc.kind === 'service' &&
		(query.age < doc.ages.min || (doc.ages.max !== null && query.age > doc.ages.max))
	);
}

/** The score after weighing the age groups asked about (in words or by filter) against who the page serves. */
function scoreForAges(score: number, doc: SearchDoc, query: Understood, ages: AgeGroup[], matched: Matched): number {
	if (ages.length === 0) return score;
	if (ages.some((id) => servesGroup(doc, id))) score += 6;
	// A service only for the ages asked about comes before one that takes everyone.
	const onlyForThem = ages.some((id) => {
		const group = ageGroups.find((candidate) => candidate.id === id)!;
		return doc.ages.min >= group.min && (group.max === null || (doc.ages.max !== null && doc.ages.max <= group.max));
	});
	if (onlyForThem && doc.kind === 'service' && matched.topicHits.length === 0 && matched.concepts === 0) score += 4;
	else score -= 15;
	const forChild = ages.some((id) => childGroups.includes(id)) && !ages.includes('adults');
	// A service only for pregnancy and new parents is not a children's service, whatever its age limit says.
	if (forChild && doc.onlyFor.includes('pregnancy') && !query.topics.includes('pregnancy')) score -= 12;
	return score;
}

/** True when the query, or the age filter, is about a child or school, so services reached through school fit. */
function aboutPupils(query: Understood, extraAges: readonly AgeGroup[]): boolean {
	return (
		query.ages.some((id) => childGroups.includes(id)) ||
		query.words.some((word) => stem(word) === 'school') ||
		extraAges.some((id) => childGroups.includes(id))
	);
}

/** The score after weighing the people a page is only for (students, pupils) and the people the query names. */
function scoreForPeople(
	score: number,
	doc: SearchDoc,
	query: Understood,
	matched: Matched,
	forPupils: boolean,
): number {
	// A service only for some people (students, pregnancy, carers) comes after ones for everyone, unless asked for.
	const askedFor: Record<string, boolean> = {
		student: query.audiences.includes('students'),
		pregnancy: query.topics.includes('pregnancy'),
		carer: query.audiences.includes('parents-carers'),
	};
	for (const situation of doc.onlyFor) if (!askedFor[situation]) score -= 4;
	// A service reached through school is for pupils: it comes after others unless the query is about a child or school.
	const forPupilsOnly = doc.routes.includes('school') && doc.ages.max !== null && doc.ages.max <= 18;
	if (forPupilsOnly && query.topics.length > 0 && !forPupils) score -= 20;
	// Asked only about people ("old", "teenager"), services for those people come before ones that merely take them.
	const peopleOnly = matched.topicHits.length === 0 && matched.concepts === 0;
	for (const audience of query.audiences) if (doc.audiences.includes(audience)) score += peopleOnly ? 5 : 2;
	return score;
}

/**
 * The score once nothing the query asked for was matched but a place or people: a service for one narrow need
 * (stopping smoking, after abuse) or reached through school is offered for a place or people alone ("LE4", "my
 * mum") only after general help: it is there, but not what was asked for.
 */
function scoreForSideServices(score: number, doc: SearchDoc, matched: Matched, forPupils: boolean): number {
	if (matched.topicHits.length > 0) return score;
	const narrowOnly = doc.topics.length > 0 && doc.topics.every((topic) => narrowTopics.includes(topic));
	if (narrowOnly) score -= 8;
	const throughSchool = doc.routes.includes('school') && doc.ages.max !== null && doc.ages.max <= 25;
	if (throughSchool && !forPupils) score -= 8;
	return score;
}

/** Scores one page for a query; concepts counts the separate things it matched (0: not a match). */
export function scoreDoc(
	doc: SearchDoc,
	query: Understood,
	extraAges: readonly AgeGroup[] = [],
	index: WordIndex = wordIndex([doc]),
): Scored {
	const noMatch = { doc, score: 0, concepts: 0 };
	const matched = matchConcepts(doc, query, index);
	let { score, concepts } = matched;
	const ages = [...new Set([...query.ages, ...extraAges])];
	if (concepts === 0 && ages.length === 0 && query.areas.length === 0 && query.audiences.length === 0) return noMatch;
	// Without words for who it is for, the person searching is most likely an adult asking for themselves.
	if (ages.length === 0 && query.audiences.length === 0 && servesGroup(doc, 'adults')) score += 1;
	if (outsideAgeLimits(doc, query)) return noMatch;
	score = scoreForAges(score, doc, query, ages, matched);
	const forPupils = aboutPupils(query, extraAges);
	score = scoreForPeople(score, doc, query, matched, forPupils);
	if (query.areas.length > 0) {
		// A service that does not cover the place is not offered; a local one comes before one for all of LLR.
		if (!query.areas.some((area) => doc.areas.includes(area))) return noMatch;
		score += doc.areas.length === 1 ? 4 : 2;
	}
	// Early help a person can ask for themselves comes before specialist teams that need a referral.
	if (doc.routes.includes('self-referral')) score += 1.5;
	// A question about people or a place alone still finds services: for that age or place.
	const askedAbout = query.ages.length + query.audiences.length + query.areas.length > 0;
	if (concepts === 0) concepts = askedAbout && score > 0 ? 1 : 0;
	return { doc, score: scoreForSideServices(score, doc, matched, forPupils), concepts };
}

/** True when a page passes the filters: any value within a group, every group with values. */
export function passesFilters(doc: SearchDoc, filters: Record<FilterKey, string[]>): boolean {
	const keys = (Object.keys(filters) as FilterKey[]).filter((key) => filters[key].length > 0);
	if (keys.length === 0) return true;
	if (!doc.filters) return false;
	return keys.every((key) => filters[key].some((value) => doc.filters![key].includes(value)));
}

export type Ranked = { results: SearchDoc[]; crisis: boolean };

/**
 * Ranks every page for a query: pages matching more concepts first, then higher scores, services before guides,
 * then the more specific service. Crisis queries get the suicidal-thoughts guide and the urgent-help page first.
 * When a query has concepts but nothing matches them (a topic no service has yet), services for mental health in
 * general are offered, steered the same way, so a topic word never returns nothing.
 */
export function rankDocs(
	docs: readonly SearchDoc[],
	query: Understood,
	options: { crisis?: boolean; filters?: Record<FilterKey, string[]> } = {},
): SearchDoc[] {
	const filters = options.filters ?? { topic: [], age: [], area: [], access: [], help: [] };
	const extraAges = ageGroupsFromLabels(filters.age);
	const index = wordIndex(docs);
	let scored = docs
		.map((doc) => scoreDoc(doc, query, extraAges, index))
		.filter((entry) => entry.concepts > 0 && entry.score > -10);
	const understoodSomething = query.topics.length + query.ages.length + query.audiences.length + query.areas.length > 0;
	if (scored.length === 0 && understoodSomething) {
		const general: Understood = { ...query, topics: ['general'], words: [] };
		scored = docs.map((doc) => scoreDoc(doc, general, extraAges, index)).filter((entry) => entry.concepts > 0);
	}
	// Filters narrow what the query found: a filter that leaves nothing leaves nothing, and the page says so.
	scored = scored.filter((entry) => passesFilters(entry.doc, filters));
	const kindOrder = { service: 0, guide: 1, page: 2 } as const;
	scored.sort(
		(a, b) =>
			b.score - a.score ||
			kindOrder[a.doc.kind] - kindOrder[b.doc.kind] ||
			a.doc.topics.length - b.doc.topics.length ||
			a.doc.title.localeCompare(b.doc.title, 'en-GB'),
	);
	const services = scored.filter((entry) => entry.doc.kind === 'service').map((entry) => entry.doc);
	const others = scored.filter((entry) => entry.doc.kind !== 'service').map((entry) => entry.doc);
	// The best guide comes sixth, after the five best services; the rest after every service.
	// A site page named by every word of the query ("safety plan", "crisis card") is what was asked for: it comes first.
	const named = others.filter(
		(doc) =>
			doc.kind === 'page' && query.words.length > 0 && query.words.every((word) => doc.nameWords.includes(stem(word))),
	);
	const rest = others.filter((doc) => !named.includes(doc));
	const results = [...named, ...services.slice(0, 5), ...rest.slice(0, 1), ...services.slice(5), ...rest.slice(1)];
	if (!options.crisis) return results;
	const first = crisisFirst
		.map((url) => docs.find((doc) => doc.url === url))
		.filter((doc): doc is SearchDoc => doc !== undefined);
	// Under crisis help: what the query is about, as ranked, but only pages that share a topic with it or are help
	// for suicidal thoughts and self-harm, never pages that only share a word; then the rest of that help.
	const crisisTopics: readonly Topic[] = ['suicidal-thoughts', 'self-harm'];
	const needed = new Set<Topic>([...crisisTopics, ...query.topics]);
	const aboutTheQuery = results.filter((doc) => doc.topics.some((topic) => needed.has(topic)) || doc.kind === 'page');
	const forCrisis = rankDocs(
		docs,
		{ ...query, topics: [...crisisTopics], words: [], slipWords: [] },
		{ filters },
	).filter((doc) => doc.topics.some((topic) => crisisTopics.includes(topic)));
	return [...new Set([...first, ...aboutTheQuery, ...forCrisis])];
}
