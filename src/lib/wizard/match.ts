/**
 * Which services fit a person, for which of their needs and situations, and in what order. Driven only by the data
 * (ages, ages by area, areas, audiences, topics and how the service fits each, who it is not for, levels, ways in,
 * hours, onlyFor): no service is named here. How a person reaches a service is asked of src/lib/reach.ts.
 *
 * Hard rules, all exact:
 * - the service takes every age in the person's band, in their area (every area when they are not sure);
 * - it names the person's age group (a service with no age limit in its source is not offered to a child unless it
 *   names children), or it is only for a situation the person can be in at any age (pregnancy, say), or, when asking
 *   for someone else, it is for their parents and carers;
 * - it is not marked as wrong for the person's age group (`notFor.groups`: a school service for an adult);
 * - a service only for a situation (onlyFor: students, pregnancy...) fits only when that situation is chosen;
 * - crisis services are never a fit for a need: "people you can contact now" lists the crisis lines the person can
 *   contact themselves, in the order of content/crisis-lines.yaml;
 * - for a need, there must be a way in the person can start without an emergency: themselves, a parent or carer,
 *   their GP, or (at school age) their school.
 * Each need's best few are ranked by how the service fits the need (made for it, helps with it, or mental health in
 * general), then by whether the person can contact it themselves now, then by how closely its ages and area fit.
 * A narrow age band never lifts a service above one made for the need. The first card shown for a need gives a way
 * to make contact whenever any of its cards does.
 */
import type { Service } from '../../schemas/service.ts';
import { agesIn } from '../directory.ts';
import { contactHours, publicContactsFor, reachFor, type Reader } from '../reach.ts';
import {
	audienceAges,
	areas,
	specialistTopics,
	type Area,
	type Audience,
	type Situation,
} from '../../base/vocabulary.ts';
import type { Hours } from '../../schemas/common.ts';
import { containsRange, type AgeRange } from './ages.ts';
import type { AreaAnswer, Need, Preference, Who } from './questions.ts';

export type Person = { who: Who; band: AgeRange; area: AreaAnswer };

/** How many services each need or situation shows at most (besides a website that is the way in to them). */
export const bestCount = 6;

/** What a card is shown for: a need or a situation the person chose. */
export type Tag = `need:${Need}` | `situation:${Situation}`;

/** How a service fits a need: made for it, helps with it, or helps with mental health in general. */
export type NeedFit = 'made' | 'helps' | 'general';

/** The areas an answer could mean. */
function areasOf(area: AreaAnswer): readonly Area[] {
	return area === 'not-sure' ? areas.ids : [area];
}

/** The reader for the ways-in wording: area, age and who, so only ways in this person can use are worded. */
export function readerFor(person: Person): Reader {
	return { area: person.area === 'not-sure' ? undefined : person.area, age: person.band.min, for: person.who };
}

/** The age groups a person's whole band belongs to (an 11-year-old is a child and a young person). */
export function groupsFor(band: AgeRange): Audience[] {
	return (Object.keys(audienceAges) as (keyof typeof audienceAges)[]).filter((group) =>
		containsRange(audienceAges[group], band),
	);
}

/** True when the service takes every age in the band, in every area the person's answer could mean. */
export function takesWholeAge(service: Service, person: Person): boolean {
	return areasOf(person.area).every(
		(area) => service.areas.includes(area) && containsRange(agesIn(service, area), person.band),
	);
}

/**
 * How a service relates to the person: made for people like them ("for-them"), or for their parents and carers when
 * someone is asking on their behalf ("for-carers"). Undefined when it is not for them at all.
 */
export function relationTo(service: Service, person: Person): 'for-them' | 'for-carers' | undefined {
	if (!takesWholeAge(service, person)) return undefined;
	const groups: readonly string[] = groupsFor(person.band);
	if (service.notFor?.groups.some((group) => groups.includes(group))) return undefined;
	// A service only for a situation (pregnancy, say) is for anyone of its ages in that situation.
	if (service.onlyFor.length > 0 || service.audiences.some((audience) => groups.includes(audience))) return 'for-them';
	if (person.who === 'someone-else' && service.audiences.includes('parents-carers')) return 'for-carers';
	return undefined;
}

