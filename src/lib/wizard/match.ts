/**
 * Which services fit a person, for which of their needs and situations, and in what order. Driven only by the data
 * (ages, ages by area, areas, audiences, topics, levels, ways in, hours, onlyFor): no service is named here.
 *
 * Hard rules, all exact:
 * - the service takes every age in the person's band, in their area (every area when they are not sure);
 * - it names the person's age group (a service with no age limit in its source is not offered to a child unless it
 *   names children), or, when asking for someone else, it is for their parents and carers;
 * - a service only for a situation (onlyFor: students, pregnancy...) fits only when that situation is chosen;
 * - crisis services are help now (first, for urgent needs) or "if things get worse", never a fit for a need;
 * - for a need, there must be a way in the person can start without an emergency: themselves, a parent or carer,
 *   their GP, or (at school age) their school. A service only professionals or emergency services can refer to is
 *   never offered for a need.
 * Then each need's best few are ranked by how specifically they fit: made for this need (the fewer other topics,
 * the more specific) above services for mental health in general; made for this age above all-age; and a way in the
 * person can use themselves above a referral.
 */
import type { Service } from '../../schemas/service.ts';
import type { Contact, Hours } from '../../schemas/common.ts';
import { agesIn } from '../directory.ts';
import { publicContactsFor, waysInFor, type Reader } from '../ways-in.ts';
import { audienceAges, areas, specialistTopics, type Area, type Audience, type Situation } from '../../base/vocabulary.ts';
import { containsRange, type AgeRange } from './ages.ts';
import { urgentNeeds, type AreaAnswer, type Need, type Preference, type Who } from './questions.ts';

export type Person = { who: Who; band: AgeRange; area: AreaAnswer };

/** How many services each need or situation shows at most (besides a website that is the way in to them). */
export const bestCount = 6;

/** What a card is shown for: a need or a situation the person chose. */
export type Tag = `need:${Need}` | `situation:${Situation}`;

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
	return (Object.keys(audienceAges) as (keyof typeof audienceAges)[]).filter((group) => containsRange(audienceAges[group], band));
}

/** True when the service takes every age in the band, in every area the person's answer could mean. */
export function takesWholeAge(service: Service, person: Person): boolean {
	return areasOf(person.area).every((area) => service.areas.includes(area) && containsRange(agesIn(service, area), person.band));
}

/**
 * How a service relates to the person: made for people like them ("for-them"), or for their parents and carers when
 * someone is asking on their behalf ("for-carers"). Undefined when it is not for them at all.
 */
export function relationTo(service: Service, person: Person): 'for-them' | 'for-carers' | undefined {
	if (!takesWholeAge(service, person)) return undefined;
	const groups: readonly string[] = groupsFor(person.band);
	if (service.audiences.some((audience) => groups.includes(audience))) return 'for-them';
	if (person.who === 'someone-else' && service.audiences.includes('parents-carers')) return 'for-carers';
	return undefined;
}

/** Crisis and urgent services: help now, not a fit for an everyday need. */
export function isCrisisService(service: Service): boolean {
	return service.levels.some((level) => level === 'crisis' || level === 'urgent');
}

/** School or college is a way in only for people of school or college age. */
const schoolAges: AgeRange = { min: 4, max: 19 };

/** A way in for an everyday need, as the person would use it. */
export type Door = 'self' | 'self-maybe' | 'parent' | 'gp' | 'school';

/**
 * The ways in a person can start for an everyday need: themselves (confirmed, or only hinted at by a source), a
 * parent or carer (for a child, or when asking for someone), their GP, or their school. NHS 111 option 2 is for
 * urgent help, and referrals only professionals can make are not a door a person can open.
 */
