/**
 * How to get in to a service, worded once for every page: the service page, service cards, search results,
 * the "which service?" results and guides. Content holds ways in as data (src/schemas/service.ts, waysIn);
 * this module turns them into sentences a person would say, with the contacts each one uses.
 * Pure: no Astro or browser code, so every entry's wording is unit tested.
 */
import type { Contact } from '../schemas/common.ts';
import type { Service, WayIn } from '../schemas/service.ts';
import { areas, type AccessRoute, type Area, type Referrer, type WayInMethod } from '../base/vocabulary.ts';

/** Who is reading, when the page knows: their area and age narrow the ways in and contacts shown. */
export type Reader = {
	area?: Area | undefined;
	age?: number | undefined;
	/** Who the help is for, when the page knows: "my-child" words a school way in as "Your child's school". */
	for?: 'me' | 'my-child' | 'someone-else' | undefined;
};

/** One way in, worded. */
export type WayInLine = {
	/** The sentence, e.g. "You can text them." or "Your GP can refer you." */
	text: string;
	/**
	 * Set on the NHS 111 way in: the sentence is `before` + "call 111 and choose option 2" + `after`, so pages can
	 * render the middle with the Call111 component (the one place that says it) and plain text can use `text`.
	 */
	call111?: { before: string; after: string };
	/** The public contacts this way in uses (already narrowed to the reader's area when known). */
	contacts: Contact[];
	/** True for the ways a person starts themselves (by: self or parent-carer). */
	own: boolean;
	/** False when a source only hints at this way in: the sentence says so. */
	confirmed: boolean;
	/** Who it is limited to, in words, e.g. "For people in Leicester city". Undefined when it is for everyone. */
	limitedTo?: string;
	/** A sentence from the content the data cannot say. */
	note?: string;
};

export type HowToGetIn = {
	/** "You cannot refer yourself." when no way in is one a person starts themselves; otherwise undefined. */
	cannotReferYourself?: string;
	/** Every way in, most direct first, worded. */
	lines: WayInLine[];
	/** One or two sentences for lists and search results. */
	summary: string;
};

const ownReferrers: readonly Referrer[] = ['self', 'parent-carer'];

function isOwn(way: WayIn): boolean {
	return way.by.some((by) => ownReferrers.includes(by));
}

function contactFor(service: Service, way: WayIn): Contact | undefined {
	return way.contact === undefined ? undefined : service.contacts.find((contact) => contact.id === way.contact);
}

/** The areas a way in is limited to: its own, or its contact's. Undefined when it follows the service's areas. */
function areasOf(service: Service, way: WayIn): readonly Area[] | undefined {
	return way.areas ?? contactFor(service, way)?.areas;
}

function fitsReader(service: Service, way: WayIn, reader: Reader): boolean {
	const limit = areasOf(service, way);
	if (reader.area && limit && !limit.includes(reader.area)) return false;
	if (reader.age !== undefined && way.ages) {
		if (reader.age < way.ages.min) return false;
		if (way.ages.max !== null && reader.age > way.ages.max) return false;
	}
	return true;
}

