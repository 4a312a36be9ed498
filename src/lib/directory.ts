/**
 * Pure logic for the service directory: who a service fits, how to get in, what is related,
 * and what the content team must review. No Astro or browser code, so it is unit tested directly.
 */
import type { Contact } from '../schemas/common.ts';
import type { Service } from '../schemas/service.ts';
import { addMonths } from './dates.ts';
import { accessRoutes, ageGroups, areas, type AccessRoute, type AgeGroup } from './vocabulary.ts';

/** How long an entry stays current before the content team must check it again. */
export const reviewIntervalMonths = 6;

/** True when the service's age range overlaps [min, max] (max null = no upper limit). */
export function servesAges(service: Service, min: number, max: number | null): boolean {
	const serviceMax = service.ages.max ?? Number.POSITIVE_INFINITY;
	const wantedMax = max ?? Number.POSITIVE_INFINITY;
	return service.ages.min <= wantedMax && min <= serviceMax;
}

/** True when the service takes someone of this exact age. */
export function servesAge(service: Service, age: number): boolean {
	return servesAges(service, age, age);
}

/** The browse age groups a service fits. */
export function ageGroupsOf(service: Service): AgeGroup[] {
	return ageGroups.filter((group) => servesAges(service, group.min, group.max)).map((group) => group.id);
}

/** Routes a person can use without a professional: refer yourself, drop in, or NHS 111 option 2. */
const directRoutes: readonly AccessRoute[] = ['self-referral', 'drop-in', 'nhs-111'];

/** True when a person can get in touch themselves, without being referred. */
export function canContactDirectly(service: Service): boolean {
	return service.access.routes.some((route) => directRoutes.includes(route));
}

/** True when only a GP, school or other professional can refer: the page must say "You cannot refer yourself". */
export function needsReferral(service: Service): boolean {
	return !canContactDirectly(service);
}

/** Where a service works, in words: "Leicester, Leicestershire and Rutland" when it covers all three. */
export function whereServed(service: Service): string {
	if (service.areas.length === areas.ids.length) return 'Leicester, Leicestershire and Rutland';
	return service.areas.map((area) => areas.label(area)).join(', ');
}

/** How to get in, in one line for lists and search results: the ways in, or that a referral is needed. */
export function howToGetInSummary(service: Service): string {
	const routes = service.access.routes.map((route) => accessRoutes.label(route));
	return canContactDirectly(service) ? routes.join(', ') : `You need a referral: ${routes.map((r) => r.charAt(0).toLowerCase() + r.slice(1)).join(', ')}`;
}

/** Contacts for the public, and contacts only for professionals (e.g. referral lines). */
export function splitContacts(contacts: readonly Contact[]): { forPublic: Contact[]; forProfessionals: Contact[] } {
	return {
		forPublic: contacts.filter((contact) => !contact.professionalsOnly),
		forProfessionals: contacts.filter((contact) => contact.professionalsOnly),
	};
}

/** The first public phone contact, for a "call" link in lists and search results. */
export function mainPhone(service: Service): Extract<Contact, { kind: 'phone' }> | undefined {
	return service.contacts.find((contact): contact is Extract<Contact, { kind: 'phone' }> => contact.kind === 'phone' && !contact.professionalsOnly);
}

/**
 * Services related to this one: sharing at least one topic and serving some of the same ages and areas.
 * Ranked by topics in common, then by name, so the list is stable.
 */
export function relatedServices(service: Service, all: readonly Service[], limit = 5): Service[] {
	return all
		.filter((other) => other.slug !== service.slug)
		.filter((other) => servesAges(other, service.ages.min, service.ages.max))
		.filter((other) => other.areas.some((area) => service.areas.includes(area)))
		.map((other) => ({ other, shared: other.topics.filter((topic) => topic !== 'general' && service.topics.includes(topic)).length }))
		.filter(({ shared }) => shared > 0)
		.sort((a, b) => b.shared - a.shared || a.other.name.localeCompare(b.other.name, 'en-GB'))
		.slice(0, limit)
		.map(({ other }) => other);
}

/** Services sorted A to Z and grouped by first letter (digits under "0-9"). */
export function alphabetical(services: readonly Service[]): [string, Service[]][] {
	const groups = new Map<string, Service[]>();
	for (const service of [...services].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))) {
		const first = service.name.charAt(0).toUpperCase();
		const letter = /[A-Z]/.test(first) ? first : '0-9';
		groups.set(letter, [...(groups.get(letter) ?? []), service]);
	}
	return [...groups.entries()];
}

/** The date by which the entry must be checked again. */
export function reviewDueDate(service: Service): string {
	return addMonths(service.lastChecked, reviewIntervalMonths);
}

export type ReviewItem = {
	slug: string;
	name: string;
	lastChecked: string;
	reviewDue: string;
	overdue: boolean;
	needsVerification: boolean;
	openQuestions: string[];
	conflicts: Service['conflicts'];
	lostLinks: string[];
};

/** What the content team must look at: overdue entries first, then those with the most open items. */
export function reviewReport(services: readonly Service[], today: string): ReviewItem[] {
	return services
		.map((service) => {
			const reviewDue = reviewDueDate(service);
			return {
				slug: service.slug,
				name: service.name,
				lastChecked: service.lastChecked,
				reviewDue,
				overdue: reviewDue <= today,
				needsVerification: service.needsVerification,
				openQuestions: service.openQuestions,
				conflicts: service.conflicts,
				lostLinks: service.lostLinks,
			};
		})
		.filter((item) => item.overdue || item.needsVerification || item.openQuestions.length + item.conflicts.length + item.lostLinks.length > 0)
		.sort(
			(a, b) =>
				Number(b.overdue) - Number(a.overdue) ||
				Number(b.needsVerification) - Number(a.needsVerification) ||
				b.openQuestions.length + b.conflicts.length + b.lostLinks.length - (a.openQuestions.length + a.conflicts.length + a.lostLinks.length) ||
				a.name.localeCompare(b.name, 'en-GB')
		);
}
