/** Content collections. The schemas live in src/schemas so scripts and tests can use them without Astro. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { serviceSchema } from './schemas/service.ts';
import { crisisLineSchema } from './schemas/crisis-line.ts';

const services = defineCollection({
	// Files starting with _ are drafts and are not built.
	loader: glob({ base: './content/services', pattern: '**/[^_]*.{yaml,yml}' }),
	schema: serviceSchema,
});

const crisisLines = defineCollection({
	loader: file('content/crisis-lines.yaml'),
	schema: crisisLineSchema,
});

export const collections = { services, crisisLines };
