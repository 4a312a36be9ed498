/**
 * A local mental health service: one file in content/services/.
 * Every fact comes from a source document (see sources/README.md) and says which one.
 */
import { z } from 'astro/zod';
import {
	areas,
	audiences,
	levels,
	onlyForSituations,
	referrers,
	situations,
	topics,
	wayInMethods,
	type Referrer,
} from '../base/vocabulary.ts';
import { contactSchema, hoursSchema, pastDate, sourceSchema } from './common.ts';

const plainSentence = z
	.string()
	.min(10)
	.max(220, { error: 'keep the summary to one short sentence (220 characters at most)' })
	.refine((text) => /[.!?]$/.test(text.trim()), { error: 'must end with a full stop' })
	.refine((text) => !/[.!?]\s+[A-Z]/.test(text.trim().slice(0, -1)), { error: 'must be one sentence' });

/** An age range in whole years; max null means no upper limit. */
export const ageRange = z
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
	});

/** The public's own ways in: a person (or their parent or carer) gets in touch themselves. */
const ownReferrers: readonly Referrer[] = ['self', 'parent-carer'];

/**
 * One way in to a service: who can start it, how, with which contact, and for whom.
 * One function (src/lib/ways-in.ts) words every way in for every page, so content never writes "how to get in" prose.
 */
export const wayInSchema = z
	.object({
		/** Who can use this way in: you, a parent or carer, your school, your GP, NHS 111, another professional. */
		by: z.array(z.enum(referrers.ids)).min(1),
		/** How, when the person starts it themselves (by: self or parent-carer): phone, text, website, drop in... */
		how: z.enum(wayInMethods.ids).optional(),
		/** The id of the contact this way uses (one of the entry's contacts). */
		contact: z.string().optional(),
		/**
		 * When a person gets in through someone else, who: e.g. "the My Self Referral website" or
		 * "the Central Access Point". The page then says "You can ask for a referral through the Central Access Point."
		 */
		via: z.string().min(3).optional(),
		/** Who exactly can refer, when "professional" or "school" is too vague, e.g. "The police or court staff". */
		named: z.string().min(3).optional(),
		/** Only for people in these areas, when narrower than the service's own areas. */
		areas: z.array(z.enum(areas.ids)).min(1).optional(),
		/** Only for people of these ages, when narrower than the service's own ages. */
		ages: ageRange.optional(),
		/**
		 * False when a source only hints at this way in (for example a lost link in an unlabelled column).
		 * The page then says "You may be able to contact them yourself" and how to check, never that it is certain.
		 */
		confirmed: z.boolean().default(true),
		/** One plain sentence the data cannot say, e.g. "Not for eating disorders: ask your GP instead." */
		note: z.string().min(5).optional(),
	})
	.strict();
export type WayIn = z.infer<typeof wayInSchema>;

