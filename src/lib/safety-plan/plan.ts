/**
 * A filled-in safety plan: its saved format (one schema, used by the editor in the browser and by the tests), its
 * limits, how older saved versions are read, and its text version. The schema uses zod/mini, whose functions
 * leave out of the page's JavaScript whatever is not used. No DOM or storage here (see store.ts).
 */
import * as z from 'zod/mini';
import { planSections } from './sections.ts';

/** The sections the person fills in line by line; the other two hold names and numbers. */
export const contactSectionKeys = { 'people-to-ask': 'people', professionals: 'professionals' } as const;
export type ContactKey = (typeof contactSectionKeys)[keyof typeof contactSectionKeys];
export const listSectionIds = planSections.map((s) => s.id).filter((id) => !(id in contactSectionKeys));

/**
 * The most the saved format holds. The editor sets the same limits on what can be typed and shows them as the
 * person nears them, so anything the editor lets a person write can be saved, reloaded and reopened from a file.
 * They are generous: a plan is a few lines, and the limits only keep out files that are not plans.
 */
export const planLimits = {
	/** Characters in one line of a list section. */
	lineLength: 10_000,
	/** Lines in one list section. */
	lines: 500,
	/** Characters in a contact's name (or any words about them). */
	nameLength: 1_000,
	/** Characters in a contact's phone number (room for "evenings only" and the like). */
	phoneLength: 200,
	/** People in one contact section. */
	contacts: 100,
	/** Characters in the "last changed" date and time. */
	updatedAtLength: 40,
	/** Characters in one section of the older (version 1) format. */
	v1SectionLength: 20_000,
} as const;

/** The largest file that could hold a plan within the limits (each character written out in full). */
export const maxPlanFileBytes = 256 * 1024 * 1024;

const text = (max: number) => z.string().check(z.maxLength(max));
const contactSchema = z.strictObject({ name: text(planLimits.nameLength), phone: text(planLimits.phoneLength) });
const contactsSchema = z.array(contactSchema).check(z.maxLength(planLimits.contacts));

/** The current saved format. Bump `version` and add a migration when it changes. */
export const planSchema = z.strictObject({
	format: z.literal('llr-safety-plan'),
	version: z.literal(2),
	/** Free-text lines for each list section, keyed by section id. */
	lists: z.record(z.string(), z.array(text(planLimits.lineLength)).check(z.maxLength(planLimits.lines))),
	/** People I can ask for help. */
	people: contactsSchema,
	/** Professionals and services, e.g. my GP or key worker. */
	professionals: contactsSchema,
	/** When the plan was last changed (ISO date and time). */
	updatedAt: text(planLimits.updatedAtLength),
});

/** Version 1 kept one block of text per section. */
export const planV1Schema = z.strictObject({
	format: z.literal('llr-safety-plan'),
	version: z.literal(1),
	sections: z.record(z.string(), text(planLimits.v1SectionLength)),
	updatedAt: z.optional(z.string()),
});

export type Contact = z.infer<typeof contactSchema>;
export type Plan = z.infer<typeof planSchema>;
export type PlanV1 = z.infer<typeof planV1Schema>;

/** An empty plan with one blank line in each list, ready to type into. */
export function emptyPlan(now = new Date()): Plan {
	return {
		format: 'llr-safety-plan',
		version: 2,
		lists: Object.fromEntries(listSectionIds.map((id) => [id, ['']])),
		people: [{ name: '', phone: '' }],
		professionals: [{ name: '', phone: '' }],
		updatedAt: now.toISOString(),
	};
}

const blankContact = (c: Contact) => c.name.trim() === '' && c.phone.trim() === '';

/** True when nothing has been typed yet. */
export function isBlank(plan: Plan): boolean {
	return (
		Object.values(plan.lists).every((lines) => lines.every((line) => line.trim() === '')) &&
		[...plan.people, ...plan.professionals].every(blankContact)
	);
}

function splitContacts(block: string): Contact[] {
	return block
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean)
		.map((line) => {
			const match = line.match(/^(.*?)[\s:,-]*([+0-9][0-9 ()-]{5,})$/);
			return match ? { name: match[1]!.trim(), phone: match[2]!.trim() } : { name: line, phone: '' };
		});
}

/** Reads any saved version; returns undefined for anything that is not a safety plan from this site. */
export function parsePlan(data: unknown): Plan | undefined {
	const current = planSchema.safeParse(data);
	if (current.success) return withAllSections(current.data);
	const v1 = planV1Schema.safeParse(data);
	if (!v1.success) return undefined;
	const old = v1.data;
	const plan = emptyPlan();
	for (const id of listSectionIds) {
		const lines = (old.sections[id] ?? '')
			.split('\n')
			.map((line) => line.trim())
			.filter(Boolean);
		plan.lists[id] = lines.length > 0 ? lines : [''];
	}
	const people = splitContacts(old.sections['people-to-ask'] ?? '');
	const professionals = splitContacts(old.sections['professionals'] ?? '');
	if (people.length > 0) plan.people = people;
	if (professionals.length > 0) plan.professionals = professionals;
	if (old.updatedAt) plan.updatedAt = old.updatedAt;
	return plan;
}

/** Makes sure every current section exists (an older file may lack a newer section). */
function withAllSections(plan: Plan): Plan {
	const lists = { ...plan.lists };
	for (const id of listSectionIds) if (!lists[id] || lists[id]!.length === 0) lists[id] = [''];
	return {
		...plan,
		lists,
		people: plan.people.length > 0 ? plan.people : [{ name: '', phone: '' }],
		professionals: plan.professionals.length > 0 ? plan.professionals : [{ name: '', phone: '' }],
	};
}

/**
 * Adds what is in `extra` (for example words typed before the page was ready) after what is in `plan`,
 * so neither is lost. Blank lines in `plan` are filled first.
 */
export function mergePlans(plan: Plan, extra: Plan): Plan {
	const lists = { ...plan.lists };
	for (const [id, lines] of Object.entries(extra.lists)) {
		const added = lines.filter((line) => line.trim());
		if (added.length > 0) lists[id] = [...(lists[id] ?? []).filter((line) => line.trim()), ...added];
	}
	const contacts = (key: ContactKey) => {
		const added = extra[key].filter((c) => !blankContact(c));
		return added.length > 0 ? [...plan[key].filter((c) => !blankContact(c)), ...added] : plan[key];
	};
	return { ...plan, lists, people: contacts('people'), professionals: contacts('professionals') };
}

/** The plan as plain text, to read or print from any device. `helpLines` are the numbers as printed on the plan. */
export function planAsText(plan: Plan, helpLines: readonly string[]): string {
	const out = ['MY SAFETY PLAN', ''];
	planSections.forEach((section, index) => {
		out.push(`${index + 1}. ${section.heading}`);
		const key = contactSectionKeys[section.id as keyof typeof contactSectionKeys];
		if (key)
			for (const c of plan[key].filter((c) => !blankContact(c)))
				out.push(`- ${[c.name.trim(), c.phone.trim()].filter(Boolean).join(': ')}`);
		else for (const line of (plan.lists[section.id] ?? []).filter((l) => l.trim())) out.push(`- ${line.trim()}`);
		if (section.id === 'professionals')
			out.push('', 'Numbers for help, any time:', ...helpLines.map((line) => `- ${line}`));
		out.push('');
	});
	return out.join('\n');
}