/**
 * Crisis and urgent services: help now, not a fit for an everyday need. A service that gives urgent help and also
 * everyday support (a mental health cafe, say) is both, so it can be offered for a need.
 */
export function isCrisisService(service: Service): boolean {
	return (
		service.levels.includes('crisis') ||
		(service.levels.includes('urgent') && service.levels.every((level) => level === 'urgent' || level === 'specialist'))
	);
}

/** School or college is a way in only for people of school or college age. */
const schoolAges: AgeRange = { min: 4, max: 19 };

/** A way in for an everyday need, as the person would use it. */
export type Door = 'self' | 'self-maybe' | 'gp' | 'school';

/**
 * The ways in a person can start for an everyday need: themselves or a parent or carer (confirmed, or only hinted at
 * by a source), their GP, or their school. NHS 111 option 2 is for urgent help, and referrals only professionals can
 * make are not a door a person can open.
 */
export function doorsFor(service: Service, person: Person): Set<Door> {
	const reach = reachFor(service, readerFor(person));
	const doors = new Set<Door>();
	if (reach.direct.length > 0) doors.add('self');
	if (reach.maybe.length > 0) doors.add('self-maybe');
	for (const way of reach.referral) {
		if (way.by.includes('gp')) doors.add('gp');
		if (way.by.includes('school') && containsRange(schoolAges, person.band)) doors.add('school');
	}
	return doors;
}

/** True when the card can give a way to make contact: a phone, text, web address or email for the public. */
export function hasContact(service: Service, person: Person): boolean {
	return publicContactsFor(service, readerFor(person)).length > 0;
}

/**
 * How a service fits a need, from the data: made for it, helps with it (its own topic), or helps with mental health in
 * general. A topic it covers only as part of something broader counts as general help; wellbeing activities alone are
 * not care; and a specialist service that names what it is for (personality disorder, say) is for that, not for any need.
 */
export function fitFor(service: Service, need: Need): NeedFit | undefined {
	if (need !== 'not-sure' && service.topics.includes(need)) {
		if (service.topicFit.made.includes(need)) return 'made';
		return service.topicFit.part.includes(need) ? 'general' : 'helps';
	}
	if (!service.topics.includes('general') || service.topicFit.part.includes('general')) return undefined;
	const forMentalHealth = service.levels.some((level) => level !== 'wellbeing');
	const specialistFor =
		service.levels.every((level) => level === 'specialist') && service.topics.some((topic) => topic !== 'general');
	return forMentalHealth && !specialistFor ? 'general' : undefined;
}

const fitScore: Record<NeedFit, number> = { made: 3000, helps: 2000, general: 1000 };

/** 0 to 50: more for a service made for a narrow band of ages around the person (children's, young people's...). */
function ageFocus(service: Service, person: Person): number {
	const ages = agesIn(service, person.area === 'not-sure' ? undefined : person.area);
	const span = (ages.max ?? 100) - ages.min + 1;
	return 50 * (1 - Math.min(span, 100) / 100);
}

/** 0 to 10: more for a service for the person's own area than for all three. */
function areaFocus(service: Service): number {
	return 10 * (1 - (service.areas.length - 1) / Math.max(1, areas.ids.length - 1));
}

/** 0 to 300: more when the person can get in touch themselves now than when someone must refer them. */
function reachScore(doors: Set<Door>): number {
	if (doors.has('self')) return 300;
	if (doors.has('self-maybe')) return 150;
	return 0;
}

/** Levels that are a first step: somewhere to start when a person is not sure what they need. */
const firstStepLevels = new Set(['advice', 'low', 'self-help']);
/** Levels that give support or therapy for a need, rather than advice or a listening ear. */
const supportLevels = new Set(['low', 'moderate']);

/** How well a service fits a need for this person: higher is better; 0 when it does not fit. */
export function needScore(service: Service, need: Need, person: Person): number {
	const fit = fitFor(service, need);
	if (!fit) return 0;
	let score = fitScore[fit] + reachScore(doorsFor(service, person)) + ageFocus(service, person) + areaFocus(service);
	if (need === 'not-sure') {
		if (service.levels.some((level) => firstStepLevels.has(level))) score += 20;
	} else if ((specialistTopics as readonly string[]).includes(need)) {
		if (service.levels.includes('specialist')) score += 20;
	} else if (service.levels.some((level) => supportLevels.has(level))) score += 20;
	// A specialist team for mental health in general is not the first step for an everyday need.
	else if (fit === 'general' && service.levels.every((level) => level === 'specialist')) score -= 20;
	return score;
}

