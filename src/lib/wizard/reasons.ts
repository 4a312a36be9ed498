/**
 * Why a service fits, in plain sentences a person would say: "For young people aged 11 to 19 in Leicester,
 * Leicestershire and Rutland." "It helps with anxiety, worry and panic." "You can contact them yourself."
 * Written once here, from the data, and unit tested; never a field dumped on the page.
 */
import type { Hours } from '../../schemas/common.ts';
import type { Service } from '../../schemas/service.ts';
import { agesIn } from '../directory.ts';
import { formatHours } from '../hours.ts';
import { areas, situations, topics, type Area, type Audience, type OnlyForSituation } from '../../base/vocabulary.ts';
import type { NeedFit } from './match.ts';
import type { AreaAnswer, Need } from './questions.ts';

function joinWithAnd(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The people a service names, as a noun: "children and young people", "adults", "people". */
function peopleWord(groups: readonly Audience[]): string {
	const has = (group: Audience) => groups.includes(group);
	const key = (['children', 'young-people', 'adults', 'older-people'] as const).filter(has).join(' ');
	switch (key) {
		case 'children':
			return 'children';
		case 'young-people':
			return 'young people';
		case 'children young-people':
			return 'children and young people';
		case 'adults':
		case 'adults older-people':
			return 'adults';
		case 'older-people':
			return 'older people';
		default:
			return 'people';
	}
}

/** An age range as words after the noun: "aged 11 to 19", "under 18", "aged 16 and over", or nothing. */
function agePhrase(ages: { min: number; max: number | null }, noun: string): string {
	const { min, max } = ages;
	if (max === null) {
		if (min === 0) return noun === 'people' ? 'of all ages' : '';
		// "Adults" already says 18 and over, and "older people" 65 and over.
		if ((noun === 'adults' && min === 18) || (noun === 'older people' && min === 65)) return '';
		return `aged ${min} and over`;
	}
	if (min === 0) return `under ${max + 1}`;
	return `aged ${min} to ${max}`;
}

/** Where, as words: "in Leicester, Leicestershire and Rutland" or "in Leicester city". */
function wherePhrase(service: Service, area: AreaAnswer): string {
	// Where the ages differ by area, say the ages for the person's own area only.
	if (area !== 'not-sure' && service.agesByArea?.[area]) return `in ${areas.label(area)}`;
	if (service.areas.length === areas.ids.length) return 'in Leicester, Leicestershire and Rutland';
	return `in ${joinWithAnd(service.areas.map((id: Area) => areas.label(id)))}`;
}

/**
 * Who the service is for and where, e.g. "For young people aged 11 to 19 in Leicester, Leicestershire and Rutland."
 * The ages are the ones in the person's area when they differ by area.
 */
export function whoAndWhere(service: Service, area: AreaAnswer): string {
	const ages = agesIn(service, area === 'not-sure' ? undefined : area);
	const groups = service.audiences.filter((audience) => audience !== 'parents-carers' && audience !== 'students');
	const forParents = service.audiences.includes('parents-carers');
	const where = wherePhrase(service, area);
	if (groups.length === 0) {
		const about = forParents ? 'parents and carers' : 'university students';
		const of = ages.min === 0 && ages.max === null ? '' : ` of people ${agePhrase(ages, 'people')}`;
		return `For ${about}${of} ${where}.`;
	}
	const noun = peopleWord(groups);
	const who = [noun, agePhrase(ages, noun)].filter(Boolean).join(' ');
	return forParents ? `For ${who}, and their parents and carers, ${where}.` : `For ${who} ${where}.`;
}

/** Why it fits a need: "It helps with anxiety, worry and panic." or, for a service for any need, in general. */
export function helpsWith(need: Need, fit: NeedFit): string {
	if (fit === 'general' || need === 'not-sure') return `It helps ${topics.phrase('general')}.`;
	return `It helps ${topics.phrase(need)}.`;
}

/** When a service is open, as a sentence: "Open 24 hours a day, every day." */
export function openAt(hours: Hours): string {
	const words = formatHours(hours);
	const first = /^(Every|24)/.test(words) ? words.charAt(0).toLowerCase() + words.slice(1) : words;
	return `Open ${first}`.replace(/\.?$/, '.');
}

/** For the "private" situation: a way in the person starts themselves. */
export const contactYourself = 'You can contact them yourself.';

/** For a situation a service is only for: its own note on who can use it, or "For university students." */
export function onlyForReason(service: Service, situation: OnlyForSituation): string {
	return service.areaNote ?? `For ${situations.phrase(situation)}.`;
}

/** For a website that is the way in to other services: "You can ask for CAMHS and Early Intervention here." */
export function wayInFor(serviceNames: readonly string[]): string {
	return `This is how you ask for ${joinWithAnd(serviceNames)}.`;
}
