/**
 * "Which service is right for me?": real service content, a table of situations with services that must
 * and must not be recommended, and checks over every possible answer path.
 */
import { describe, expect, test } from 'vitest';
import { checkContentFolder } from '../../src/lib/content/read.ts';
import { servesAge } from '../../src/lib/directory.ts';
import { isEligible, modesOf, orderByPreference, recommend } from '../../src/lib/wizard/match.ts';
import { ageBands, areaOptions, pathFor, readAnswers, recoveryPath, topicOptions, whoOptions, type Answers } from '../../src/lib/wizard/questions.ts';

const { services } = checkContentFolder(process.cwd());

function slugsFor(answers: Answers) {
	const result = recommend(services, answers);
	return { best: result.best.map((m) => m.service.slug), all: [...result.best, ...result.others].map((m) => m.service.slug), result };
}

type Situation = [string, Answers, { best?: string[]; bestAny?: string[]; never?: string[] }];

const situations: Situation[] = [
	['adult with low mood in Leicester', { who: 'me', age: '26-to-64', area: 'leicester', topic: 'low-mood' }, { best: ['nhs-talking-therapies'], never: ['camhs', 'early-intervention-counselling-service'] }],
	['adult with anxiety in Rutland', { who: 'me', age: '26-to-64', area: 'rutland', topic: 'anxiety' }, { best: ['nhs-talking-therapies'], never: ['leicester-sexual-health'] }],
	['young adult with anxiety in the county', { who: 'me', age: '18-to-25', area: 'leicestershire', topic: 'anxiety' }, { best: ['nhs-talking-therapies'] }],
	['teenager, low mood, city', { who: 'me', age: '11-to-15', area: 'leicester', topic: 'low-mood' }, { bestAny: ['early-intervention-counselling-service', 'camhs', 'low-intensity-cbt-service', 'mental-health-support-teams-in-schools'], never: ['nhs-talking-therapies', 'community-mental-health-teams', 'adult-adhd-service'] }],
	['16-year-old, anxiety, county', { who: 'me', age: '16-to-17', area: 'leicestershire', topic: 'anxiety' }, { bestAny: ['nhs-talking-therapies', 'early-intervention-counselling-service'], never: ['community-mental-health-teams'] }],
	['child under 11 with anxiety, parent asking', { who: 'my-child', age: 'under-11', area: 'leicester', topic: 'anxiety' }, { never: ['nhs-talking-therapies', 'teen-health', 'university-mental-health-neighbourhood-cafes', 'community-mental-health-teams'] }],
	['parent of child under 11, not sure', { who: 'my-child', age: 'under-11', area: 'rutland', topic: 'not-sure' }, { never: ['adult-adhd-service', 'memory-service', 'nhs-talking-therapies'] }],
	['teen eating worries', { who: 'my-child', age: '11-to-15', area: 'leicestershire', topic: 'eating' }, { best: ['firststeps'], never: ['adult-eating-disorders-service'] }],
	['adult eating disorder', { who: 'me', age: '26-to-64', area: 'leicester', topic: 'eating' }, { best: ['adult-eating-disorders-service'], never: ['camhs'] }],
	['young adult eating worries', { who: 'me', age: '18-to-25', area: 'leicester', topic: 'eating' }, { bestAny: ['firststeps', 'adult-eating-disorders-service'] }],
	['bereaved child', { who: 'my-child', age: '11-to-15', area: 'leicester', topic: 'bereavement' }, { best: ['the-laura-centre'] }],
	['adult bereaved', { who: 'me', age: '26-to-64', area: 'rutland', topic: 'bereavement' }, { best: ['tomorrow-project'], never: ['the-laura-centre'] }],
	['older relative with memory problems', { who: 'someone-else', age: '65-and-over', area: 'leicestershire', topic: 'memory' }, { best: ['memory-service'], never: ['camhs', 'pause'] }],
	['older person, low mood', { who: 'someone-else', age: '65-and-over', area: 'leicester', topic: 'low-mood' }, { bestAny: ['mhsop-community-mental-health-teams', 'nhs-talking-therapies'], never: ['pier', 'pause', 'camhs'] }],
	['teen hearing voices', { who: 'my-child', age: '16-to-17', area: 'leicester', topic: 'psychosis' }, { bestAny: ['pause', 'pier'] }],
	['adult hearing voices', { who: 'someone-else', age: '26-to-64', area: 'leicestershire', topic: 'psychosis' }, { best: ['pier'], never: ['camhs'] }],
	['over 65 psychosis: not PIER (to 64) or PAUSE (to 35)', { who: 'someone-else', age: '65-and-over', area: 'leicester', topic: 'psychosis' }, { never: ['pier', 'pause'] }],
	['teen using drugs', { who: 'me', age: '11-to-15', area: 'rutland', topic: 'substances' }, { best: ['turning-point-young-peoples-team'] }],
	['teen vaping in the county', { who: 'me', age: '16-to-17', area: 'leicestershire', topic: 'substances' }, { bestAny: ['quitready-young-persons-stop-smoking-service', 'turning-point-young-peoples-team'] }],
	['teen vaping in the city: QuitReady is county only', { who: 'me', age: '16-to-17', area: 'leicester', topic: 'substances' }, { never: ['quitready-young-persons-stop-smoking-service'] }],
	['new mother', { who: 'me', age: '26-to-64', area: 'leicester', topic: 'pregnancy' }, { bestAny: ['perinatal-mental-health-service', 'maternal-mental-health-service'] }],
	['adult ADHD', { who: 'me', age: '26-to-64', area: 'leicestershire', topic: 'neurodiversity' }, { best: ['adult-adhd-service'] }],
	['12-year-old ADHD: adult service never offered', { who: 'my-child', age: '11-to-15', area: 'leicestershire', topic: 'neurodiversity' }, { never: ['adult-adhd-service'] }],
	['teen after sexual abuse', { who: 'my-child', age: '11-to-15', area: 'leicester', topic: 'sexual-abuse' }, { best: ['family-action-post-sexual-abuse-support'] }],
	['teen self-harm', { who: 'me', age: '16-to-17', area: 'leicester', topic: 'self-harm' }, { bestAny: ['harmless', 'camhs-crisis-team'] }],
	['adult suicidal thoughts', { who: 'me', age: '26-to-64', area: 'leicester', topic: 'suicidal-thoughts' }, { bestAny: ['samaritans', 'nhs-111-option-2', 'crisis-resolution-and-home-treatment-team', 'central-access-point'] }],
	['teen suicidal thoughts', { who: 'me', age: '11-to-15', area: 'rutland', topic: 'suicidal-thoughts' }, { bestAny: ['camhs-crisis-team', 'nhs-111-option-2', 'childline'], never: ['crisis-resolution-and-home-treatment-team'] }],
	['family relationships, teen', { who: 'my-child', age: '11-to-15', area: 'leicestershire', topic: 'relationships' }, { best: ['talk2sort-mediation'] }],
	['adult personality disorder', { who: 'me', age: '26-to-64', area: 'leicester', topic: 'personality' }, { best: ['therapy-services-for-people-with-personality-disorder'] }],
	['adult in contact with police', { who: 'someone-else', age: '26-to-64', area: 'leicester', topic: 'criminal-justice' }, { best: ['criminal-justice-liaison-and-diversion-service'] }],
	['student wellbeing', { who: 'me', age: '18-to-25', area: 'leicester', topic: 'wellbeing' }, { bestAny: ['university-mental-health-neighbourhood-cafes', 'active-together', 'mental-health-matters'] }],
	['Rutland child wellbeing', { who: 'my-child', age: 'under-11', area: 'rutland', topic: 'wellbeing' }, { bestAny: ['active-rutland', 'active-together'], never: ['leicester-sexual-health'] }],
	['not sure where they live, not sure what', { who: 'someone-else', age: '26-to-64', area: 'not-sure', topic: 'not-sure' }, { bestAny: ['nhs-111-option-2', 'mental-health-matters', 'samaritans', 'nhs-talking-therapies'] }],
	['child under 11 with anxiety: services for new mothers are not offered', { who: 'my-child', age: 'under-11', area: 'rutland', topic: 'anxiety' }, { never: ['maternal-mental-health-service', 'perinatal-mental-health-service'] }],
	['physical illness affecting mood', { who: 'me', age: '26-to-64', area: 'leicester', topic: 'physical-health' }, { bestAny: ['medical-psychology-team', 'mental-health-liaison-team', 'nhs-talking-therapies'] }],
];

