import { describe, expect, test } from 'vitest';
import {
	ageGroupsOf,
	alphabetical,
	whereServed,
	relatedServices,
	reviewDueDate,
	servesAges,
	splitContacts,
} from '../../src/lib/directory.ts';
import { service } from './service-fixture.ts';

describe('ages', () => {
	const teens = service({ slug: 'teens', ages: { min: 11, max: 17, label: '11 to 17' } });
	const adults = service({ slug: 'adults', ages: { min: 18, max: null, label: '18 and over' } });
	test('servesAges is inclusive at both ends', () => {
		expect([10, 11, 17, 18].map((age) => servesAges(teens, age, age))).toEqual([false, true, true, false]);
		expect([17, 18, 99].map((age) => servesAges(adults, age, age))).toEqual([false, true, true]);
	});
	test('ageGroupsOf lists the browse groups a range overlaps', () => {
		expect(ageGroupsOf(teens)).toEqual(['young-people']);
		expect(ageGroupsOf(adults)).toEqual(['young-adults', 'adults', 'older-people']);
		expect(ageGroupsOf(service({ slug: 'five-to-eighteen', ages: { min: 5, max: 18, label: '5 to 18' } }))).toEqual([
			'children',
			'young-people',
			'young-adults',
			'adults',
		]);
	});
});

describe('contacts and places', () => {
	test('whereServed says where in the same words everywhere', () => {
		expect(whereServed(service({ slug: 'all' }))).toBe('Leicester, Leicestershire and Rutland');
		expect(whereServed(service({ slug: 'two', areas: ['leicestershire', 'rutland'] }))).toBe(
			'Leicestershire county, Rutland',
		);
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
	const anxietyTeens = service({
		slug: 'anxiety-teens',
		topics: ['anxiety', 'low-mood'],
		ages: { min: 11, max: 17, label: '11 to 17' },
	});
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
	test("a children's service is not related to an adults' one just because their ages touch", () => {
		const adultTherapy = service({
			slug: 'adult-therapy',
			topics: ['anxiety'],
			ages: { min: 16, max: null, label: '16 and over' },
			audiences: ['young-people', 'adults'],
		});
		const childrens = service({
			slug: 'childrens',
			topics: ['anxiety'],
			ages: { min: 5, max: 18, label: '5 to 18' },
			audiences: ['children', 'young-people'],
		});
		const adultCafe = service({
			slug: 'adult-cafe',
			topics: ['anxiety'],
			ages: { min: 18, max: null, label: '18 and over' },
			audiences: ['adults'],
		});
		const parentsLine = service({ slug: 'parents-line', topics: ['anxiety'], audiences: ['parents-carers'] });
		expect(relatedServices(adultTherapy, [childrens, adultCafe, parentsLine]).map((s) => s.slug)).toEqual([
			'adult-cafe',
		]);
		expect(relatedServices(childrens, [adultTherapy, adultCafe]).map((s) => s.slug)).toEqual([]);
	});
	test('agesByArea narrows the ages in one area only', () => {
		const nursing = service({
			slug: 'nursing',
			ages: { min: 0, max: 19, label: '0 to 19' },
			agesByArea: { leicestershire: { min: 0, max: 11, label: '0 to 11' } },
		});
		expect(servesAges(nursing, 15, 15, 'leicester')).toBe(true);
		expect(servesAges(nursing, 15, 15, 'leicestershire')).toBe(false);
		expect(servesAges(nursing, 9, 9, 'leicestershire')).toBe(true);
	});
});

test('an entry is due for review six months after it was last checked', () => {
	expect(reviewDueDate(service({ slug: 'x', lastChecked: '2026-05-23' }))).toBe('2026-11-23');
});

test('alphabetical groups by first letter, digits together', () => {
	const groups = alphabetical([
		service({ slug: 'b', name: 'Beta' }),
		service({ slug: 'a', name: 'alpha' }),
		service({ slug: 'n', name: '111 line' }),
	]);
	expect(groups.map(([letter, list]) => [letter, list.map((s) => s.slug)])).toEqual([
		['0-9', ['n']],
		['A', ['a']],
		['B', ['b']],
	]);
});
