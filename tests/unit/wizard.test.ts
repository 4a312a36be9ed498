/**
 * "Which service?": the real service content, a table of situations with services that must and must not appear,
 * and checks over every answer path (every results page, for every need and situation it offers).
 */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/integrations/content/load.ts';
import { agesIn } from '../../src/lib/directory.ts';
import { publicContactsFor } from '../../src/lib/reach.ts';
import { areas, audienceAges, type Situation } from '../../src/base/vocabulary.ts';
import { ageCuts, rangeId, rangeLabel } from '../../src/lib/wizard/ages.ts';
import {
	cardClasses,
	choicesCss,
	inChosenOrder,
	isShownFor,
	readChoices,
	writeChoices,
} from '../../src/lib/wizard/choices.ts';
import {
	bestCount,
	groupsFor,
	hasContact,
	isCrisisService,
	modesOf,
	readerFor,
	tagsOf,
	type Person,
	type Results,
	type Tag,
} from '../../src/lib/wizard/match.ts';
import { pageResults, wizardFrom } from '../../src/lib/wizard/pages.ts';
import { answerSteps, previousStep, readPath, recoveryPath, wizardPath } from '../../src/lib/wizard/paths.ts';
import { areaIds, whoIds, type Need } from '../../src/lib/wizard/questions.ts';
import { helpsWith, openAt, whoAndWhere } from '../../src/lib/wizard/reasons.ts';
import type { Service } from '../../src/schemas/service.ts';
import { wizardSituations, type WizardSituation } from './wizard-situations.ts';

const content = loadContent();
const wizard = wizardFrom(
	content.services,
	content.guides.map((guide) => guide.data),
	content.crisisLines.map((line) => line.id),
);
const bySlug = new Map(content.services.map((service) => [service.slug, service]));

function personFor(situation: Pick<WizardSituation, 'who' | 'age' | 'area'>): Person {
	const band = wizard.bands.find(
		(candidate) => candidate.min <= situation.age && (candidate.max === null || situation.age <= candidate.max),
	)!;
	return { who: situation.who ?? 'me', band, area: situation.area };
}

/**
 * What the page shows for some choices, and everything on it whatever is chosen. A card is shown as the page shows
 * it: by the classes the card carries (cardClasses) and the rule the page's CSS and script apply (isShownFor).
 */
function look(results: Results, needs: readonly Need[], situations: readonly Situation[] = []) {
	const choices = { needs: [...needs], situations: [...situations], preference: undefined };
	const shown = results.list.filter((fit) => isShownFor(cardClasses(fit), choices));
	return {
		shown: shown.map((fit) => fit.service.slug),
		shownFits: shown,
		onList: results.list.map((fit) => fit.service.slug),
		everywhere: new Set(
			[...results.list, ...results.gp.services]
				.map((item) => item.service.slug)
				.concat([...results.helpNow, ...results.forCarers].map((service) => service.slug)),
		),
		helpNow: results.helpNow.map((service) => service.slug),
	};
}

describe('a table of situations', () => {
	test('has at least 60 situations, at least 15 of them with two needs or more', () => {
		expect(wizardSituations.length).toBeGreaterThanOrEqual(60);
		expect(wizardSituations.filter((situation) => situation.needs.length >= 2).length).toBeGreaterThanOrEqual(15);
	});

	test('every service mentioned is a real service', () => {
		for (const situation of wizardSituations)
			for (const slug of [
				...(situation.shown ?? []),
				...(situation.hidden ?? []),
				...(situation.never ?? []),
				...(situation.helpNow ?? []),
			])
				expect(bySlug.has(slug), `${situation.name}: ${slug}`).toBe(true);
	});

	test('every age limit in the data has a situation on each side of it', () => {
		const ages = new Set(wizardSituations.map((situation) => situation.age));
		const missing = ageCuts(content.services).filter((cut) => !ages.has(cut - 1) || !ages.has(cut));
		expect(missing, 'ages with no situation just below or at the limit').toEqual([]);
	});

	test.each(wizardSituations.map((situation) => [situation.name, situation] as const))('%s', (_name, situation) => {
		const results = pageResults(wizard, personFor(situation));
		const seen = look(results, situation.needs, situation.situations);
		for (const slug of situation.shown ?? []) expect(seen.shown, `${slug} should be shown`).toContain(slug);
		for (const slug of situation.hidden ?? []) {
			expect(seen.onList, `${slug} should be on the page`).toContain(slug);
			expect(seen.shown, `${slug} should not be shown for these choices`).not.toContain(slug);
		}
		for (const slug of situation.never ?? [])
			expect([...seen.everywhere], `${slug} must not be on the page`).not.toContain(slug);
		for (const slug of situation.helpNow ?? []) expect(seen.helpNow, `${slug} should be in help now`).toContain(slug);
	});
});

