/**
 * Every "which service?" address, built and read in one place. Answers live in the path, one per segment:
 *
 *   /which-service/                         start
 *   /which-service/danger/, /emergency/, /today/, /urgent/, /who/
 *   /which-service/<who>/                   how old? (coarse group)
 *   /which-service/<who>/<group>/           which of these ages? (only for groups with a service limit inside)
 *   /which-service/<who>/<band>/            where do you live?
 *   /which-service/<who>/<band>/<area>/     what would you like help with? and the results
 *
 * A group with no limit inside is a single band with the same id, so the second segment is always either a band
 * (asks the area) or a group with several bands (asks which band): never both.
 */
import { areaIds, whoIds, type AreaAnswer, type Who } from './questions.ts';

/** The age groups and their band ids: what a path's age segment may be. Small enough to pass to the 404 page. */
export type AgeIndex = readonly { id: string; bands: readonly string[] }[];

/** The pages with no answers in their address, after the start page. */
const fixedPages = ['danger', 'emergency', 'today', 'urgent', 'who'] as const;

/** A page with no answers in its address. */
export type FixedStep = { page: 'start' | (typeof fixedPages)[number] };

/** A page with answers in its address (built from the catch-all route). */
export type AnswerStep =
	| { page: 'age'; who: Who }
	| { page: 'exact-age'; who: Who; group: string }
	| { page: 'area'; who: Who; band: string }
	| { page: 'results'; who: Who; band: string; area: AreaAnswer };

export type Step = FixedStep | AnswerStep;

/**
 * Where each answer, or the way on, of the pages with no answers in their address leads: the start, the two
 * questions asked first (danger now? help today?) and the page for help today.
 */
export const fixedFlow = {
	start: { begin: { page: 'danger' } },
	danger: { yes: { page: 'emergency' }, no: { page: 'today' } },
	today: { yes: { page: 'urgent' }, no: { page: 'who' }, notSure: { page: 'urgent' } },
	urgent: { carryOn: { page: 'who' } },
} as const satisfies Partial<Record<FixedStep['page'], Record<string, FixedStep>>>;

const base = '/which-service/';

/** The address of a step. */
export function wizardPath(step: Step): string {
	switch (step.page) {
		case 'start':
			return base;
		case 'danger':
		case 'emergency':
		case 'today':
		case 'urgent':
		case 'who':
			return `${base}${step.page}/`;
		case 'age':
			return `${base}${step.who}/`;
		case 'exact-age':
			return `${base}${step.who}/${step.group}/`;
		case 'area':
			return `${base}${step.who}/${step.band}/`;
		case 'results':
			return `${base}${step.who}/${step.band}/${step.area}/`;
	}
}

/** The group a band belongs to, and whether that group asks which band (it has more than one). */
function groupOfBand(ages: AgeIndex, band: string) {
	return ages.find((group) => group.bands.includes(band));
}

/** The question before this one, for Back links. Only a step with answers in its address needs the ages. */
export function previousStep(step: FixedStep): Step;
export function previousStep(step: Step, ages: AgeIndex): Step;
export function previousStep(step: Step, ages: AgeIndex = []): Step {
	switch (step.page) {
		case 'start':
		case 'danger':
			return { page: 'start' };
		case 'emergency':
		case 'today':
			return { page: 'danger' };
		case 'urgent':
		case 'who':
			return { page: 'today' };
		case 'age':
			return { page: 'who' };
		case 'exact-age':
			return { page: 'age', who: step.who };
		case 'area': {
			const group = groupOfBand(ages, step.band);
			return group && group.bands.length > 1
				? { page: 'exact-age', who: step.who, group: group.id }
				: { page: 'age', who: step.who };
		}
		case 'results':
			return { page: 'area', who: step.who, band: step.band };
	}
}

/** The step where a person answers a group: straight to the area when the group is one band. */
export function stepForGroup(who: Who, group: { id: string; bands: readonly string[] }): Step {
	return group.bands.length > 1
		? { page: 'exact-age', who, group: group.id }
		: { page: 'area', who, band: group.bands[0]! };
}

/**
 * Reads the answers in a path, in order, stopping at the first segment that is missing or not a valid answer.
 * `step` is the page the valid part of the path asks; `complete` is false when something after it was not valid.
 */
export function readPath(pathname: string, ages: AgeIndex): { step: Step; complete: boolean } {
	const segments = pathname
		.replace(/^\/which-service\/?/, '')
		.split('/')
		.filter(Boolean);
	const [first, second, third, ...rest] = segments;
	if (first === undefined) return { step: { page: 'start' }, complete: true };
	const fixed = fixedPages.find((page) => page === first);
	if (fixed) return { step: { page: fixed }, complete: segments.length === 1 };
	const who = whoIds.find((id) => id === first);
	if (!who) return { step: { page: 'who' }, complete: false };
	if (second === undefined) return { step: { page: 'age', who }, complete: true };
	const band = ages.flatMap((group) => group.bands).find((id) => id === second);
	if (!band) {
		const group = ages.find((candidate) => candidate.id === second && candidate.bands.length > 1);
		if (group) return { step: { page: 'exact-age', who, group: group.id }, complete: third === undefined };
		return { step: { page: 'age', who }, complete: false };
	}
	if (third === undefined) return { step: { page: 'area', who, band }, complete: true };
	const area = areaIds.find((id) => id === third);
	if (!area) return { step: { page: 'area', who, band }, complete: false };
	return { step: { page: 'results', who, band, area }, complete: rest.length === 0 };
}

/** True for any address under "which service?". */
export function inWizard(pathname: string): boolean {
	return pathname.startsWith(base);
}

/**
 * Where to send a person who arrives at a broken or changed address: the first question they have not validly
 * answered. Safe to use on any path (the 404 page runs it on every /which-service/ address it gets).
 */
export function recoveryPath(pathname: string, ages: AgeIndex): string {
	return wizardPath(readPath(pathname, ages).step);
}

/** The catch-all route's parameter for a step: its answers, without the base address and the last slash. */
export function answersParam(step: AnswerStep): string {
	return wizardPath(step).slice(base.length, -1);
}

/** Every step built from the catch-all page, i.e. every step with answers in its path. */
export function answerSteps(ages: AgeIndex): AnswerStep[] {
	return whoIds.flatMap((who) => [
		{ page: 'age' as const, who },
		...ages
			.filter((group) => group.bands.length > 1)
			.map((group) => ({ page: 'exact-age' as const, who, group: group.id })),
		...ages
			.flatMap((group) => group.bands)
			.flatMap((band) => [
				{ page: 'area' as const, who, band },
				...areaIds.map((area) => ({ page: 'results' as const, who, band, area })),
			]),
	]);
}