export const serviceSchema = z
	.object({
		/** The service's name as the public knows it; abbreviations spelled out with the short form after. */
		name: z.string().min(2),
		/** The web address part: the file name, added by the content loader (never written in the file). */
		slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be lower-case words joined by hyphens' }),
		/**
		 * The crisis line this service is, by its id in content/crisis-lines.yaml (e.g. "samaritans"). The content
		 * loader then fills in the line's contacts, opening hours, ages and access help, so they are stored once.
		 */
		crisisLine: z
			.string()
			.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
			.optional(),
		/** One plain-English sentence saying what the service is and who it helps. */
		summary: plainSentence,
		/** What the service offers, one item per line, in plain words. */
		offers: z.array(z.string().min(3)).min(1),
		/** Who runs it, e.g. "Leicestershire Partnership NHS Trust (LPT)". Leave out when no source names it. */
		provider: z
			.string()
			.min(2)
			.refine((text) => !/not (named|known)|unknown/i.test(text), {
				error: 'leave the provider out when no source names it',
			})
			.optional(),
		/** Who it is for. */
		ages: ageRange,
		/**
		 * Different ages in some areas, e.g. 0 to 19 in Leicester city but 0 to 11 in Leicestershire and Rutland.
		 * Each must sit inside `ages`; areas not listed use `ages`.
		 */
		agesByArea: z.partialRecord(z.enum(areas.ids), ageRange).optional(),
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
		/**
		 * Only for people in one of these situations: student (at the universities in `places`), pregnancy (pregnant,
		 * or have had or lost a baby), carer, in-care (already getting NHS mental health care, e.g. a patient advice
		 * service). "Which service?" offers the service only when the person says one applies.
		 * Leave out when anyone of the right age and area can use it.
		 */
		onlyFor: z.array(z.enum(onlyForSituations)).default([]),
		/** What it helps with. */
		topics: z.array(z.enum(topics.ids)).min(1),
		/**
		 * How it fits its topics, where a topic is more than something it helps with. `made`: the service exists for
		 * it (a stop-smoking service for smoking). `part`: it helps only as part of something broader (a sexual health
		 * clinic's care for mental health in general). Every other topic in `topics` is one it helps with. Ranking reads
		 * this, so a service made for a need comes before one that only helps with it, whatever its ages.
		 */
		topicFit: z
			.object({
				made: z.array(z.enum(topics.ids)).default([]),
				part: z.array(z.enum(topics.ids)).default([]),
			})
			.strict()
			.default({ made: [], part: [] }),
		/**
		 * Who it is not right for, although their age and area fit: age groups (a children's or school service is not
		 * for people of 18 or over even where its ages run to 19 or 25), people who also have a need (family mediation
		 * after sexual abuse), or a situation (family mediation when a young person does not want their parents to know).
		 * `why` says so for the content team.
		 */
		notFor: z
			.object({
				groups: z.array(z.enum(['children', 'young-people', 'adults', 'older-people'])).default([]),
				needs: z.array(z.enum(topics.ids)).default([]),
				situations: z.array(z.enum(situations.ids)).default([]),
				why: z.string().min(10),
			})
			.strict()
			.optional(),
		/** How much help it gives. */
		levels: z.array(z.enum(levels.ids)).min(1),
		/** How to get in. */
		access: z
			.object({
				/** Every way in, most direct first. Pages word them with one function; never write them as prose. */
				waysIn: z.array(wayInSchema).min(1),
				/** Anything else a person needs to know to get in, one plain sentence each (never who can refer: that is waysIn). */
				notes: z.array(z.string().min(5)).default([]),
				/** What happens after you get in touch, where a source says. */
				whatHappensNext: z.string().optional(),
			})
			.strict(),
		/**
		 * Phone, text, web and email contacts. Only ones a source gives. A crisis line's number is written as
		 * `{ crisisLine: <id> }` (with an optional id, label and note), and the loader fills it in from the line.
		 */
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
						postcode: z
							.string()
							.regex(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, { error: 'must be a UK postcode, e.g. LE2 0TA' }),
						area: z.enum(areas.ids),
						contacts: z.array(contactSchema).default([]),
						/** Where this location's details come from, if not the entry's main source. */
						source: z.string().optional(),
					})
					.strict(),
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
		/**
		 * Why the entry is past its review date (lastChecked plus the review interval), when it cannot be checked in
		 * time. Without it a production build stops once the entry is overdue.
		 */
		overdueBecause: z.string().min(10).optional(),
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
					.strict(),
			)
			.default([]),
		/** Links lost from the source ("LINK" cells), described so someone can find them again. */
		lostLinks: z.array(z.string()).default([]),
	})
	.strict()
	.superRefine((service, context) => {
		const contactIds = new Set(service.contacts.map((contact) => contact.id).filter(Boolean));
		for (const [index, way] of service.access.waysIn.entries()) {
			const path = ['access', 'waysIn', index];
			if (way.contact !== undefined && !contactIds.has(way.contact))
				context.addIssue({
					code: 'custom',
					path: [...path, 'contact'],
					message: `"${way.contact}" is not the id of any of this entry's contacts`,
				});
			const own = way.by.some((by) => ownReferrers.includes(by));
			if (own && !way.how)
				context.addIssue({
					code: 'custom',
					path: [...path, 'how'],
					message: 'say how a person uses this way in (phone, text, web-form, website, drop-in...)',
				});
			if (!own && way.how)
				context.addIssue({
					code: 'custom',
					path: [...path, 'how'],
					message: 'only ways in a person starts themselves (by: self or parent-carer) have a "how"',
				});
			if (own && way.by.some((by) => !ownReferrers.includes(by)))
				context.addIssue({
					code: 'custom',
					path: [...path, 'by'],
					message: "list a person's own ways in and referrals as separate ways in",
				});
			const needsContact = own && way.confirmed && way.how !== 'drop-in';
			if (needsContact && way.contact === undefined)
				context.addIssue({
					code: 'custom',
					path: [...path, 'contact'],
					message: 'a confirmed way in that a person uses themselves needs the contact it uses',
				});
			if (own && way.confirmed && way.how === 'drop-in' && service.locations.length === 0 && !way.note)
				context.addIssue({
					code: 'custom',
					path: [...path, 'note'],
					message: 'say where to drop in: add the locations, or a note',
				});
		}
		for (const kind of ['made', 'part'] as const)
			for (const [index, topic] of service.topicFit[kind].entries())
				if (!service.topics.includes(topic))
					context.addIssue({
						code: 'custom',
						path: ['topicFit', kind, index],
						message: `"${topic}" is not one of the service's topics`,
					});
		for (const [index, topic] of service.topicFit.made.entries())
			if (service.topicFit.part.includes(topic))
				context.addIssue({
					code: 'custom',
					path: ['topicFit', 'made', index],
					message: `"${topic}" cannot be both made for and part of something broader`,
				});
		for (const [area, ages] of Object.entries(service.agesByArea ?? {})) {
			if (!service.areas.includes(area as (typeof service.areas)[number]))
				context.addIssue({
					code: 'custom',
					path: ['agesByArea', area],
					message: `"${area}" is not one of the service's areas`,
				});
			const outside =
				ages.min < service.ages.min ||
				(service.ages.max !== null && (ages.max === null || ages.max > service.ages.max));
			if (outside)
				context.addIssue({
					code: 'custom',
					path: ['agesByArea', area],
					message: "must sit inside the service's own ages",
				});
		}
	});

export type Service = z.infer<typeof serviceSchema>;
