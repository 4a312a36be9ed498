/**
 * How a person reaches a service: which of its ways in they can use themselves now, which a source only hints at,
 * and which go through someone else (their GP, their school, NHS 111, another professional). The one answer every
 * page asks: the browse lists, every card's "how to get in", search filters and ranking, and "which service?".
 * Pure: no Astro or browser code.
 */
import type { Contact, Hours } from '../schemas/common.ts';
import type { Service, WayIn } from '../schemas/service.ts';
import type { AccessRoute, Area, Referrer } from '../base/vocabulary.ts';

/** Who is reading, when the page knows: their area and age narrow the ways in and contacts. */
export type Reader = {
	area?: Area | undefined;
	age?: number | undefined;
	/** Who the help is for: a parent's or carer's own way in counts when asking for someone else, or for a child. */
	for?: 'me' | 'someone-else' | undefined;
};

export type Reach = {
	/** Confirmed ways in this reader starts themselves: each with a public contact, or a place to drop in. */
	direct: WayIn[];
	/** Ways in a person starts themselves that a source only hints at, or that have no contact to use. */
	maybe: WayIn[];
	/** Ways in through someone else: GP, school, NHS 111, another professional. */
	referral: WayIn[];
	/** The public contacts the direct ways use, in order, once each. */
	contacts: Contact[];
	/** True when no way in at all is one a person starts themselves: "You cannot refer yourself." */
	referralOnly: boolean;
};

const ownReferrers: readonly Referrer[] = ['self', 'parent-carer'];

/** True for a way in a person (or their parent or carer) starts themselves. */
export function isOwnWay(way: WayIn): boolean {
	return way.by.some((by) => ownReferrers.includes(by));
}

/** The contact a way in uses, if any. */
export function contactOf(service: Service, way: WayIn): Contact | undefined {
	return way.contact === undefined ? undefined : service.contacts.find((contact) => contact.id === way.contact);
}

/** The areas a way in is limited to: its own, or its contact's. Undefined when it follows the service's areas. */
export function wayAreas(service: Service, way: WayIn): readonly Area[] | undefined {
	return way.areas ?? contactOf(service, way)?.areas;
}

function fitsReader(service: Service, way: WayIn, reader: Reader): boolean {
	const limit = wayAreas(service, way);
	if (reader.area && limit && !limit.includes(reader.area)) return false;
	if (reader.age !== undefined && way.ages) {
		if (reader.age < way.ages.min) return false;
		if (way.ages.max !== null && reader.age > way.ages.max) return false;
	}
	// A parent's or carer's way in is theirs, not a young adult's asking for themselves.
	if (
		!way.by.includes('self') &&
		way.by.includes('parent-carer') &&
		reader.for === 'me' &&
		reader.age !== undefined &&
		reader.age >= 18
	)
		return false;
	return true;
}

/** The ways in that apply to this reader, most direct first (the order the content gives). */
export function waysInFor(service: Service, reader: Reader = {}): WayIn[] {
	return service.access.waysIn.filter((way) => fitsReader(service, way, reader));
}

/** The public contacts a reader can use: contacts limited to other areas are left out. */
export function publicContactsFor(service: Service, reader: Reader = {}): Contact[] {
	return service.contacts.filter(
		(contact) => !contact.professionalsOnly && (!reader.area || !contact.areas || contact.areas.includes(reader.area)),
	);
}

/** How this reader reaches the service. */
export function reachFor(service: Service, reader: Reader = {}): Reach {
	const ways = waysInFor(service, reader);
	const usable = new Set(publicContactsFor(service, reader));
	const direct: WayIn[] = [];
	const maybe: WayIn[] = [];
	const referral: WayIn[] = [];
	const contacts: Contact[] = [];
	for (const way of ways) {
		if (!isOwnWay(way)) {
			referral.push(way);
			continue;
		}
		const contact = contactOf(service, way);
		const reachable = way.how === 'drop-in' || (contact !== undefined && usable.has(contact));
		if (way.confirmed && reachable) {
			direct.push(way);
			if (contact && usable.has(contact) && !contacts.includes(contact)) contacts.push(contact);
		} else maybe.push(way);
	}
	return { direct, maybe, referral, contacts, referralOnly: !ways.some(isOwnWay) };
}

/** True when this reader can get in touch themselves now, with a contact from the data or a place to drop in. */
export function canContactThemselves(service: Service, reader: Reader = {}): boolean {
	return reachFor(service, reader).direct.length > 0;
}

/**
 * When this reader can get in touch with the service itself: the hours of a contact they can use, or the service's
 * own hours when they can contact it directly. Never the hours of another service's line that a way in goes through
 * (`via`): a team reached through a 24-hour line is not open 24 hours.
 */
export function contactHours(service: Service, reader: Reader = {}): Hours[] {
	const own = reachFor(service, reader).direct.filter((way) => way.via === undefined);
	const hours: Hours[] = [];
	for (const way of own) {
		const contact = contactOf(service, way);
		if (contact?.hours) hours.push(contact.hours);
	}
	if (hours.length === 0 && own.length > 0 && service.hours) hours.push(service.hours);
	return hours;
}

/** The browse and filter routes a service offers, from its confirmed ways in. */
export function accessRoutesOf(service: Service): AccessRoute[] {
	const routes = new Set<AccessRoute>();
	for (const way of service.access.waysIn) {
		if (isOwnWay(way)) {
			// A website or app you use on your own is self-help, not a way to refer yourself.
			if (!way.confirmed || way.how === 'website' || way.how === 'app') continue;
			routes.add(way.how === 'drop-in' ? 'drop-in' : 'self-referral');
			continue;
		}
		for (const by of way.by) {
			if (by === 'nhs-111') routes.add('nhs-111');
			if (by === 'gp') routes.add('gp');
			if (by === 'school') routes.add('school');
			if (by === 'professional') routes.add('professionals');
		}
	}
	const order: AccessRoute[] = ['self-referral', 'drop-in', 'nhs-111', 'gp', 'school', 'professionals'];
	return order.filter((route) => routes.has(route));
}