export function doorsFor(service: Service, person: Person): Set<Door> {
	const doors = new Set<Door>();
	for (const way of waysInFor(service, readerFor(person))) {
		if (way.by.includes('self')) doors.add(way.confirmed ? 'self' : 'self-maybe');
		if (way.by.includes('parent-carer') && (person.who === 'someone-else' || (person.band.max !== null && person.band.max < 18)))
			doors.add(way.confirmed ? 'parent' : 'self-maybe');
		if (way.by.includes('gp')) doors.add('gp');
		if (way.by.includes('school') && containsRange(schoolAges, person.band)) doors.add('school');
	}
	return doors;
}

/** The contact a person uses for a way in they start themselves, if the data gives one. */
function ownContacts(service: Service, person: Person): Contact[] {
	const ids = waysInFor(service, readerFor(person))
		.filter((way) => way.confirmed && (way.by.includes('self') || way.by.includes('parent-carer')))
		.map((way) => way.contact);
	return publicContactsFor(service, readerFor(person)).filter((contact) => contact.id !== undefined && ids.includes(contact.id));
}

/** True when a person can get in touch themselves, with a contact from the data or a place to drop in. */
export function canStartThemselves(service: Service, person: Person): boolean {
	const ways = waysInFor(service, readerFor(person)).filter((way) => way.confirmed && way.by.includes('self'));
	return ways.some((way) => way.how === 'drop-in' || ownContacts(service, person).length > 0);
}

/**
 * How a service fits a need: made for it, or for mental health in general. Wellbeing activities alone are not care,
 * and a specialist service that names what it is for (personality disorder, say) is for that, not for any need.
 */
export function fitFor(service: Service, need: Need): 'made' | 'general' | undefined {
	if (need !== 'not-sure' && service.topics.includes(need)) return 'made';
	if (!service.topics.includes('general')) return undefined;
	const forMentalHealth = service.levels.some((level) => level !== 'wellbeing');
	const specialistFor = service.levels.every((level) => level === 'specialist') && service.topics.some((topic) => topic !== 'general');
	return forMentalHealth && !specialistFor ? 'general' : undefined;
}

/** 0 to 50: more for a service made for a narrow band of ages around the person (children's, young people's...). */
function ageFocus(service: Service, person: Person): number {
	const ages = agesIn(service, person.area === 'not-sure' ? undefined : person.area);
	const span = (ages.max ?? 100) - ages.min + 1;
	return 50 * (1 - Math.min(span, 100) / 100);
}

/** 0 to 20: more when the person can get in touch themselves than when someone must refer them. */
function doorScore(doors: Set<Door>): number {
	if (doors.has('self') || doors.has('parent')) return 20;
	if (doors.has('self-maybe')) return 10;
	return doors.size > 0 ? 5 : 0;
}

/** Levels that are a first step: somewhere to start when a person is not sure what they need. */
const firstStepLevels = new Set(['advice', 'low', 'self-help']);
/** Levels that give support or therapy for a need, rather than advice or a listening ear. */
const supportLevels = new Set(['low', 'moderate']);

/** How specifically a service fits a need for this person: higher is better. */
export function needScore(service: Service, need: Need, person: Person): number {
	const fit = fitFor(service, need);
	if (!fit) return 0;
	let score = fit === 'made' ? 1000 : 500;
	if (fit === 'made') score += 100 / Math.max(1, service.topics.filter((topic) => topic !== 'general').length);
	score += ageFocus(service, person) + doorScore(doorsFor(service, person));
	if (need === 'not-sure') {
		if (service.levels.some((level) => firstStepLevels.has(level))) score += 20;
	} else if ((specialistTopics as readonly string[]).includes(need)) {
		if (service.levels.includes('specialist')) score += 15;
	} else if (service.levels.some((level) => supportLevels.has(level))) score += 15;
	// A specialist team for mental health in general is not the first step for an everyday need.
	else if (fit === 'general' && service.levels.every((level) => level === 'specialist')) score -= 10;
	return score;
}

/** The services that may be offered for everyday needs: for this person, not crisis, with a door they can open. */
function everydayServices(services: readonly Service[], person: Person): Service[] {
	return services.filter((service) => relationTo(service, person) === 'for-them' && !isCrisisService(service) && doorsFor(service, person).size > 0);
}

