/**
 * How to get in to a service, worded once for every page: the service page, service cards, search results,
 * the "which service?" results and guides. Content holds ways in as data (src/schemas/service.ts, waysIn);
 * this module turns them into sentences a person would say, with the contacts each one uses.
 * Pure: no Astro or browser code, so every entry's wording is unit tested.
 */
import type { Contact } from '../schemas/common.ts';
import type { Service, WayIn } from '../schemas/service.ts';
import { contactOf, isOwnWay, reachFor, wayAreas, waysInFor, type Reader } from './reach.ts';
import { areas, type WayInMethod } from '../base/vocabulary.ts';

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
	/** The same, with ways in that say the same words said once (see sameWordsOnce): what pages show. */
	said: WayInLine[];
	/** One or two sentences for lists and search results. */
	summary: string;
};

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

function ownSubject(way: WayIn): string {
	const self = way.by.includes('self');
	const parent = way.by.includes('parent-carer');
	if (self && parent) return 'You, or a parent or carer,';
	return parent ? 'Parents and carers' : 'You';
}

function schoolSubject(service: Service, reader: Reader): string {
	if (reader.for === 'me') return 'Your school or college';
	if (reader.for === 'someone-else') return 'Their school or college';
	// On a page for everyone: a service only for young children is asked for by their parents.
	if (service.ages.max !== null && service.ages.max <= 10) return "Your child's school";
	return 'A school or college';
}

/** The subject of a referral sentence: "Your GP", "The police or court staff", "Your GP or another professional". */
function referrerSubject(service: Service, way: WayIn, reader: Reader): string {
	const names = way.by.map((by) => {
		if (by === 'gp') return 'your GP';
		if (by === 'school') return lowerFirst(schoolSubject(service, reader));
		if (by === 'professional')
			return way.named
				? lowerFirst(way.named)
				: way.by.length > 1
					? 'another health or care professional'
					: 'a health or care professional';
		return 'NHS 111';
	});
	return capitalise(joinWithOr(names));
}

function limitText(service: Service, way: WayIn): string | undefined {
	const parts: string[] = [];
	const limit = wayAreas(service, way);
	if (limit && limit.length < service.areas.length)
		parts.push(`in ${joinWithAnd(limit.map((area) => areas.label(area)))}`);
	if (way.ages) parts.push(`aged ${lowerFirst(way.ages.label)}`);
	return parts.length > 0 ? `For people ${parts.join(', ')}` : undefined;
}

/** Words one way in. */
export function wordWayIn(service: Service, way: WayIn, reader: Reader = {}): WayInLine {
	const contact = contactOf(service, way);
	const contacts = contact && !contact.professionalsOnly ? [contact] : [];
	const common = {
		contacts,
		own: isOwnWay(way),
		confirmed: way.confirmed,
		...(limitText(service, way) ? { limitedTo: limitText(service, way)! } : {}),
		...(way.note ? { note: way.note } : {}),
	};
	if (isOwnWay(way)) {
		const verb = ownVerbs[way.how ?? 'web-form'];
		if (!way.confirmed) {
			const what = way.how === 'drop-in' ? 'drop in without an appointment' : 'contact them yourself';
			const text =
				contact?.kind === 'web'
					? `You may be able to ${what}: check on their website.`
					: `You may be able to ${what}. Ask your GP how.`;
			return { ...common, text };
		}
		// The way in goes through another service that refers on: name it, so "they" never stands for the wrong one.
		if (way.via) return { ...common, text: `${ownSubject(way)} can ask for a referral through ${way.via}.` };
		return { ...common, text: `${ownSubject(way)} can ${verb}.` };
	}
	if (way.by.length === 1 && way.by[0] === 'nhs-111') {
		// NHS 111 option 2 is for urgent help: it is never offered as the way to ask for a routine referral.
		const before = 'If it is urgent, NHS 111 can refer you: ';
		const after = '.';
		return { ...common, text: `${before}call 111 and choose option 2${after}`, call111: { before, after } };
	}
	const schoolOnly = way.by.length === 1 && way.by[0] === 'school';
	if (schoolOnly)
		return {
			...common,
			text: `${way.named ? capitalise(way.named) : schoolSubject(service, reader)} can ask for this.`,
		};
	return { ...common, text: `${referrerSubject(service, way, reader)} can refer you.` };
}

/**
 * Ways in that say the same sentence (two text lines, one for each area) become one line with all their contacts,
 * so the sentence is said once. Their areas, when they differ, are in the contacts' labels.
 */
export function sameWordsOnce(lines: readonly WayInLine[]): WayInLine[] {
	const merged: WayInLine[] = [];
	for (const line of lines) {
		const same = merged.find((earlier) => earlier.text === line.text && earlier.note === line.note);
		if (!same) {
			merged.push({ ...line, contacts: [...line.contacts] });
			continue;
		}
		same.contacts.push(...line.contacts.filter((contact) => !same.contacts.includes(contact)));
		same.confirmed &&= line.confirmed;
		if (same.limitedTo !== line.limitedTo) delete same.limitedTo;
	}
	return merged;
}

/** The whole "how to get in" for a service: whether you can refer yourself, every way in, and a summary line. */
export function howToGetIn(service: Service, reader: Reader = {}): HowToGetIn {
	const lines = waysInFor(service, reader).map((way) => wordWayIn(service, way, reader));
	const said = sameWordsOnce(lines);
	const cannotReferYourself = reachFor(service, reader).referralOnly ? 'You cannot refer yourself.' : undefined;
	const firstTwo = said.slice(0, 2).map((line) => line.text);
	const summary = [cannotReferYourself, ...firstTwo].filter(Boolean).join(' ');
	return { ...(cannotReferYourself ? { cannotReferYourself } : {}), lines, said, summary };
}

/** The one-line summary for lists and search results. */
export function howToGetInSummary(service: Service, reader: Reader = {}): string {
	return howToGetIn(service, reader).summary;
}
