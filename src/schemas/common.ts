/**
 * Building blocks shared by the content schemas: dates, phone numbers, links, opening hours and sources.
 * Each rule carries a message written for the content team, because it is shown when the build fails.
 */
import { z } from 'astro/zod';
import { isIsoDate, todayIso } from '../base/dates.ts';
import { parseUkPhone } from '../base/phone.ts';
import { areas, weekdays } from '../base/vocabulary.ts';

/** A calendar date (YYYY-MM-DD). YAML may hand us a Date object, so both are accepted. */
export const isoDate = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z.string().refine(isIsoDate, { error: 'must be a date written as YYYY-MM-DD, for example 2026-02-09' }),
);

/** A date that has already happened: a check cannot be done in the future. */
export const pastDate = isoDate.refine((value) => typeof value === 'string' && value <= todayIso(), {
	error: 'is in the future; use the date the check was actually done',
});

/** A UK phone number as written in a source; checked with libphonenumber-js. */
export const ukPhone = z.string().refine((value) => parseUkPhone(value) !== undefined, {
	error: (issue) => `"${String(issue.input)}" is not a valid UK phone number`,
});

/** A web address. Only https is allowed, so no page sends a person to an insecure site. */
export const httpsUrl = z.url({ protocol: /^https$/, error: 'must be a full web address starting with https://' });

/** A time of day on the 24-hour clock, e.g. "09:30". */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time like 09:30 or 17:00' });

/** Opening hours as data. Either open all the time, or a list of sessions; a note can add what data cannot say. */
export const hoursSchema = z
	.object({
		/** Open 24 hours a day, every day of the year. */
		always: z.boolean().default(false),
		/** Regular weekly sessions, e.g. Monday to Friday 09:30 to 16:00. */
		sessions: z
			.array(
				z
					.object({
						/** Days this session runs. */
						days: z.array(z.enum(weekdays.ids)).min(1),
						/** Opening time, 24-hour clock. */
						opens: clockTime,
						/** Closing time, 24-hour clock. */
						closes: clockTime,
					})
					.strict(),
			)
			.default([]),
		/** Anything about hours the data cannot express, in plain words (e.g. "closed on bank holidays"). */
		note: z.string().optional(),
	})
	.strict()
	.refine((hours) => hours.always || hours.sessions.length > 0 || hours.note, {
		error: 'say when it is open: always: true, at least one session, or a note',
	});
export type Hours = z.infer<typeof hoursSchema>;

/** Where a fact came from: which document, where in it, and how old that document is. */
export const sourceSchema = z
	.object({
		/** The source document: the id of one in content/source-documents.yaml (checked by the content loader). */
		document: z
			.string()
			.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be the id of a document in content/source-documents.yaml' }),
		/** Where in the document: table and row, or line numbers, e.g. "children and young people's table, row 32 (line 37)". */
		where: z.string().min(3),
	})
	.strict();
export type Source = z.infer<typeof sourceSchema>;

/** An id that ways in use to name a contact: lower-case words joined by hyphens, e.g. "city-text". */
const contactId = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be lower-case words joined by hyphens, e.g. city-text' });

const contactBase = {
	/** Names the contact so a way in can point to it (access.waysIn[].contact). */
	id: contactId.optional(),
	/** What this contact is for, when a service has more than one, e.g. "Parents helpline". */
	label: z.string().optional(),
	/** Only for people in these areas, e.g. a number for Leicester city only. Leave out when it is for everyone. */
	areas: z.array(z.enum(areas.ids)).min(1).optional(),
	/** When it can be used. Leave out when no source says. */
	hours: hoursSchema.optional(),
	/** True when only health and care professionals should use it (e.g. to make a referral). */
	professionalsOnly: z.boolean().default(false),
	/** A short note shown with the contact, e.g. "Choose option 2". */
	note: z.string().optional(),
	/** Where this contact comes from, when it is not the entry's main source (e.g. a web page in web-contacts). */
	source: sourceSchema.optional(),
};

/** One way to contact a service or line. */
export const contactSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('phone'), number: ukPhone, ...contactBase }).strict(),
	z
		.object({
			kind: z.literal('text'),
			number: ukPhone,
			/** A word to send, e.g. SHOUT. */
			keyword: z.string().optional(),
			...contactBase,
		})
		.strict(),
	z.object({ kind: z.literal('web'), url: httpsUrl, ...contactBase }).strict(),
	z
		.object({ kind: z.literal('email'), address: z.email({ error: 'must be an email address' }), ...contactBase })
		.strict(),
]);
export type Contact = z.infer<typeof contactSchema>;
