/**
 * A local mental health service: one file in content/services/.
 * Every fact comes from a source document (see sources/README.md) and says which one.
 */
import { z } from 'astro/zod';
import { accessRoutes, areas, audiences, levels, topics } from '../lib/vocabulary.ts';
import { contactSchema, hoursSchema, pastDate, sourceSchema } from './common.ts';

const plainSentence = z
	.string()
	.min(10)
	.max(220, { error: 'keep the summary to one short sentence (220 characters at most)' })
	.refine((text) => /[.!?]$/.test(text.trim()), { error: 'must end with a full stop' })
	.refine((text) => !/[.!?]\s+[A-Z]/.test(text.trim().slice(0, -1)), { error: 'must be one sentence' });

export const serviceSchema = z
	.object({
		/** The service's name as the public knows it; abbreviations spelled out with the short form after. */
		name: z.string().min(2),
		/** The web address part: lower case words joined by hyphens; must match the file name. */
		slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be lower-case words joined by hyphens' }),
		/** One plain-English sentence saying what the service is and who it helps. */
		summary: plainSentence,
		/** What the service offers, one item per line, in plain words. */
		offers: z.array(z.string().min(3)).min(1),
		/** Who runs it, e.g. "Leicestershire Partnership NHS Trust (LPT)". */
		provider: z.string().min(2),
		/** Who it is for. */
		ages: z
			.object({
				/** Youngest age served, in whole years. 0 when there is no lower limit. */
				min: z.number().int().min(0).max(120),
				/** Oldest age served, in whole years; null when there is no upper limit. */
				max: z.number().int().min(0).max(120).nullable(),
				/** The age rule as a person would say it, e.g. "Up to 18" or "18 and over". */
				label: z.string().min(2),
			})
			.strict()
			.refine((ages) => ages.max === null || ages.min <= ages.max, {
				error: 'the youngest age (min) is above the oldest age (max)',
				path: ['min'],
			}),
		/** Groups of people it is for, in words. */
		audiences: z.array(z.enum(audiences.ids)).min(1),
		/** Who it is not for, in plain words. */
		exclusions: z.array(z.string()).default([]),
		/** Where people must live (or study) to use it. */
		areas: z.array(z.enum(areas.ids)).min(1),
		/** Named places when a service is tied to them, e.g. a university. */
		places: z.array(z.string()).default([]),
		/** Anything about area that the list cannot say, e.g. "Only for pupils at a Rutland school". */
		areaNote: z.string().optional(),
		/** What it helps with. */
		topics: z.array(z.enum(topics.ids)).min(1),
		/** How much help it gives. */
		levels: z.array(z.enum(levels.ids)).min(1),
		/** How to get in. */
		access: z
			.object({
				/** The ways in, most direct first. */
				routes: z.array(z.enum(accessRoutes.ids)).min(1),
				/** What to do, step by step, in plain words. */
				steps: z.array(z.string().min(5)).min(1),
				/** What happens after you get in touch, where a source says. */
				whatHappensNext: z.string().optional(),
			})
			.strict(),
		/** Phone, text, web and email contacts. Only ones a source gives. */
		contacts: z.array(contactSchema).default([]),
		/** When the service itself is open, where a source says. */
		hours: hoursSchema.optional(),
		/** Places you can go, with their own contact details. */
		locations: z
			.array(
				z
					.object({
						name: z.string(),
						/** Address lines, without the postcode. */
						address: z.array(z.string()).min(1),
						postcode: z.string().regex(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, { error: 'must be a UK postcode, e.g. LE2 0TA' }),
						area: z.enum(areas.ids),
						contacts: z.array(contactSchema).default([]),
						/** Where this location's details come from, if not the entry's main source. */
						source: z.string().optional(),
					})
					.strict()
			)
			.default([]),
		/** What it costs, only where a source says. */
		cost: z.string().optional(),
		/** Languages, BSL and other access support, only where a source says. */
		accessibility: z.array(z.string()).default([]),
		/** Where every fact in this entry comes from. */
		sources: z.array(sourceSchema).min(1),
		/** The date someone last checked this entry against its sources. */
		lastChecked: pastDate,
		/** True when a contact or fact must be confirmed with the service before anyone relies on it. */
		needsVerification: z.boolean().default(false),
		/** Questions for the content team: missing links, unclear facts. Shown on the review report, not to the public. */
		openQuestions: z.array(z.string()).default([]),
		/** Where sources disagree: what about, which source won and why. */
		conflicts: z
			.array(
				z
					.object({
						about: z.string(),
						resolution: z.string(),
						sources: z.array(z.string()).min(2),
					})
					.strict()
			)
			.default([]),
		/** Links lost from the source ("LINK" cells), described so someone can find them again. */
		lostLinks: z.array(z.string()).default([]),
	})
	.strict();

export type Service = z.infer<typeof serviceSchema>;
