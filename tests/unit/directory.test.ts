import { describe, expect, test } from 'vitest';
import { ageGroupsOf, alphabetical, canContactDirectly, howToGetInSummary, whereServed, relatedServices, reviewDueDate, reviewReport, servesAge, splitContacts } from '../../src/lib/directory.ts';
import { serviceSchema, type Service } from '../../src/schemas/service.ts';

function service(overrides: Partial<Record<keyof Service, unknown>> & { slug: string }): Service {
	return serviceSchema.parse({
		name: `Service ${overrides.slug}`,
		summary: 'A service that helps people.',
		offers: ['Support'],
		provider: 'Provider',
		ages: { min: 0, max: null, label: 'All ages' },
		audiences: ['adults'],
		areas: ['leicester', 'leicestershire', 'rutland'],
		topics: ['general'],
		levels: ['low'],
		access: { routes: ['self-referral'], steps: ['Call them.'] },
		sources: [{ document: 'seed-001', where: 'row 1' }],
		lastChecked: '2026-11-01',
		...overrides,
	});
}

describe('ages', () => {
	const teens = service({ slug: 'teens', ages: { min: 11, max: 17, label: '11 to 17' } });
	const adults = service({ slug: 'adults', ages: { min: 18, max: null, label: '18 and over' } });
	test('servesAge is inclusive at both ends', () => {
		expect([10, 11, 17, 18].map((age) => servesAge(teens, age))).toEqual([false, true, true, false]);
		expect([17, 18, 99].map((age) => servesAge(adults, age))).toEqual([false, true, true]);
	});
	test('ageGroupsOf lists the browse groups a range overlaps', () => {
		expect(ageGroupsOf(teens)).toEqual(['young-people']);
		expect(ageGroupsOf(adults)).toEqual(['young-adults', 'adults', 'older-people']);
		expect(ageGroupsOf(service({ slug: 'five-to-eighteen', ages: { min: 5, max: 18, label: '5 to 18' } }))).toEqual(['children', 'young-people', 'young-adults', 'adults']);
	});
});

describe('access', () => {
	test('self-referral, drop-in and NHS 111 are direct; GP, school and professionals are not', () => {
		expect(canContactDirectly(service({ slug: 'a', access: { routes: ['drop-in'], steps: ['Go along.'] } }))).toBe(true);
		expect(canContactDirectly(service({ slug: 'b', access: { routes: ['nhs-111', 'professionals'], steps: ['Call 111.'] } }))).toBe(true);
		expect(canContactDirectly(service({ slug: 'c', access: { routes: ['gp', 'school', 'professionals'], steps: ['Ask your GP.'] } }))).toBe(false);
	});
	test('the one-line summaries say where and how to get in, in the same words everywhere', () => {
		expect(whereServed(service({ slug: 'all' }))).toBe('Leicester, Leicestershire and Rutland');
		expect(whereServed(service({ slug: 'two', areas: ['leicestershire', 'rutland'] }))).toBe('Leicestershire county, Rutland');
		expect(howToGetInSummary(service({ slug: 'self', access: { routes: ['self-referral', 'gp'], steps: ['Call them.'] } }))).toBe('Refer yourself, Through your GP');
		expect(howToGetInSummary(service({ slug: 'gp', access: { routes: ['gp', 'professionals'], steps: ['Ask your GP.'] } }))).toBe('You need a referral: through your GP, professionals only');
	});
	test('splitContacts keeps professional lines apart', () => {
		const { forPublic, forProfessionals } = splitContacts([
			{ kind: 'phone', number: '0808 800 3302', professionalsOnly: false },
			{ kind: 'phone', number: '0116 295 6894', professionalsOnly: true },
		]);
		expect(forPublic.map((c) => c.kind === 'phone' && c.number)).toEqual(['0808 800 3302']);
		expect(forProfessionals.map((c) => c.kind === 'phone' && c.number)).toEqual(['0116 295 6894']);
	});
});

describe('relatedServices', () => {
	const anxietyTeens = service({ slug: 'anxiety-teens', topics: ['anxiety', 'low-mood'], ages: { min: 11, max: 17, label: '11 to 17' } });
	const all = [
		anxietyTeens,
		service({ slug: 'both-topics', topics: ['anxiety', 'low-mood'], ages: { min: 0, max: 25, label: 'Up to 25' } }),
		service({ slug: 'one-topic', topics: ['anxiety'], ages: { min: 11, max: 19, label: '11 to 19' } }),
		service({ slug: 'adults-only', topics: ['anxiety'], ages: { min: 18, max: null, label: '18 and over' } }),
		service({ slug: 'other-area', topics: ['anxiety'], areas: ['rutland'] }),
		service({ slug: 'general-only', topics: ['general'] }),
	];
	test('shares a specific topic, fits the ages and an area, most topics in common first', () => {
		const related = relatedServices(service({ ...anxietyTeens, slug: 'anxiety-teens', areas: ['leicester'] }), all);
		expect(related.map((s) => s.slug)).toEqual(['both-topics', 'one-topic']);
	});
});

describe('review', () => {
	test('an entry is due six months after it was last checked', () => {
		expect(reviewDueDate(service({ slug: 'x', lastChecked: '2026-05-23' }))).toBe('2026-11-23');
	});
	test('the report lists overdue entries first, then those needing verification, and leaves out clean ones', () => {
		const report = reviewReport(
			[
				service({ slug: 'clean' }),
				service({ slug: 'questions', openQuestions: ['Which team?'] }),
				service({ slug: 'verify', needsVerification: true }),
				service({ slug: 'old', lastChecked: '2025-01-01' }),
			],
			'2026-11-23'
		);
		expect(report.map((item) => item.slug)).toEqual(['old', 'verify', 'questions']);
		expect(report[0]).toMatchObject({ overdue: true, reviewDue: '2025-07-01' });
	});
});

test('alphabetical groups by first letter, digits together', () => {
	const groups = alphabetical([service({ slug: 'b', name: 'Beta' }), service({ slug: 'a', name: 'alpha' }), service({ slug: 'n', name: '111 line' })]);
	expect(groups.map(([letter, list]) => [letter, list.map((s) => s.slug)])).toEqual([['0-9', ['n']], ['A', ['a']], ['B', ['b']]]);
});
