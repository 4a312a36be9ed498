/**
 * A filled-in safety plan: its shape, how older saved versions are read, and how it is saved on the device.
 * No DOM or React here: storage is passed in, so every failure (full, blocked, corrupted) is unit tested.
 * Nothing in this module sends anything anywhere.
 */
import { z } from 'astro/zod';
import { planSections } from './sections.ts';

const listSections = planSections.filter((s) => s.id !== 'people-to-ask' && s.id !== 'professionals').map((s) => s.id);

const contactLine = z.object({ name: z.string().max(200), phone: z.string().max(100) }).strict();

/** The current saved format. Bump `version` and add a migration when it changes. */
export const planSchema = z
	.object({
		format: z.literal('llr-safety-plan'),
		version: z.literal(2),
		/** Free-text lines for each list section, keyed by section id. */
		lists: z.record(z.string(), z.array(z.string().max(2000)).max(50)),
		/** People I can ask for help. */
		people: z.array(contactLine).max(30),
		/** Professionals and services, e.g. my GP or key worker. */
		professionals: z.array(contactLine).max(30),
		/** When the plan was last changed (ISO date and time). */
		updatedAt: z.string().max(40),
	})
	.strict();
export type Plan = z.infer<typeof planSchema>;

/** Version 1 kept one block of text per section. */
const planV1Schema = z
	.object({
		format: z.literal('llr-safety-plan'),
		version: z.literal(1),
		sections: z.record(z.string(), z.string().max(20000)),
		updatedAt: z.string().optional(),
	})
	.strict();

/** An empty plan with one blank line in each list, ready to type into. */
export function emptyPlan(now = new Date()): Plan {
	return {
		format: 'llr-safety-plan',
		version: 2,
		lists: Object.fromEntries(listSections.map((id) => [id, ['']])),
		people: [{ name: '', phone: '' }],
		professionals: [{ name: '', phone: '' }],
		updatedAt: now.toISOString(),
	};
}

/** True when nothing has been typed yet. */
export function isBlank(plan: Plan): boolean {
	return (
		Object.values(plan.lists).every((lines) => lines.every((line) => line.trim() === '')) &&
		[...plan.people, ...plan.professionals].every((c) => c.name.trim() === '' && c.phone.trim() === '')
	);
}

function splitContacts(text: string) {
	return text
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
	if (v1.success) {
		const plan = emptyPlan(v1.data.updatedAt ? new Date(v1.data.updatedAt) : new Date());
		for (const id of listSections) {
			const lines = (v1.data.sections[id] ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
			plan.lists[id] = lines.length > 0 ? lines : [''];
		}
		const people = splitContacts(v1.data.sections['people-to-ask'] ?? '');
		const professionals = splitContacts(v1.data.sections['professionals'] ?? '');
		plan.people = people.length > 0 ? people : plan.people;
		plan.professionals = professionals.length > 0 ? professionals : plan.professionals;
		if (v1.data.updatedAt) plan.updatedAt = v1.data.updatedAt;
		return plan;
	}
	return undefined;
}

/** Makes sure every current section exists (an older file may lack a newer section). */
function withAllSections(plan: Plan): Plan {
	const lists = { ...plan.lists };
	for (const id of listSections) if (!lists[id] || lists[id]!.length === 0) lists[id] = [''];
	return { ...plan, lists };
}

/** The key under which the plan is kept in sessionStorage or localStorage. */
export const storageKey = 'llr-safety-plan';

/** A Storage-like object (sessionStorage, localStorage, or a test double). */
export type PlanStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type LoadResult =
	| { status: 'none' }
	| { status: 'loaded'; plan: Plan }
	| { status: 'corrupted' }
	| { status: 'unavailable' };

/** Reads the plan from one storage area. */
export function loadPlan(storage: PlanStorage | undefined): LoadResult {
	if (!storage) return { status: 'unavailable' };
	let text: string | null;
	try {
		text = storage.getItem(storageKey);
	} catch {
		return { status: 'unavailable' };
	}
	if (text === null) return { status: 'none' };
	try {
		const plan = parsePlan(JSON.parse(text));
		return plan ? { status: 'loaded', plan } : { status: 'corrupted' };
	} catch {
		return { status: 'corrupted' };
	}
}

export type SaveResult = { status: 'saved' } | { status: 'full' } | { status: 'unavailable' };

/** Saves the plan; reports a full or blocked store instead of throwing, so no text is silently lost. */
export function savePlan(storage: PlanStorage | undefined, plan: Plan): SaveResult {
	if (!storage) return { status: 'unavailable' };
	try {
		storage.setItem(storageKey, JSON.stringify(plan));
		return { status: 'saved' };
	} catch (error) {
		const name = (error as { name?: string })?.name;
		return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? { status: 'full' } : { status: 'unavailable' };
	}
}

/** Removes the plan from a storage area; true if it is gone. */
export function removePlan(storage: PlanStorage | undefined): boolean {
	if (!storage) return true;
	try {
		storage.removeItem(storageKey);
		return storage.getItem(storageKey) === null;
	} catch {
		return false;
	}
}

/** The plan as plain text, to read or print from any device. `helpLines` come from the crisis lines content. */
export function planAsText(plan: Plan, helpLines: readonly string[]): string {
	const out = ['MY SAFETY PLAN', ''];
	planSections.forEach((section, index) => {
		out.push(`${index + 1}. ${section.heading}`);
		if (section.id === 'people-to-ask' || section.id === 'professionals') {
			const contacts = section.id === 'people-to-ask' ? plan.people : plan.professionals;
			for (const c of contacts.filter((c) => c.name.trim() || c.phone.trim())) out.push(`- ${[c.name.trim(), c.phone.trim()].filter(Boolean).join(': ')}`);
		} else for (const line of (plan.lists[section.id] ?? []).filter((l) => l.trim())) out.push(`- ${line.trim()}`);
		out.push('');
	});
	out.push('Help, any time:', ...helpLines.map((line) => `- ${line}`));
	return out.join('\n');
}
