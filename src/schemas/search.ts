/** Search vocabularies in content/: everyday words for each topic, and crisis phrases. */
import { z } from 'astro/zod';
import { topics } from '../lib/vocabulary.ts';

/** content/search-vocabulary.yaml: topic id -> everyday words and misspellings. */
export const searchVocabularySchema = z.partialRecord(z.enum(topics.ids), z.array(z.string().min(2)).min(1));

/** content/crisis-terms.yaml: phrases that show crisis help above search results. */
export const crisisTermsSchema = z.object({ phrases: z.array(z.string().min(2)).min(20) }).strict();
