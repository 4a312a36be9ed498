/** Search vocabularies in content/: how search understands everyday words, and what counts as a crisis. */
import { z } from 'astro/zod';
import { ageGroups, areas, audiences, topics, type AgeGroup } from '../base/vocabulary.ts';

const words = z.array(z.string().min(2)).min(1);
const ageGroupIds = ageGroups.map((group) => group.id) as unknown as readonly [AgeGroup, ...AgeGroup[]];

/** One idea: its words or phrases, and what they mean in the site's vocabulary. */
const conceptSchema = z
	.object({
		words,
		topics: z.array(z.enum(topics.ids)).min(1).optional(),
		ages: z.array(z.enum(ageGroupIds)).min(1).optional(),
		audiences: z.array(z.enum(audiences.ids)).min(1).optional(),
		areas: z.array(z.enum(areas.ids)).min(1).optional(),
	})
	.strict()
	.refine((concept) => concept.topics || concept.ages || concept.audiences || concept.areas, {
		message: 'must name topics, ages, audiences or areas',
	});

/** content/search-vocabulary.yaml: topic words, everyday phrases, people, places, stop words and misspellings. */
export const searchVocabularySchema = z
	.object({
		topics: z.partialRecord(z.enum(topics.ids), words),
		everyday: z.array(conceptSchema).min(1),
		people: z.array(conceptSchema).min(1),
		places: z.array(conceptSchema).min(1),
		stopWords: z.array(z.string().min(1)).min(1),
		genericNameWords: z.array(z.string().min(1)).default([]),
		spellings: z.record(z.string().regex(/^[a-z0-9]+$/, 'must be one lower-case word'), z.string().min(2)),
	})
	.strict();
export type SearchVocabulary = z.infer<typeof searchVocabularySchema>;
export type Concept = z.infer<typeof conceptSchema>;

/**
 * content/crisis-terms.yaml: what makes search show crisis help first. Words alone, phrases, run-together fragments,
 * and combinations (one word from each part, in order, close together).
 */
export const crisisTermsSchema = z
	.object({
		words: words,
		phrases: z.array(z.string().min(2)).min(20),
		/** Everyday phrases taken out of a query before the rest is matched ("end of life care", "go on holiday"). */
		except: z.array(z.string().min(2)).default([]),
		fragments: z.array(z.string().regex(/^[a-z]{4,}$/, 'must be four or more lower-case letters, no spaces')).min(1),
		combinations: z
			.array(
				z
					.object({
						about: z.string().min(3),
						within: z.number().int().min(1).max(12),
						parts: z.array(words).min(2).max(4),
					})
					.strict(),
			)
			.min(1),
	})
	.strict();
export type CrisisTerms = z.infer<typeof crisisTermsSchema>;

/**
 * content/crisis-phrasings.yaml: labelled phrasings the crisis classifier is trained on (src/lib/search/crisis-model.ts),
 * crisis ones by kind and near misses that must not raise the alarm.
 */
const phrasings = z.record(z.string().regex(/^[a-z_]+$/), z.array(z.string().min(2)).min(4));
export const crisisPhrasingsSchema = z.object({ crisis: phrasings, notCrisis: phrasings }).strict();
export type CrisisPhrasings = z.infer<typeof crisisPhrasingsSchema>;