function joinWithOr(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

function joinWithAnd(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
	// Keep capitals that are names or abbreviations ("GP", "NHS").
	return /^[A-Z]{2}/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** What a person does, for each way they can start themselves. */
const ownVerbs: Record<WayInMethod, string> = {
	phone: 'call them',
	text: 'text them',
	chat: 'chat to them online',
	email: 'email them',
	'web-form': 'ask for help through their website',
	website: 'use their website',
	app: 'use their app',
	'drop-in': 'drop in without an appointment',
};

/** What a person does when the way in goes through someone else (`via`): "call the Central Access Point". */
const viaVerbs: Record<WayInMethod, string> = {
	phone: 'call',
	text: 'text',
	chat: 'chat online with',
	email: 'email',
	'web-form': 'ask for help through',
	website: 'use',
	app: 'use',
	'drop-in': 'drop in to',
};

function ownSubject(way: WayIn): string {
	const self = way.by.includes('self');
	const parent = way.by.includes('parent-carer');
	if (self && parent) return 'You, or a parent or carer,';
	return parent ? 'Parents and carers' : 'You';
}

function schoolSubject(service: Service, reader: Reader): string {
	if (reader.for === 'my-child') return "Your child's school";
	if (reader.for === 'me') return 'Your school or college';
	// On a page for everyone: a service only for young children is asked for by their parents.
	if (service.ages.max !== null && service.ages.max <= 10) return "Your child's school";
	return 'A school or college';
}

/** The subject of a referral sentence: "Your GP", "The police or court staff", "Your GP or another professional". */
function referrerSubject(service: Service, way: WayIn, reader: Reader): string {
	const names = way.by.map((by) => {
		if (by === 'gp') return 'your GP';
		if (by === 'school') return lowerFirst(schoolSubject(service, reader));
		if (by === 'professional') return way.named ? lowerFirst(way.named) : way.by.length > 1 ? 'another health or care professional' : 'a health or care professional';
		return 'NHS 111';
	});
	return capitalise(joinWithOr(names));
}

function limitText(service: Service, way: WayIn): string | undefined {
	const parts: string[] = [];
	const limit = areasOf(service, way);
	if (limit && limit.length < service.areas.length) parts.push(`in ${joinWithAnd(limit.map((area) => areas.label(area)))}`);
	if (way.ages) parts.push(`aged ${lowerFirst(way.ages.label)}`);
	return parts.length > 0 ? `For people ${parts.join(', ')}` : undefined;
}

/** Words one way in. */
export function wordWayIn(service: Service, way: WayIn, reader: Reader = {}): WayInLine {
	const contact = contactFor(service, way);
	const contacts = contact && !contact.professionalsOnly ? [contact] : [];
	const common = {
		contacts,
		own: isOwn(way),
		confirmed: way.confirmed,
		...(limitText(service, way) ? { limitedTo: limitText(service, way)! } : {}),
		...(way.note ? { note: way.note } : {}),
	};
	if (isOwn(way)) {
		const verb = ownVerbs[way.how ?? 'web-form'];
		if (!way.confirmed) {
			const text = contact?.kind === 'web' ? 'You may be able to contact them yourself: check on their website.' : 'You may be able to contact them yourself. Ask your GP how.';
			return { ...common, text };
		}
		if (way.via) return { ...common, text: `${ownSubject(way)} can ${viaVerbs[way.how ?? 'web-form']} ${way.via}. They can refer you.` };
		return { ...common, text: `${ownSubject(way)} can ${verb}.` };
	}
	if (way.by.length === 1 && way.by[0] === 'nhs-111') {
		const before = 'If it is urgent, ';
		const after = '. They can refer you.';
		return { ...common, text: `${before}call 111 and choose option 2${after}`, call111: { before, after } };
	}
	const schoolOnly = way.by.length === 1 && way.by[0] === 'school';
	if (schoolOnly) return { ...common, text: `${way.named ? capitalise(way.named) : schoolSubject(service, reader)} can ask for this.` };
	return { ...common, text: `${referrerSubject(service, way, reader)} can refer you.` };
}

/** The ways in that apply to this reader, most direct first (the order the content gives). */
export function waysInFor(service: Service, reader: Reader = {}): WayIn[] {
	return service.access.waysIn.filter((way) => fitsReader(service, way, reader));
}

/** True when a person can get in touch themselves (a confirmed way they start, or NHS 111 option 2). */
export function canContactDirectly(service: Service, reader: Reader = {}): boolean {
	return waysInFor(service, reader).some((way) => (isOwn(way) && way.confirmed) || way.by.includes('nhs-111'));
}

/** The whole "how to get in" for a service: whether you can refer yourself, every way in, and a summary line. */
export function howToGetIn(service: Service, reader: Reader = {}): HowToGetIn {
	const ways = waysInFor(service, reader);
	const lines = ways.map((way) => wordWayIn(service, way, reader));
	// Only when no way in at all is one a person starts themselves (not even an unconfirmed one).
	const noOwnWay = !ways.some(isOwn);
	const cannotReferYourself = noOwnWay ? 'You cannot refer yourself.' : undefined;
	const firstTwo = lines.slice(0, 2).map((line) => line.text);
	const summary = [cannotReferYourself, ...firstTwo].filter(Boolean).join(' ');
	return { ...(cannotReferYourself ? { cannotReferYourself } : {}), lines, summary };
}

/** The one-line summary for lists and search results. */
export function howToGetInSummary(service: Service, reader: Reader = {}): string {
	return howToGetIn(service, reader).summary;
}

/** The browse and filter routes a service offers, derived from its confirmed ways in. */
export function accessRoutesOf(service: Service): AccessRoute[] {
	const routes = new Set<AccessRoute>();
	for (const way of service.access.waysIn) {
		if (isOwn(way)) {
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

/** The public contacts a reader can use: contacts limited to other areas are left out. */
export function publicContactsFor(service: Service, reader: Reader = {}): Contact[] {
	return service.contacts.filter((contact) => !contact.professionalsOnly && (!reader.area || !contact.areas || contact.areas.includes(reader.area)));
}