/** True when the hours include evenings (after 6pm), early mornings (before 8am) or weekends. */
export function outOfHours(hours: Hours | undefined): boolean {
	if (!hours) return false;
	if (hours.always) return true;
	return hours.sessions.some((session) => session.days.includes('sat') || session.days.includes('sun') || session.closes > '18:00' || session.opens < '08:00');
}

/** The hours that make a service usable out of hours: a contact the person can use, or the service's own. */
export function outOfHoursTimes(service: Service, person: Person): Hours | undefined {
	const contact = ownContacts(service, person).find((candidate) => outOfHours(candidate.hours));
	if (contact) return contact.hours;
	return outOfHours(service.hours) && ownContacts(service, person).length > 0 ? service.hours : undefined;
}

/** One service on the results list: which needs and situations it is among the best for, and how. */
export type Fit = {
	service: Service;
	/** The needs it is shown for, and whether made for the need or for mental health in general. */
	needs: { need: Need; fit: 'made' | 'general' }[];
	/** The situations it is shown for. */
	situations: Situation[];
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
	/** For each need, whether any local service is made for it; needs with nothing at all get what does help. */
	coverage: { need: Need; made: number; total: number }[];
	/** Situations that change what this page shows, in vocabulary order. */
	situations: Situation[];
	gp: GpCard;
	/** Crisis services for this person, people they can contact themselves first: help now, for urgent needs. */
	helpNow: Service[];
	/** Crisis services they can contact themselves: "if things get worse". */
	ifWorse: Service[];
	/** When asking for someone else: services for their parents and carers. */
	forCarers: Service[];
};

function byScore<T extends { score: number; service: Service }>(a: T, b: T): number {
	return b.score - a.score || a.service.name.localeCompare(b.service.name, 'en-GB');
}

/**
 * The website a service's own way in goes through, when that website is itself a service (for example a
 * self-referral website for several teams). Found by the address: the way in's contact is the other service's own.
 */
function gatewayOf(service: Service, candidates: readonly Service[], person: Person): Service | undefined {
	const urls = new Set(ownContacts(service, person).flatMap((contact) => (contact.kind === 'web' ? [contact.url] : [])));
	if (urls.size === 0) return undefined;
	// The website itself has that one way in; the teams it leads to have others too (their GP, NHS 111...).
	return candidates.find(
		(other) =>
			other.slug !== service.slug &&
			other.access.waysIn.length === 1 &&
			ownContacts(other, person).some((contact) => contact.kind === 'web' && urls.has(contact.url))
	);
}

