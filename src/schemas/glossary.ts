/** The jargon buster: content/glossary.yaml, a list of terms in plain words. */
import { z } from 'astro/zod';

export const glossaryEntrySchema = z
	.object({
		/** Made from the term by the loader; used for links such as /glossary/#camhs. */
		id: z.string().optional(),
		/** The word or abbreviation, as people see it, e.g. "CAMHS". */
		term: z.string().min(2),
		/** What an abbreviation stands for. */
		standsFor: z.string().optional(),
		/** Other names people use for the same thing. */
		also: z.array(z.string()).default([]),
		/** One to three short sentences in plain words. */
		definition: z.string().min(20),
	})
	.strict();

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** The link id for a term: "Carer's assessment" -> "carers-assessment", "A&E" -> "a-and-e". */
export function glossaryId(term: string): string {
	return term
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
