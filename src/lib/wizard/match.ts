/**
 * Which services fit the answers, and why. Driven only by service data (ages, areas, topics, levels, ways in):
 * no service is named here. Hard rules first (age and area must fit), then a score for how well it fits.
 */
import type { Service } from '../../schemas/service.ts';
import { servesAge, servesAges } from '../directory.ts';
import { accessRoutesOf, canContactDirectly } from '../ways-in.ts';
import { areas, topics } from '../vocabulary.ts';
import { ageBands, type Answers, type Preference } from './questions.ts';

export type Match = { service: Service; score: number; reasons: string[] };

export type Recommendation = {
	/** The few best-fitting services (about five). */
	best: Match[];
	/** Services that fit the age and area but less well. */
	others: Match[];
	/** True when the answers call for urgent help at the top of the results (e.g. suicidal thoughts). */
	showUrgentFirst: boolean;
};

const bestCount = 5;
const othersCount = 10;
/** Topics that always put urgent help first on the results. */
const urgentTopics = new Set(['suicidal-thoughts', 'self-harm']);

function bandOf(answers: Answers) {
	return ageBands.find((band) => band.id === answers.age)!;
}

/**
 * True when the service may be offered at all: the person's age and area fit, and the service is for their age
 * group (or, when asking for someone else, for parents and carers).
 */
export function isEligible(service: Service, answers: Answers): boolean {
	const band = bandOf(answers);
	// The service must take every age in the band, not just part of it: a service for 17 and over is not offered
	// to a 16-year-old because the band is "16 or 17".
	const area = answers.area === 'not-sure' ? undefined : answers.area;
	if (!servesAge(service, band.min, area) || !servesAge(service, band.max ?? 120, area)) return false;
	const forThisGroup = service.audiences.some((audience) => (band.audiences as readonly string[]).includes(audience));
	const forParentsOrCarers = answers.who !== 'me' && service.audiences.includes('parents-carers');
	if (!forThisGroup && !forParentsOrCarers) return false;
	if (answers.area !== 'not-sure' && !service.areas.includes(answers.area)) return false;
	return true;
}

/** Plain-English reasons a service fits, for the results page ("for ages 16 and over", "in Leicester city"). */
export function reasonsFor(service: Service, answers: Answers): string[] {
	const reasons = [`for ages: ${service.ages.label.charAt(0).toLowerCase()}${service.ages.label.slice(1)}`];
	if (service.areas.length === areas.ids.length) reasons.push('across Leicester, Leicestershire and Rutland');
	else if (answers.area !== 'not-sure') reasons.push(`in ${areas.label(answers.area)}`);
	else reasons.push(`in ${service.areas.map((area) => areas.label(area)).join(' and ')}`);
	if (answers.topic !== 'not-sure' && service.topics.includes(answers.topic)) reasons.push(`for ${topics.label(answers.topic).toLowerCase()}`);
	else if (service.topics.includes('general')) reasons.push('for mental health in general');
	if ((answers.who === 'my-child' || answers.who === 'someone-else') && service.audiences.includes('parents-carers')) reasons.push('supports parents and carers too');
	return reasons;
}

/** How well an eligible service fits: topic first, then being able to act on it today. */
export function scoreFor(service: Service, answers: Answers): number {
	let score = 0;
	if (answers.topic === 'not-sure') score += service.topics.includes('general') ? 6 : 0;
	else if (service.topics.includes(answers.topic)) score += 10;
	else if (service.topics.includes('general')) score += 3;
	if (canContactDirectly(service)) score += 3;
	if (answers.who !== 'me' && service.audiences.includes('parents-carers')) score += 1;
	const forCrises = service.levels.some((level) => level === 'crisis' || level === 'urgent');
	// Crisis services lead only when the answers ask for them; otherwise they stay in "if things get worse".
	if (urgentTopics.has(answers.topic)) score += forCrises ? 4 : 0;
	else if (forCrises) score -= 3;
	// When the person is not sure what they need, a first step that gives advice or early support fits best.
	if (answers.topic === 'not-sure' && service.levels.some((level) => level === 'advice' || level === 'low' || level === 'self-help')) score += 2;
	// Services for everyone (all ages) are less specific than ones made for this age group.
	const band = bandOf(answers);
	const span = (service.ages.max ?? 100) - service.ages.min;
	if (span <= 30 && servesAges(service, band.min, band.max)) score += 1;
	return score;
}

/** The ways a service can be used, for ordering by preference. */
export function modesOf(service: Service): Preference[] {
	const modes = new Set<Preference>();
	if (service.locations.length > 0 || accessRoutesOf(service).includes('drop-in')) modes.add('face-to-face');
	for (const contact of service.contacts) {
		if (contact.professionalsOnly) continue;
		if (contact.kind === 'phone') modes.add('phone');
		if (contact.kind === 'text' || contact.kind === 'web' || contact.kind === 'email') modes.add('online');
	}
	if (service.levels.includes('self-help')) modes.add('self-help');
	return [...modes];
}

/** Reorders matches so those offering the preferred way come first; nothing is removed. */
export function orderByPreference(matches: readonly Match[], preference: Preference): Match[] {
	if (preference === 'no-preference') return [...matches];
	return [...matches].sort((a, b) => Number(modesOf(b.service).includes(preference)) - Number(modesOf(a.service).includes(preference)));
}

/** The results for a set of answers. */
export function recommend(services: readonly Service[], answers: Answers): Recommendation {
	const matches = services
		.filter((service) => isEligible(service, answers))
		.map((service) => ({ service, score: scoreFor(service, answers), reasons: reasonsFor(service, answers) }))
		.sort((a, b) => b.score - a.score || a.service.name.localeCompare(b.service.name, 'en-GB'));
	const topicFits = (m: Match) => answers.topic === 'not-sure' || m.service.topics.includes(answers.topic);
	const best = matches.filter(topicFits).slice(0, bestCount);
	const bestSlugs = new Set(best.map((m) => m.service.slug));
	const others = matches
		.filter((m) => !bestSlugs.has(m.service.slug))
		.filter((m) => topicFits(m) || m.service.topics.includes('general'))
		.slice(0, othersCount);
	return { best, others, showUrgentFirst: urgentTopics.has(answers.topic) };
}
