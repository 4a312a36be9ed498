/**
 * Pure logic for the service directory: who a service fits, how to get in, what is related,
 * and what the content team must review. No Astro or browser code, so it is unit tested directly.
 */
import type { Contact } from '../schemas/common.ts';
import type { Service } from '../schemas/service.ts';
import { addMonths } from '../base/dates.ts';
import { ageGroups, areas, type AgeGroup, type Area } from '../base/vocabulary.ts';

/** How long an entry stays current before the content team must check it again. */
export const reviewIntervalMonths = 6;

/** The ages a service takes in an area: its own ages, or narrower ones for that area (agesByArea). */
export function agesIn(service: Service, area?: Area): { min: number; max: number | null } {
	return (area && service.agesByArea?.[area]) || service.ages;
}

/** True when the service's age range overlaps [min, max] (max null = no upper limit), in an area if given. */
export function servesAges(service: Service, min: number, max: number | null, area?: Area): boolean {
	const ages = agesIn(service, area);
	const serviceMax = ages.max ?? Number.POSITIVE_INFINITY;
	const wantedMax = max ?? Number.POSITIVE_INFINITY;
	return ages.min <= wantedMax && min <= serviceMax;
}

/** The browse age groups a service fits. */
export function ageGroupsOf(service: Service): AgeGroup[] {
	return ageGroups.filter((group) => servesAges(service, group.min, group.max)).map((group) => group.id);
}

/** Where a service works, in words: "Leicester, Leicestershire and Rutland" when it covers all three. */
export function whereServed(service: Service): string {
	if (service.areas.length === areas.ids.length) return 'Leicester, Leicestershire and Rutland';
	return service.areas.map((area) => areas.label(area)).join(', ');
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
	return service.contacts.find(
		(contact): contact is Extract<Contact, { kind: 'phone' }> => contact.kind === 'phone' && !contact.professionalsOnly,
	);
}

/** How many years two age ranges share (an open upper limit counts as 100). */
function sharedYears(a: { min: number; max: number | null }, b: { min: number; max: number | null }): number {
	const top = Math.min(a.max ?? 100, b.max ?? 100);
	return Math.max(0, top - Math.max(a.min, b.min) + 1);
}

/**
 * Services related to this one: for the same people (most of the same ages, a group in common, an area in common)
 * and sharing at least one topic. A children's service is never "related" to an adults' one because their age
 * ranges touch at 16 or 18. Ranked by topics in common, then by name, so the list is stable.
 */
export function relatedServices(service: Service, all: readonly Service[], limit = 5): Service[] {
	const span = sharedYears(service.ages, service.ages);
	const groups: readonly string[] = service.audiences.filter((audience) => audience !== 'parents-carers');
	return all
		.filter((other) => other.slug !== service.slug)
		.filter((other) => sharedYears(service.ages, other.ages) * 2 >= Math.min(span, sharedYears(other.ages, other.ages)))
		.filter((other) => other.audiences.some((audience) => groups.includes(audience)))
		.filter((other) => other.areas.some((area) => service.areas.includes(area)))
		.map((other) => ({
			other,
			shared: other.topics.filter((topic) => topic !== 'general' && service.topics.includes(topic)).length,
		}))
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
export function reviewDueDate(entry: { lastChecked: string }): string {
	return addMonths(entry.lastChecked, reviewIntervalMonths);
}