/** The services that may be offered for everyday needs: for this person, not crisis, with a door they can open. */
function everydayServices(services: readonly Service[], person: Person): Service[] {
	return services.filter(
		(service) =>
			relationTo(service, person) === 'for-them' && !isCrisisService(service) && doorsFor(service, person).size > 0,
	);
}

/** True when the hours include evenings (after 6pm), early mornings (before 8am) or weekends. */
export function outOfHours(hours: Hours | undefined): boolean {
	if (!hours) return false;
	if (hours.always) return true;
	return hours.sessions.some(
		(session) =>
			session.days.includes('sat') ||
			session.days.includes('sun') ||
			session.closes > '18:00' ||
			session.opens < '08:00',
	);
}

/** The hours that make a service usable out of hours, from its own contacts or its own hours (never another's). */
export function outOfHoursTimes(service: Service, person: Person): Hours | undefined {
	return contactHours(service, readerFor(person)).find(outOfHours);
}

/** One service on the results list: which needs and situations it is among the best for, and how. */
export type Fit = {
	service: Service;
	/** The needs it is shown for, how it fits each, and whether it leads the list for that need. */
	needs: { need: Need; fit: NeedFit }[];
	/** The situations it is shown for, and whether it leads the list for that situation. */
	situations: Situation[];
	/** The tags it leads: the first card shown for them, chosen because it gives a way to make contact. */
	leads: Tag[];
	/** Needs and situations it is wrong for: it is hidden while any of them is chosen. */
	hiddenFor: Tag[];
	/** Other services on the list this one is the way in to, by need or situation. */
	wayInTo: { tag: Tag; names: string[] }[];
	/** The order on the list: highest first. */
	score: number;
};

/** "See your GP": the services on the list your GP is the way in to, each with what it is shown for. */
export type GpCard = { services: { service: Service; tags: Tag[] }[] };

export type Results = {
	/** One list for every need and situation; each fit says what it is for. Highest score first. */
	list: Fit[];
	/** For each need, how many local services are made for it or help with it; needs with none get general help. */
	coverage: { need: Need; made: number; total: number }[];
	/** Situations that change what this page shows, in vocabulary order. */
	situations: Situation[];
	gp: GpCard;
	/** Crisis lines this person can contact themselves now, in the site's crisis order: help now, for urgent needs. */
	helpNow: Service[];
	/** When asking for someone else: services for their parents and carers. */
	forCarers: Service[];
};

function byScore<T extends { score: number; service: Service }>(a: T, b: T): number {
	return b.score - a.score || a.service.name.localeCompare(b.service.name, 'en-GB');
}

/** The needs and situations a service is wrong for, as tags. */
function hiddenTags(service: Service): Tag[] {
	return [
		...(service.notFor?.needs ?? []).map((need) => `need:${need}` as const),
		...(service.notFor?.situations ?? []).map((situation) => `situation:${situation}` as const),
	];
}

/**
 * The website a service's own way in goes through, when that website is itself a service (for example a
 * self-referral website for several teams). Found by the address: the way in's contact is the other service's own.
 */
function gatewayOf(service: Service, candidates: readonly Service[], person: Person): Service | undefined {
	const reader = readerFor(person);
	const urls = new Set(
		reachFor(service, reader).contacts.flatMap((contact) => (contact.kind === 'web' ? [contact.url] : [])),
	);
	if (urls.size === 0) return undefined;
	// The website itself has that one way in; the teams it leads to have others too (their GP, NHS 111...).
	return candidates.find(
		(other) =>
			other.slug !== service.slug &&
			other.access.waysIn.length === 1 &&
			reachFor(other, reader).contacts.some((contact) => contact.kind === 'web' && urls.has(contact.url)),
	);
}

/** General help fills a need's list only when fewer than this many services are made for it or help with it. */
const fewSpecific = 3;