/** Every results page: each who, age band and area. */
const everyPage = whoIds.flatMap((who) =>
	wizard.bands.flatMap((band) => areaIds.map((area) => ({ who, band, area }) satisfies Person)),
);

/** Checks "takes every age in the band, in every area the answer could mean" without the code under test. */
function servesWholly(service: Service, person: Person): boolean {
	const places = person.area === 'not-sure' ? areas.ids : [person.area];
	return places.every((area) => {
		const ages = agesIn(service, area);
		const tooYoung = person.band.min < ages.min;
		const tooOld = ages.max !== null && (person.band.max === null || person.band.max > ages.max);
		return service.areas.includes(area) && !tooYoung && !tooOld;
	});
}

/** True when the service names an age group the person's whole band is in. */
function namesTheirGroup(service: Service, person: Person): boolean {
	const groups = Object.entries(audienceAges)
		.filter(
			([, ages]) =>
				person.band.min >= ages.min && (ages.max === null || (person.band.max !== null && person.band.max <= ages.max)),
		)
		.map(([group]) => group);
	if (service.notFor?.groups.some((group) => groups.includes(group))) return false;
	// A service only for a situation (pregnancy, say) is for anyone of its ages in that situation.
	return service.onlyFor.length > 0 || groups.some((group) => (service.audiences as string[]).includes(group));
}

