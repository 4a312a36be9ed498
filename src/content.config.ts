/** Content collections. The schemas live in src/schemas so scripts and tests can use them without Astro. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { serviceSchema } from './schemas/service.ts';
import { crisisLineSchema } from './schemas/crisis-line.ts';
import { guideSchema } from './schemas/guide.ts';
import { glossaryEntrySchema, glossaryId } from './schemas/glossary.ts';
import { parse } from 'yaml';

const services = defineCollection({
	// Files starting with _ are drafts and are not built.
	loader: glob({ base: './content/services', pattern: '**/[^_]*.{yaml,yml}' }),
	schema: serviceSchema,
});

const crisisLines = defineCollection({
	loader: file('content/crisis-lines.yaml'),
	schema: crisisLineSchema,
});

const guides = defineCollection({
	loader: glob({ base: './content/guides', pattern: '**/[^_]*.md' }),
	schema: guideSchema,
});

const glossary = defineCollection({
	// The glossary is a plain list; each term's id is made from the term itself.
	loader: file('content/glossary.yaml', {
		parser: (text) => (parse(text) as { term: string }[]).map((entry) => ({ id: glossaryId(entry.term), ...entry })),
	}),
	schema: glossaryEntrySchema,
});

export const collections = { services, crisisLines, guides, glossary };
