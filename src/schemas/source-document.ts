/** A document facts come from: content/source-documents.yaml. Content cites it by id (`sources[].document`). */
import { z } from 'astro/zod';
import { isoDate } from './common.ts';

export const sourceDocumentSchema = z
	.object({
		/** How content cites it, e.g. "seed-001". */
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be lower-case words joined by hyphens' }),
		/** The document's name for the content team and the About page. */
		label: z.string().min(10).max(300),
		/** How a service page names it: organisation and date, never file names or line numbers. */
		publicName: z.string().min(10).max(200),
		/** The document's own date, only where it states one. Leave out for undated documents and living sources. */
		date: isoDate.optional(),
	})
	.strict();

export type SourceDocument = z.infer<typeof sourceDocumentSchema>;