describe('every answer path', () => {
	const pages = everyPage.map((person) => ({ person, results: pageResults(wizard, person) }));

	test('for every need on every results page, the first card shown gives a way to make contact whenever any card shown does', () => {
		const wrong: string[] = [];
		for (const { person, results } of pages) {
			const classes = new Map(results.list.map((fit) => [fit, cardClasses(fit)]));
			for (const need of wizard.needs.map((option) => option.id)) {
				const choices = { needs: [need], situations: [], preference: undefined };
				const seen = inChosenOrder(results.list, (fit) => classes.get(fit)!, choices).filter((fit) =>
					isShownFor(classes.get(fit)!, choices),
				);
				if (seen.some((fit) => hasContact(fit.service, person)) && seen[0] && !hasContact(seen[0].service, person))
					wrong.push(`${person.who} ${person.band.label} ${person.area} ${need}: ${seen[0].service.slug}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	test("nothing marked as not for adults (children's and school services) is on an adult's results", () => {
		const wrong: string[] = [];
		for (const { person, results } of pages) {
			if (!groupsFor(person.band).includes('adults')) continue;
			for (const fit of results.list)
				if (fit.service.notFor?.groups.includes('adults')) wrong.push(`${fit.service.slug} for ${person.band.label}`);
		}
		expect(wrong).toEqual([]);
	});

	test(`there are ${everyPage.length} results pages (2 who x ${wizard.bands.length} ages x 4 areas)`, () => {
		expect(everyPage.length).toBe(2 * wizard.bands.length * 4);
	});

	test("no service is on the list or in help now outside the person's age, area or group", () => {
		const wrong: string[] = [];
		for (const { person, results } of pages) {
			const at = `${person.who} ${person.band.label} ${person.area}`;
			for (const service of [...results.list.map((fit) => fit.service), ...results.helpNow]) {
				if (!servesWholly(service, person)) wrong.push(`${service.slug} outside its ages or areas for ${at}`);
				if (!namesTheirGroup(service, person)) wrong.push(`${service.slug} not for the age group of ${at}`);
			}
			for (const service of results.forCarers) {
				if (!servesWholly(service, person))
					wrong.push(`${service.slug} (for carers) outside its ages or areas for ${at}`);
				if (!service.audiences.includes('parents-carers') || person.who !== 'someone-else')
					wrong.push(`${service.slug} is not for carers, for ${at}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	test('every need and every situation offered shows at least one card with a way to make contact', () => {
		const noDoor: string[] = [];
		for (const { person, results } of pages) {
			const reader = readerFor(person);
			const choices = [
				...wizard.needs.map((need) => ({ tag: `need:${need.id}` as Tag, needs: [need.id], situations: [] })),
				...results.situations.map((situation) => ({
					tag: `situation:${situation}` as Tag,
					needs: [],
					situations: [situation],
				})),
			];
			const classes = new Map(results.list.map((fit) => [fit, cardClasses(fit)]));
			for (const { tag, ...chosen } of choices) {
				const shown = results.list.filter((fit) => isShownFor(classes.get(fit)!, { ...chosen, preference: undefined }));
				// A contact from the data, a place to drop in, or the "See your GP" card saying how to ask.
				const contactable =
					shown.some(
						({ service }) =>
							publicContactsFor(service, reader).length > 0 ||
							service.access.waysIn.some((way) => way.how === 'drop-in' && way.confirmed),
					) || results.gp.services.some((item) => item.tags.includes(tag));
				if (!contactable)
					noDoor.push(
						`${person.who} ${person.band.label} ${person.area} ${tag}: ${shown.map((fit) => fit.service.slug).join(', ') || 'nothing'}`,
					);
			}
		}
		expect(noDoor).toEqual([]);
	});

	test("a crisis service is never on the list as a fit for a need; help now lists crisis lines with a contact, in the site's order", () => {
		const wrong: string[] = [];
		for (const { person, results } of pages) {
			for (const fit of results.list)
				if (isCrisisService(fit.service) && fit.needs.length > 0)
					wrong.push(`${fit.service.slug} for ${fit.needs.map((n) => n.need)} (${person.band.label})`);
			if (!results.helpNow.some((service) => publicContactsFor(service, readerFor(person)).length > 0))
				wrong.push(`no help now with a contact for ${person.band.label} ${person.area}`);
			const order = results.helpNow.map((service) => wizard.crisisLineIds.indexOf(service.slug));
			if (order.some((index, at) => index < 0 || (at > 0 && index < order[at - 1]!)))
				wrong.push(`help now out of the crisis order for ${person.band.label} ${person.area}`);
		}
		expect(wrong).toEqual([]);
	});

	test(`at most ${bestCount} services for each need or situation, and a service only for a situation only for that situation`, () => {
		for (const { results } of pages) {
			const counts = new Map<Tag, number>();
			// A website that is the way in to services on the list is there as well as them, like the GP card.
			for (const fit of results.list)
				for (const tag of tagsOf(fit))
					if (!fit.wayInTo.some((to) => to.tag === tag)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
			for (const [tag, count] of counts) expect(count, tag).toBeLessThanOrEqual(bestCount);
			for (const fit of results.list.filter((candidate) => candidate.service.onlyFor.length > 0)) {
				expect(fit.needs, fit.service.slug).toEqual([]);
				expect(
					fit.situations.every((situation) => (fit.service.onlyFor as string[]).includes(situation)),
					fit.service.slug,
				).toBe(true);
			}
		}
	});

	test('a service only professionals or emergency services can refer to is never on the list', () => {
		const professionalOnly = content.services.filter((service) =>
			service.access.waysIn.every((way) => way.by.every((by) => by === 'professional' || by === 'nhs-111')),
		);
		expect(professionalOnly.length).toBeGreaterThan(0);
		for (const { results } of pages)
			for (const service of professionalOnly)
				expect(results.list.map((fit) => fit.service.slug)).not.toContain(service.slug);
	});
});

describe('reasons in plain sentences', () => {
	const service = (slug: string) => bySlug.get(slug)!;
	test('who a service is for and where', () => {
		expect(whoAndWhere(service('health-for-teens-website'), 'leicester')).toBe(
			'For young people aged 11 to 19 in Leicester, Leicestershire and Rutland.',
		);
		expect(whoAndWhere(service('camhs'), 'rutland')).toBe(
			'For children and young people under 18, and their parents and carers, in Leicester, Leicestershire and Rutland.',
		);
		expect(whoAndWhere(service('nhs-talking-therapies'), 'not-sure')).toBe(
			'For people aged 16 and over in Leicester, Leicestershire and Rutland.',
		);
		expect(whoAndWhere(service('samaritans'), 'leicester')).toBe(
			'For people of all ages in Leicester, Leicestershire and Rutland.',
		);
		expect(whoAndWhere(service('memory-service'), 'leicester')).toBe(
			'For adults in Leicester, Leicestershire and Rutland.',
		);
		expect(whoAndWhere(service('quitready-young-persons-stop-smoking-service'), 'leicestershire')).toBe(
			'For young people aged 12 and over in Leicestershire county.',
		);
		expect(whoAndWhere(service('mhsop-community-mental-health-teams'), 'leicester')).toBe(
			'For older people in Leicester, Leicestershire and Rutland.',
		);
	});
	test('never a field dumped on the page', () => {
		for (const candidate of content.services) {
			for (const area of areaIds) {
				const sentence = whoAndWhere(candidate, area);
				expect(sentence).toMatch(/^For [a-z].*\.$/);
				expect(sentence).not.toMatch(/no age limit|years and|  |undefined|null/i);
			}
		}
	});
	test('what it helps with', () => {
		expect(helpsWith('anxiety', 'made')).toBe('It helps with anxiety, worry and panic.');
		expect(helpsWith('neurodiversity', 'made')).toBe('It helps with ADHD and autism.');
		expect(helpsWith('sexual-abuse', 'made')).toBe('It helps after sexual abuse.');
		expect(helpsWith('eating', 'general')).toBe('It helps with mental health in general.');
		expect(helpsWith('not-sure', 'general')).toBe('It helps with mental health in general.');
	});
	test('when it is open', () => {
		expect(openAt({ always: true, sessions: [] })).toBe('Open 24 hours a day, every day.');
		expect(
			openAt({
				always: false,
				sessions: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '09:00', closes: '21:00' }],
			}),
		).toBe('Open every day, 9am to 9pm.');
	});
});

describe('ages asked exactly', () => {
	test('bands are cut at every service limit, with no gaps, and named as a person would say them', () => {
		const cuts = ageCuts(content.services);
		expect(wizard.bands[0]!.min).toBe(0);
		expect(wizard.bands.at(-1)!.max).toBeNull();
		for (const [index, band] of wizard.bands.entries())
			if (index > 0) expect(band.min).toBe(wizard.bands[index - 1]!.max! + 1);
		for (const cut of cuts)
			expect(
				wizard.bands.some((band) => band.min === cut),
				`a band starts at ${cut}`,
			).toBe(true);
		expect([
			rangeLabel({ min: 0, max: 4 }),
			rangeLabel({ min: 17, max: 17 }),
			rangeLabel({ min: 20, max: 24 }),
			rangeLabel({ min: 66, max: null }),
		]).toEqual(['Under 5', '17', '20 to 24', '66 or over']);
		expect([
			rangeId({ min: 0, max: 4 }),
			rangeId({ min: 17, max: 17 }),
			rangeId({ min: 20, max: 24 }),
			rangeId({ min: 66, max: null }),
		]).toEqual(['under-5', '17', '20-to-24', '66-and-over']);
	});
	test('every age in a band gets exactly the same services', () => {
		for (const band of wizard.bands.filter((candidate) => candidate.max !== null && candidate.max > candidate.min)) {
			for (const service of content.services) {
				const takes = (age: number) =>
					areaIds
						.filter((area) => area !== 'not-sure')
						.map((area) => servesWholly(service, { who: 'me', band: { min: age, max: age }, area }));
				expect(takes(band.max!), `${service.slug} at ${band.min} and ${band.max}`).toEqual(takes(band.min));
			}
		}
	});
	test('the coarse groups are asked first, then the band where a limit falls inside', () => {
		expect(wizard.groups.map((group) => group.label)).toEqual([
			'Under 11',
			'11 to 17',
			'18 to 25',
			'26 to 64',
			'65 or over',
		]);
		for (const group of wizard.groups) expect(group.bands.length).toBeGreaterThanOrEqual(1);
	});
});

describe('addresses, built in one place', () => {
	const ages = wizard.ageIndex;
	const someBand = wizard.groups.find((group) => group.bands.length > 1)!.bands[1]!.id;
	test('every step reads back from its own address', () => {
		for (const step of answerSteps(ages)) expect(readPath(wizardPath(step), ages)).toEqual({ step, complete: true });
	});
	test('at most 1,200 pages, and far fewer', () => {
		expect(answerSteps(ages).length + 6).toBeLessThanOrEqual(1200);
	});
	test('a tampered or incomplete address goes back to the first unanswered question', () => {
		expect(recoveryPath(`/which-service/me/${someBand}/narnia/`, ages)).toBe(`/which-service/me/${someBand}/`);
		expect(recoveryPath('/which-service/robot/', ages)).toBe('/which-service/who/');
		expect(recoveryPath('/which-service/me/999/', ages)).toBe('/which-service/me/');
		expect(recoveryPath('/which-service/<script>/', ages)).toBe('/which-service/who/');
		expect(recoveryPath(`/which-service/someone-else/${someBand}/leicester/extra/`, ages)).toBe(
			`/which-service/someone-else/${someBand}/leicester/`,
		);
		expect(recoveryPath('/which-service/me/18-to-25/leicester/anxiety/results/', ages)).toBe(
			'/which-service/me/18-to-25/',
		);
	});
	test('Back goes to the question before', () => {
		const group = wizard.groups.find((candidate) => candidate.bands.length > 1)!;
		expect(wizardPath(previousStep({ page: 'area', who: 'me', band: group.bands[0]!.id }, ages))).toBe(
			`/which-service/me/${group.id}/`,
		);
		expect(
			wizardPath(previousStep({ page: 'results', who: 'me', band: group.bands[0]!.id, area: 'rutland' }, ages)),
		).toBe(`/which-service/me/${group.bands[0]!.id}/`);
		expect(wizardPath(previousStep({ page: 'who' }, ages))).toBe('/which-service/today/');
	});
});

describe('choices on the results page', () => {
	const valid = { needs: ['anxiety', 'self-harm'], situations: ['student'], preferences: ['phone', 'online'] };
	test('are kept in the address after #, and only values the page offers are read back', () => {
		const choices = { needs: ['anxiety', 'self-harm'], situations: ['student'], preference: 'phone' };
		expect(writeChoices(choices)).toBe('help=anxiety,self-harm&also=student&prefer=phone');
		expect(readChoices(`#${writeChoices(choices)}`, valid)).toEqual(choices);
		expect(readChoices('#help=anxiety,<script>&prefer=everything', valid)).toEqual({
			needs: ['anxiety'],
			situations: [],
			preference: undefined,
		});
		expect(writeChoices({ needs: [], situations: [], preference: 'no-preference' })).toBe('');
	});
	test('preference changes the order: the preferred way first, then what is made for the need, never hiding anything', () => {
		const items = [
			{ name: 'general by phone', classes: ['for-need-anxiety', 'mode-phone'] },
			{ name: 'made, online', classes: ['for-need-anxiety', 'made-need-anxiety', 'mode-online'] },
			{ name: 'made, by phone', classes: ['for-need-anxiety', 'made-need-anxiety', 'mode-phone'] },
			{ name: 'general, online', classes: ['for-need-anxiety', 'mode-online'] },
		];
		const order = (preference: string | undefined) =>
			inChosenOrder(items, (item) => item.classes, { needs: ['anxiety'], situations: [], preference }).map(
				(item) => item.name,
			);
		expect(order(undefined)).toEqual(['made, online', 'made, by phone', 'general by phone', 'general, online']);
		expect(order('phone')).toEqual(['made, by phone', 'general by phone', 'made, online', 'general, online']);
		expect(order('online')).toEqual(['made, online', 'general, online', 'made, by phone', 'general by phone']);
	});
	test('the real results put preferred ways first in one list', () => {
		const results = pageResults(wizard, personFor({ age: 40, area: 'leicester' }));
		const shown = results.list.filter((fit) => fit.needs.some((n) => n.need === 'low-mood'));
		const classes = (fit: (typeof shown)[number]) => [
			...fit.needs.map((n) => `for-need-${n.need}`),
			...fit.needs.filter((n) => n.fit === 'made').map((n) => `made-need-${n.need}`),
			...modeClassesOf(fit.service),
		];
		const ordered = inChosenOrder(shown, classes, { needs: ['low-mood'], situations: [], preference: 'phone' });
		expect(ordered.length).toBe(shown.length);
		const firstWithout = ordered.findIndex((fit) => !classes(fit).includes('mode-phone'));
		expect(firstWithout).toBeGreaterThan(0);
		expect(ordered.slice(firstWithout).some((fit) => classes(fit).includes('mode-phone'))).toBe(false);
	});
	test('an element is shown while any of its tags is chosen', () => {
		expect(
			isShownFor(['pick', 'for-need-anxiety', 'for-situation-student'], {
				needs: [],
				situations: ['student'],
				preference: undefined,
			}),
		).toBe(true);
		expect(
			isShownFor(['pick', 'for-need-anxiety'], { needs: ['self-harm'], situations: [], preference: undefined }),
		).toBe(false);
	});
	test('the CSS shows each need and situation, and works only where :has() does', () => {
		const css = choicesCss(['anxiety'], ['student'], ['phone']);
		expect(css).toContain('@supports selector(:has(*))');
		expect(css).toContain(
			'.choices-page:has(#need-anxiety:checked) .for-need-anxiety{display:var(--pick-display,block)}',
		);
		expect(css).toContain('.choices-page:has(#situation-student:checked) .for-situation-student');
		expect(css).toContain(':has(#prefer-phone:checked) .result-list>.mode-phone{--pick-preferred:-10}');
		expect(css).toContain(':has(#need-anxiety:checked) .result-list>.lead-need-anxiety{--pick-standing:-4}');
		// Wrong for a chosen need: hidden, after the rules that show.
		expect(css.indexOf('.not-need-anxiety{display:none}')).toBeGreaterThan(css.indexOf('.for-need-anxiety{display'));
	});
});

function modeClassesOf(service: Service): string[] {
	return modesOf(service).map((mode) => `mode-${mode}`);
}
