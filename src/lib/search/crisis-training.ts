/** How the site's crisis classifier is trained: on what, and with what floor. Pure. */
import type { CrisisTerms, SearchVocabulary } from '../../schemas/search.ts';
import { crisisMatcher } from './crisis.ts';
import { splitPhrasings, trainCrisisModel, type CrisisModel, type CrisisPhrasings } from './crisis-model.ts';

/**
 * Everyday words and phrases from the search vocabulary (topics, everyday phrases, people, places), other than
 * the suicidal-thoughts and self-harm ones: what ordinary searches look like.
 */
export function ordinaryPhrases(vocabulary: SearchVocabulary): string[] {
	const crisisTopics = ['suicidal-thoughts', 'self-harm'];
	const aboutCrisis = (topics: readonly string[] | undefined) =>
		(topics ?? []).some((topic) => crisisTopics.includes(topic));
	return [
		...Object.entries(vocabulary.topics)
			.filter(([topic]) => !crisisTopics.includes(topic))
			.flatMap(([, words]) => words),
		...vocabulary.everyday.filter((concept) => !aboutCrisis(concept.topics)).flatMap((concept) => concept.words),
		...vocabulary.people.flatMap((concept) => concept.words),
		...vocabulary.places.flatMap((concept) => concept.words),
	];
}

/**
 * The site's crisis classifier: trained on the part of the labelled phrasings that is not held back, with everyday
 * searches as ordinary examples and the word lists as the floor. The one way the build, the tests and the figures
 * make it, so they always judge the same model.
 */
export function siteCrisisModel(content: {
	crisisPhrasings: CrisisPhrasings;
	crisisTerms: CrisisTerms;
	searchVocabulary: SearchVocabulary;
}): CrisisModel {
	return trainCrisisModel(splitPhrasings(content.crisisPhrasings).train, {
		ordinary: ordinaryPhrases(content.searchVocabulary),
		floor: crisisMatcher(content.crisisTerms),
	});
}
