/**
 * The changes a person makes to a plan in the editor, as pure functions: each returns a new plan.
 * A list or contact section always keeps at least one (blank) entry to type into.
 */
import type { Contact, ContactKey, Plan } from './plan.ts';

const blankContact = (): Contact => ({ name: '', phone: '' });

export function withLine(plan: Plan, sectionId: string, index: number, value: string): Plan {
	const lines = [...(plan.lists[sectionId] ?? [''])];
	lines[index] = value;
	return { ...plan, lists: { ...plan.lists, [sectionId]: lines } };
}

export function withNewLine(plan: Plan, sectionId: string): Plan {
	return { ...plan, lists: { ...plan.lists, [sectionId]: [...(plan.lists[sectionId] ?? []), ''] } };
}

export function withoutLine(plan: Plan, sectionId: string, index: number): Plan {
	const lines = (plan.lists[sectionId] ?? []).filter((_, i) => i !== index);
	return { ...plan, lists: { ...plan.lists, [sectionId]: lines.length > 0 ? lines : [''] } };
}

export function withContact(plan: Plan, key: ContactKey, index: number, field: keyof Contact, value: string): Plan {
	return { ...plan, [key]: plan[key].map((contact, i) => (i === index ? { ...contact, [field]: value } : contact)) };
}

export function withNewContact(plan: Plan, key: ContactKey): Plan {
	return { ...plan, [key]: [...plan[key], blankContact()] };
}

export function withoutContact(plan: Plan, key: ContactKey, index: number): Plan {
	const list = plan[key].filter((_, i) => i !== index);
	return { ...plan, [key]: list.length > 0 ? list : [blankContact()] };
}
