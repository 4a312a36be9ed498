/**
 * A line a person can use for help now: content/crisis-lines.yaml.
 * These appear in the footer of every page and on the urgent help page, in the file's order.
 * Lines are stated plainly: open questions about a line go to the content team's review report, never on a page.
 */
import { z } from 'astro/zod';
import { contactSchema, pastDate, sourceSchema } from './common.ts';
import { ageRange } from './service.ts';

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
		/** The ages it is for, where a service page is made from the line (a service with `crisisLine`). */
		ages: ageRange.optional(),
		/** How urgent it is: emergency (life at risk), urgent (same day), or talk (someone to talk to). */
		urgency: z.enum(['emergency', 'urgent', 'talk']),
		/** Ways to get in touch. */
		contacts: z.array(contactSchema).min(1),
		/** Where the details come from. */
		sources: z.array(sourceSchema).min(1),
		/** When someone last checked the details. */
		lastChecked: pastDate,
		/** Why the line is past its review date, when it cannot be checked in time; without it a production build stops. */
		overdueBecause: z.string().min(10).optional(),
		/**
		 * Other ways to reach the line for people who are deaf, find speaking hard, or need another language, each a
		 * plain sentence with its contact where there is one. From the national service's own published details.
		 */
		accessibleWays: z
			.array(z.object({ text: z.string().min(10), contact: contactSchema.optional() }).strict())
			.default([]),
		/** Questions for the content team (for example, a number to confirm). Shown on the review report only, never in public. */
		openQuestions: z.array(z.string()).default([]),
	})
	.strict();

export type CrisisLine = z.infer<typeof crisisLineSchema>;
