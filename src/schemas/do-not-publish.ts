/** Numbers that must never appear on the site (content/do-not-publish.yaml), each with the reason. */
import { z } from 'astro/zod';

export const doNotPublishEntrySchema = z
	.object({
		/** The number as it was written in the source. */
		number: z.string().regex(/^[0-9 ]+$/),
		/** Why it must not be published, e.g. "superseded by 0808 800 3302". */
		reason: z.string().min(10),
		/** Where it was found. */
		foundIn: z.string().min(3),
	})
	.strict();

export const doNotPublishSchema = z.array(doNotPublishEntrySchema);
export type DoNotPublish = z.infer<typeof doNotPublishSchema>;
