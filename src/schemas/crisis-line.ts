/**
 * A line a person can use for help now: content/crisis-lines.yaml.
 * These appear in the footer of every page and on the urgent help page, in the file's order.
 */
import { z } from 'astro/zod';
import { contactSchema, pastDate, sourceSchema } from './common.ts';

export const crisisLineSchema = z
	.object({
		/** A stable id, e.g. "samaritans". */
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
		/** The line's name, e.g. "Samaritans". */
		name: z.string().min(2),
		/** What it is for, in one short sentence. */
		purpose: z.string().min(10),
		/** Who can use it, e.g. "Anyone" or "Children and young people under 19". */
		who: z.string().min(3),
		/** How urgent it is: emergency (999), urgent (same day), or talk (someone to talk to). */
		urgency: z.enum(['emergency', 'urgent', 'talk']),
		/** Ways to get in touch. */
		contacts: z.array(contactSchema).min(1),
		/** Where the details come from. */
		sources: z.array(sourceSchema).min(1),
		/** When someone last checked the details. */
		lastChecked: pastDate,
		/** True when the line must be confirmed before anyone relies on it; shown to the public as a caution. */
		needsVerification: z.boolean().default(false),
		/** Why it needs verifying, in plain words for the public. */
		verificationNote: z.string().optional(),
	})
	.strict()
	.refine((line) => !line.needsVerification || line.verificationNote, {
		error: 'a line that needs verification must say why in verificationNote',
		path: ['verificationNote'],
	});

export type CrisisLine = z.infer<typeof crisisLineSchema>;