/** Everything the results page shows for a person, for every need and situation they could choose. */
export function resultsFor(services: readonly Service[], person: Person, needs: readonly Need[], situationsAsked: readonly Situation[]): Results {
	const everyday = everydayServices(services, person);
	const open = everyday.filter((service) => service.onlyFor.length === 0);
	const fits = new Map<string, Fit>();
	const fitOf = (service: Service, score: number): Fit => {
		const existing = fits.get(service.slug) ?? { service, needs: [], situations: [], wayInTo: [], score: 0 };
		existing.score = Math.max(existing.score, score);
		fits.set(service.slug, existing);
		return existing;
	};
	const gp: GpCard = { services: [] };
	const addToGp = (service: Service, tag: Tag) => {
		const doors = doorsFor(service, person);
		if (!doors.has('gp') || doors.has('self') || doors.has('parent')) return;
		const entry = gp.services.find((item) => item.service.slug === service.slug) ?? { service, tags: [] };
		if (!gp.services.includes(entry)) gp.services.push(entry);
		entry.tags.push(tag);
	};
	/** Puts the chosen services on the list for a tag, with the website that is the way in to them. */
	const place = (tag: Tag, chosen: { service: Service; score: number }[], onPlace: (fit: Fit, service: Service) => void) => {
		const gateways = new Map<Service, string[]>();
		for (const { service } of chosen) {
			const gateway = gatewayOf(service, everyday, person);
			if (gateway) gateways.set(gateway, [...(gateways.get(gateway) ?? []), service.name]);
		}
		// A website that is the way in to services on the list is on the list too, like the "See your GP" card.
		const picked = [...chosen];
		for (const gateway of gateways.keys())
			if (!picked.some(({ service }) => service.slug === gateway.slug)) picked.push({ service: gateway, score: chosen.at(-1)?.score ?? 0 });
		for (const { service, score } of picked) {
			const fit = fitOf(service, score);
			onPlace(fit, service);
			const to = gateways.get(service);
			if (to) fit.wayInTo.push({ tag, names: to });
			addToGp(service, tag);
		}
	};

	const coverage: Results['coverage'] = [];
	for (const need of needs) {
		const ranked = open
			.map((service) => ({ service, score: needScore(service, need, person) }))
			.filter(({ score }) => score > 0)
			.sort(byScore);
		const chosen = ranked.slice(0, bestCount);
		coverage.push({ need, made: ranked.filter(({ service }) => fitFor(service, need) === 'made').length, total: chosen.length });
		place(`need:${need}`, chosen, (fit, service) => fit.needs.push({ need, fit: fitFor(service, need) ?? 'general' }));
	}

	const offered: Situation[] = [];
	for (const situation of situationsAsked) {
		const candidates = situationCandidates(services, everyday, person, situation);
		if (candidates.length === 0) continue;
		offered.push(situation);
		place(`situation:${situation}`, candidates.slice(0, bestCount), (fit) => fit.situations.push(situation));
	}

	const crisis = services.filter((service) => relationTo(service, person) === 'for-them' && isCrisisService(service));
	const direct = crisis.filter((service) => canStartThemselves(service, person));
	const helpNow = [...direct, ...crisis.filter((service) => !direct.includes(service) && waysInFor(service, readerFor(person)).length > 0)];
	const forCarers = services
		.filter((service) => relationTo(service, person) === 'for-carers' && !isCrisisService(service) && doorsFor(service, person).size > 0)
		.slice(0, bestCount);
	return { list: [...fits.values()].sort(byScore), coverage, situations: offered, gp, helpNow, ifWorse: direct, forCarers };
}

/** The services that suit a situation, best first. */
function situationCandidates(services: readonly Service[], everyday: readonly Service[], person: Person, situation: Situation): { service: Service; score: number }[] {
	// Evenings and weekends, or without a parent: somewhere to turn for anything, so services for mental health in general.
	const forThem = services.filter(
		(service) => relationTo(service, person) === 'for-them' && service.onlyFor.length === 0 && fitFor(service, 'not-sure') === 'general'
	);
	// Somewhere to turn now: people to talk to (a phone, text, chat, app or drop-in) before forms to fill in, and
	// services that are not for crises before crisis lines; being made for their age matters less here.
	const talk = (service: Service) =>
		waysInFor(service, readerFor(person)).some((way) => way.confirmed && way.by.includes('self') && way.how !== undefined && ['phone', 'text', 'chat', 'app', 'drop-in'].includes(way.how));
	const score = (service: Service) =>
		(isCrisisService(service) ? 0 : 100) + (talk(service) ? 30 : 0) + doorScore(doorsFor(service, person)) + ageFocus(service, person) / 5;
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
			candidates = forThem.filter((service) => canStartThemselves(service, person));
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

/** True when urgent help comes first for these needs (suicidal thoughts, self-harm). */
export function isUrgent(need: Need): boolean {
	return urgentNeeds.includes(need);
}

/** The tags a fit is shown for. */
export function tagsOf(fit: Fit): Tag[] {
	return [...fit.needs.map(({ need }) => `need:${need}` as const), ...fit.situations.map((situation) => `situation:${situation}` as const)];
}
