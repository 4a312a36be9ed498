/**
 * Content collections. Every one is loaded through src/integrations/content/loaders.ts, which reads and checks the
 * whole content/ folder once; the schemas live in src/schemas so scripts and tests use them without Astro.
 */
import { defineCollection } from 'astro:content';
import { contentLoader } from './integrations/content/loaders.ts';
import { serviceSchema } from './schemas/service.ts';
import { crisisLineSchema } from './schemas/crisis-line.ts';
import { guideSchema } from './schemas/guide.ts';
import { glossaryEntrySchema } from './schemas/glossary.ts';
import { sourceDocumentSchema } from './schemas/source-document.ts';
import { doNotPublishEntrySchema } from './schemas/do-not-publish.ts';
import { crisisTermsSchema, searchVocabularySchema } from './schemas/search.ts';

export const collections = {
	services: defineCollection({ loader: contentLoader('services'), schema: serviceSchema }),
	crisisLines: defineCollection({ loader: contentLoader('crisisLines'), schema: crisisLineSchema }),
	guides: defineCollection({ loader: contentLoader('guides'), schema: guideSchema }),
	glossary: defineCollection({ loader: contentLoader('glossary'), schema: glossaryEntrySchema }),
	sourceDocuments: defineCollection({ loader: contentLoader('sourceDocuments'), schema: sourceDocumentSchema }),
	doNotPublish: defineCollection({ loader: contentLoader('doNotPublish'), schema: doNotPublishEntrySchema }),
	searchVocabulary: defineCollection({ loader: contentLoader('searchVocabulary'), schema: searchVocabularySchema }),
	crisisTerms: defineCollection({ loader: contentLoader('crisisTerms'), schema: crisisTermsSchema }),
};