describe('a table of situations', () => {
	test('covers at least 30 situations', () => expect(situations.length).toBeGreaterThanOrEqual(30));
	test.each(situations)('%s', (_name, answers, expected) => {
		const { best, all } = slugsFor(answers);
		for (const slug of expected.best ?? []) expect(best, `${slug} should be among the best`).toContain(slug);
		if (expected.bestAny) expect(best.some((slug) => expected.bestAny!.includes(slug)), `one of ${expected.bestAny.join(', ')} in ${best.join(', ')}`).toBe(true);
		for (const slug of expected.never ?? []) expect(all, `${slug} must not be offered`).not.toContain(slug);
	});
});

const everyPath: Answers[] = whoOptions.flatMap((who) =>
	ageBands.flatMap((age) => areaOptions.flatMap((area) => topicOptions.map((topic) => ({ who: who.id, age: age.id, area: area.id, topic: topic.id }))))
);

describe('every possible answer path', () => {
	test(`there are ${everyPath.length} paths`, () => expect(everyPath.length).toBe(3 * 6 * 4 * 19));

	test('never offers a service outside its age range or area', () => {
		const wrong: string[] = [];
		for (const answers of everyPath) {
			const band = ageBands.find((b) => b.id === answers.age)!;
			for (const slug of slugsFor(answers).all) {
				const service = services.find((s) => s.slug === slug)!;
				if (!isEligible(service, answers)) wrong.push(`${slug} for ${JSON.stringify(answers)}`);
				if (band.max !== null && service.ages.min > band.max) wrong.push(`${slug} too old for ${answers.age}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	test('an adult-only service is never offered for a 12-year-old, and a children-only one never for a 40-year-old', () => {
		for (const answers of everyPath) {
			const { all } = slugsFor(answers);
			for (const slug of all) {
				const service = services.find((s) => s.slug === slug)!;
				if (answers.age === '11-to-15') expect(service.ages.min, `${slug} for a 12-year-old`).toBeLessThanOrEqual(15);
				if (answers.age === '26-to-64') expect(service.ages.max === null || service.ages.max >= 26, `${slug} for a 40-year-old`).toBe(true);
			}
			if (answers.age === '11-to-15') for (const slug of all) expect(servesAge(services.find((s) => s.slug === slug)!, 12) || servesAge(services.find((s) => s.slug === slug)!, 15)).toBe(true);
		}
	});

	test('each path ends in at least one service a person can contact without a referral, or says what to do', () => {
		const empty = everyPath.filter((answers) => slugsFor(answers).all.length === 0);
		// The results page always shows crisis lines and the GP route; this checks the lists are rarely empty.
		expect(empty.length / everyPath.length).toBeLessThan(0.05);
	});

	test('suicidal thoughts and self-harm always put urgent help first', () => {
		for (const answers of everyPath.filter((a) => a.topic === 'suicidal-thoughts' || a.topic === 'self-harm')) expect(slugsFor(answers).result.showUrgentFirst).toBe(true);
		expect(slugsFor({ who: 'me', age: '26-to-64', area: 'leicester', topic: 'anxiety' }).result.showUrgentFirst).toBe(false);
	});
});

describe('preference changes the order, never what is shown', () => {
	test('the same services, with the preferred way first', () => {
		const { result } = slugsFor({ who: 'me', age: '26-to-64', area: 'leicester', topic: 'not-sure' });
		for (const preference of ['phone', 'online', 'face-to-face', 'self-help'] as const) {
			const ordered = orderByPreference(result.best, preference);
			expect(ordered.map((m) => m.service.slug).sort()).toEqual(result.best.map((m) => m.service.slug).sort());
			const firstWithout = ordered.findIndex((m) => !modesOf(m.service).includes(preference));
			const lastWith = ordered.map((m) => modesOf(m.service).includes(preference)).lastIndexOf(true);
			if (firstWithout !== -1 && lastWith !== -1) expect(lastWith).toBeLessThan(firstWithout);
		}
	});
});

describe('answers in the path', () => {
	test('read in order, stopping at the first unknown value', () => {
		expect(readAnswers(['me', '18-to-25', 'rutland', 'anxiety'])).toEqual({ answers: { who: 'me', age: '18-to-25', area: 'rutland', topic: 'anxiety' }, firstUnanswered: undefined });
		expect(readAnswers(['me', '99-to-100', 'rutland'])).toEqual({ answers: { who: 'me' }, firstUnanswered: 'age' });
	});
	test('a tampered or incomplete address goes back to the first unanswered question', () => {
		expect(recoveryPath('/which-service/me/18-to-25/narnia/anxiety/results/')).toBe('/which-service/me/18-to-25/');
		expect(recoveryPath('/which-service/robot/')).toBe('/which-service/who/');
		expect(recoveryPath('/which-service/me/18-to-25/leicester/made-up/')).toBe('/which-service/me/18-to-25/leicester/');
		expect(recoveryPath('/which-service/<script>/')).toBe('/which-service/who/');
	});
	test('pathFor builds question and results paths', () => {
		expect(pathFor({ who: 'my-child', age: 'under-11' })).toBe('/which-service/my-child/under-11/');
		expect(pathFor({ who: 'me', age: '18-to-25', area: 'leicester', topic: 'anxiety' }, 'results')).toBe('/which-service/me/18-to-25/leicester/anxiety/results/');
	});
});