/** The services chosen for a need, best first. */
function rankedForNeed(open: readonly Service[], need: Need, person: Person): { service: Service; score: number }[] {
	const ranked = open
		.filter((service) => !hiddenTags(service).includes(`need:${need}`))
		.map((service) => ({ service, score: needScore(service, need, person) }))
		.filter(({ score }) => score > 0)
		.sort(byScore);
	if (need === 'not-sure') return ranked.slice(0, bestCount);
	const specific = ranked.filter(({ service }) => fitFor(service, need) !== 'general');
	// Specialist needs (memory, psychosis...) get general help only when nothing local is made for them.
	const enough = (specialistTopics as readonly string[]).includes(need)
		? specific.length > 0
		: specific.length >= fewSpecific;
	return (enough ? specific : ranked).slice(0, bestCount);
}

/** The one card to show first for a tag: the best that gives a way to make contact, when the best does not. */
function leadOf(chosen: readonly { service: Service }[], person: Person): Service | undefined {
	return chosen.find(({ service }) => hasContact(service, person))?.service;
}

/**
 * The list the results page builds: each service once, with every tag it is placed for, and the "See your GP" card
 * for the services on it whose way in is the person's GP.
 */
function resultList(everyday: readonly Service[], person: Person) {
	const fits = new Map<string, Fit>();
	const fitOf = (service: Service, score: number): Fit => {
		const existing = fits.get(service.slug) ?? {
			service,
			needs: [],
			situations: [],
			leads: [],
			hiddenFor: hiddenTags(service),
			wayInTo: [],
			score: 0,
		};
		existing.score = Math.max(existing.score, score);
		fits.set(service.slug, existing);
		return existing;
	};
	const gp: GpCard = { services: [] };
	const addToGp = (service: Service, tag: Tag) => {
		const doors = doorsFor(service, person);
		if (!doors.has('gp') || doors.has('self')) return;
		const entry = gp.services.find((item) => item.service.slug === service.slug) ?? { service, tags: [] };
		if (!gp.services.includes(entry)) gp.services.push(entry);
		entry.tags.push(tag);
	};
	/** Puts the chosen services on the list for a tag, with the website that is the way in to them. */
	const place = (
		tag: Tag,
		chosen: { service: Service; score: number }[],
		onPlace: (fit: Fit, service: Service) => void,
	) => {
		const gateways = new Map<Service, string[]>();
		for (const { service } of chosen) {
			const gateway = gatewayOf(service, everyday, person);
			if (gateway) gateways.set(gateway, [...(gateways.get(gateway) ?? []), service.name]);
		}
		// A website that is the way in to services on the list is on the list too, like the "See your GP" card.
		const picked = [...chosen];
		for (const gateway of gateways.keys())
			if (!picked.some(({ service }) => service.slug === gateway.slug))
				picked.push({ service: gateway, score: chosen.at(-1)?.score ?? 0 });
		const lead = leadOf(picked, person);
		for (const { service, score } of picked) {
			const fit = fitOf(service, score);
			onPlace(fit, service);
			if (service === lead) fit.leads.push(tag);
			const to = gateways.get(service);
			if (to) fit.wayInTo.push({ tag, names: to });
			addToGp(service, tag);
		}
	};
	return { place, gp, list: () => [...fits.values()].sort(byScore) };
}

/** The crisis lines, in their order, that the person can contact themselves now. */
function helpNowFor(services: readonly Service[], person: Person, crisisLineIds: readonly string[]): Service[] {
	const reader = readerFor(person);
	return crisisLineIds
		.map((id) => services.find((service) => service.slug === id))
		.filter(
			(service): service is Service =>
				service !== undefined &&
				relationTo(service, person) === 'for-them' &&
				reachFor(service, reader).direct.length > 0,
		);
}

/** Support for the carers, parents and others worried about the person. */
function forCarersOf(services: readonly Service[], person: Person): Service[] {
	return services
		.filter(
			(service) =>
				relationTo(service, person) === 'for-carers' && !isCrisisService(service) && doorsFor(service, person).size > 0,
		)
		.slice(0, bestCount);
}

