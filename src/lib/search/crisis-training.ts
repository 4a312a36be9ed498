/** What the crisis classifier is trained on besides the labelled phrasings. Pure. */
import type { SearchVocabulary } from '../../schemas/search.ts';

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