/** Everything the results page shows for a person, for every need and situation they could choose. */
export function resultsFor(
	services: readonly Service[],
	person: Person,
	needs: readonly Need[],
	situationsAsked: readonly Situation[],
	crisisLineIds: readonly string[],
): Results {
	const everyday = everydayServices(services, person);
	const open = everyday.filter((service) => service.onlyFor.length === 0);
	const { place, gp, list } = resultList(everyday, person);

	const coverage: Results['coverage'] = [];
	for (const need of needs) {
		const chosen = rankedForNeed(open, need, person);
		const specific = open.filter(
			(service) => (fitFor(service, need) ?? 'general') !== 'general' && !hiddenTags(service).includes(`need:${need}`),
		);
		coverage.push({ need, made: need === 'not-sure' ? chosen.length : specific.length, total: chosen.length });
		place(`need:${need}`, chosen, (fit, service) => fit.needs.push({ need, fit: fitFor(service, need) ?? 'general' }));
	}

	const offered: Situation[] = [];
	for (const situation of situationsAsked) {
		const candidates = situationCandidates(services, everyday, person, situation);
		if (candidates.length === 0) continue;
		offered.push(situation);
		place(`situation:${situation}`, candidates.slice(0, bestCount), (fit) => fit.situations.push(situation));
	}

	return {
		list: list(),
		coverage,
		situations: offered,
		gp,
		helpNow: helpNowFor(services, person, crisisLineIds),
		forCarers: forCarersOf(services, person),
	};
}

/** The services that suit a situation, best first. */
function situationCandidates(
	services: readonly Service[],
	everyday: readonly Service[],
	person: Person,
	situation: Situation,
): { service: Service; score: number }[] {
	const reader = readerFor(person);
	// Evenings and weekends, or without a parent: somewhere to turn for anything, so services for mental health in general.
	const forThem = services.filter(
		(service) =>
			relationTo(service, person) === 'for-them' &&
			service.onlyFor.length === 0 &&
			fitFor(service, 'not-sure') === 'general' &&
			!hiddenTags(service).includes(`situation:${situation}`),
	);
	// Somewhere to turn now: people to talk to (a phone, text, chat, app or drop-in) before forms to fill in, and
	// services that are not for crises before crisis lines; being made for their age matters less here.
	const talk = (service: Service) =>
		reachFor(service, reader).direct.some(
			(way) => way.how !== undefined && ['phone', 'text', 'chat', 'app', 'drop-in'].includes(way.how),
		);
	const score = (service: Service) =>
		(isCrisisService(service) ? 0 : 100) +
		(talk(service) ? 30 : 0) +
		reachScore(doorsFor(service, person)) / 15 +
		ageFocus(service, person) / 5;
	let candidates: Service[];
	switch (situation) {
		case 'student':
		case 'pregnancy':
		case 'carer':
		case 'in-care':
			candidates = everyday.filter((service) => (service.onlyFor as readonly string[]).includes(situation));
			break;
		case 'out-of-hours':
			candidates = forThem.filter((service) => outOfHoursTimes(service, person) !== undefined);
			break;
		case 'private':
			// Ways the young person starts on their own, not through a parent or carer.
			candidates = forThem.filter((service) => reachFor(service, reader).direct.some((way) => way.by.includes('self')));
			break;
	}
	return candidates.map((service) => ({ service, score: score(service) })).sort(byScore);
}

/** The ways a service can be used, for ordering by preference. */
export function modesOf(service: Service): Exclude<Preference, 'no-preference'>[] {
	const modes = new Set<Exclude<Preference, 'no-preference'>>();
	const dropIn = service.access.waysIn.some((way) => way.how === 'drop-in' && way.confirmed);
	if (service.locations.length > 0 || dropIn) modes.add('face-to-face');
	for (const contact of service.contacts) {
		if (contact.professionalsOnly) continue;
		if (contact.kind === 'phone') modes.add('phone');
		if (contact.kind === 'text' || contact.kind === 'web' || contact.kind === 'email') modes.add('online');
	}
	if (service.levels.includes('self-help')) modes.add('self-help');
	return [...modes];
}

/** The tags a fit is shown for. */
export function tagsOf(fit: Fit): Tag[] {
	return [
		...fit.needs.map(({ need }) => `need:${need}` as const),
		...fit.situations.map((situation) => `situation:${situation}` as const),
	];
}
