import { describe, expect, test } from 'vitest';
import {
	emptyPlan,
	isBlank,
	mergePlans,
	parsePlan,
	planAsText,
	planLimits,
	planSchema,
	planV1Schema,
	type Plan,
} from '../../src/lib/safety-plan/plan.ts';
import { planCrisisLines } from '../../src/lib/safety-plan/sections.ts';
import {
	withContact,
	withLine,
	withNewContact,
	withNewLine,
	withoutContact,
	withoutLine,
} from '../../src/lib/safety-plan/edit.ts';
import {
	catchUpDeletion,
	deleteEverywhere,
	deletedKey,
	deletionDoneKey,
	hiddenKey,
	hideOnExitKey,
	readHidden,
	keepUnreadable,
	openSavedPlan,
	readArea,
	removeEverything,
	removePlan,
	removeUnreadable,
	savePlan,
	storageKey,
	unreadableKey,
	type PlanStorage,
} from '../../src/lib/safety-plan/store.ts';

type MemoryStorage = PlanStorage & { data: Map<string, string> };

function memoryStorage(entries: Record<string, string> = {}, quota = Infinity): MemoryStorage {
	const data = new Map(Object.entries(entries));
	const used = () => [...data].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
	return {
		data,
		getItem: (key: string) => data.get(key) ?? null,
		setItem: (key: string, value: string) => {
			if (used() - (data.get(key)?.length ?? 0) + value.length > quota)
				throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
			data.set(key, value);
		},
		removeItem: (key: string) => void data.delete(key),
	};
}

function failingStorage(name: string): PlanStorage {
	const fail = () => {
		throw Object.assign(new Error('no'), { name });
	};
	return { getItem: fail, setItem: fail, removeItem: fail };
}

function planWith(change: (plan: Plan) => void): Plan {
	const plan = emptyPlan(new Date('2026-11-23T10:00:00Z'));
	change(plan);
	return plan;
}

describe('the plan format', () => {
	test('an empty plan is valid, blank, and has every list section', () => {
		const plan = emptyPlan(new Date('2026-11-23T10:00:00Z'));
		expect(parsePlan(plan)).toEqual(plan);
		expect(isBlank(plan)).toBe(true);
		expect(Object.keys(plan.lists).sort()).toEqual([
			'on-my-own',
			'people-and-places',
			'reasons',
			'safer',
			'warning-signs',
		]);
	});
	test('rejects anything that is not a plan from this site', () => {
		for (const data of [
			null,
			'text',
			42,
			[],
			{},
			{ format: 'other', version: 2 },
			{ ...emptyPlan(), version: 9 },
			{ ...emptyPlan(), extra: true },
			{ ...emptyPlan(), people: [{ name: 1 }] },
		])
			expect(parsePlan(data)).toBeUndefined();
	});
	test('fills in a section missing from an older file', () => {
		const plan = emptyPlan();
		delete plan.lists['reasons'];
		expect(parsePlan(plan)?.lists['reasons']).toEqual(['']);
	});
	test('holds what a person may write: a 5,000-character entry, 200 lines and a 500-character name', () => {
		const plan = planWith((p) => {
			p.lists['warning-signs'] = ['x'.repeat(5_000)];
			p.lists['reasons'] = Array.from({ length: 200 }, (_, i) => `Reason ${i + 1}`);
			p.people = [{ name: 'n'.repeat(500), phone: '07700 900123' }];
		});
		expect(parsePlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
	});
	test('holds everything up to the limits the editor sets, and nothing beyond them', () => {
		const full = planWith((p) => {
			p.lists['warning-signs'] = Array.from({ length: planLimits.lines }, () => 'a'.repeat(planLimits.lineLength));
			p.people = Array.from({ length: planLimits.contacts }, () => ({
				name: 'n'.repeat(planLimits.nameLength),
				phone: '1'.repeat(planLimits.phoneLength),
			}));
		});
		expect(parsePlan(full)).toEqual(full);
		expect(parsePlan(planWith((p) => (p.lists['safer'] = ['a'.repeat(planLimits.lineLength + 1)])))).toBeUndefined();
		expect(
			parsePlan(planWith((p) => (p.lists['safer'] = Array.from({ length: planLimits.lines + 1 }, () => '')))),
		).toBeUndefined();
		expect(
			parsePlan(planWith((p) => (p.people = [{ name: 'n'.repeat(planLimits.nameLength + 1), phone: '' }]))),
		).toBeUndefined();
	});
});

describe('the saved format (the one schema the editor and the tests use) accepts a plan and refuses anything else', () => {
	const valid = planWith((p) => {
		p.lists['warning-signs'] = ['Not sleeping', ''];
		p.people = [{ name: 'Mum', phone: '07700 900123' }];
	});
	/** At the limit and one over it, in a character that takes two bytes. */
	const edge = (max: number) => [max, max + 1].map((n) => 'é'.repeat(n));
	const accepted: unknown[] = [
		valid,
		{ ...valid, lists: { anything: ['x'] } },
		{ ...valid, lists: { safer: ['é'.repeat(planLimits.lineLength)] } },
		{ ...valid, lists: { safer: Array.from({ length: planLimits.lines }, () => '') } },
		{ ...valid, people: [{ name: 'é'.repeat(planLimits.nameLength), phone: '' }] },
		{ ...valid, professionals: [{ name: '', phone: 'é'.repeat(planLimits.phoneLength) }] },
		{ ...valid, people: Array.from({ length: planLimits.contacts }, () => ({ name: '', phone: '' })) },
		{ ...valid, updatedAt: 'é'.repeat(planLimits.updatedAtLength) },
	];
	const refused: unknown[] = [
		null,
		undefined,
		0,
		'plan',
		[],
		[valid],
		{},
		...(['format', 'version', 'lists', 'people', 'professionals', 'updatedAt'] as const).flatMap((key) => [
			{ ...valid, [key]: undefined },
			Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key)),
			{ ...valid, [key]: null },
			{ ...valid, [key]: 5 },
			...(key === 'updatedAt' ? [] : [{ ...valid, [key]: 'text' }]),
			{ ...valid, [key]: key === 'lists' ? [] : {} },
		]),
		{ ...valid, format: 'LLR-SAFETY-PLAN' },
		{ ...valid, version: '2' },
		{ ...valid, version: 1 },
		{ ...valid, extra: 1 },
		{ ...valid, lists: { 'warning-signs': 'one block' } },
		{ ...valid, lists: { 'warning-signs': [1] } },
		{ ...valid, lists: { 'warning-signs': [null] } },
		{ ...valid, lists: { 'warning-signs': [['nested']] } },
		{ ...valid, lists: { safer: [edge(planLimits.lineLength)[1]] } },
		{ ...valid, lists: { safer: Array.from({ length: planLimits.lines + 1 }, () => '') } },
		{ ...valid, people: [{ name: edge(planLimits.nameLength)[1], phone: '' }] },
		{ ...valid, professionals: [{ name: '', phone: edge(planLimits.phoneLength)[1] }] },
		{ ...valid, people: Array.from({ length: planLimits.contacts + 1 }, () => ({ name: '', phone: '' })) },
		{ ...valid, updatedAt: edge(planLimits.updatedAtLength)[1] },
		{ ...valid, people: [{ name: 'Mum' }] },
		{ ...valid, people: [{ name: 'Mum', phone: '1', email: 'x' }] },
		{ ...valid, people: [{ name: 'Mum', phone: 1 }] },
		{ ...valid, people: ['Mum'] },
		{ ...valid, people: [null] },
	];
	const v1 = {
		format: 'llr-safety-plan',
		version: 1,
		sections: { reasons: 'My dog' },
		updatedAt: '2026-10-01T09:00:00.000Z',
	};
	const v1Accepted: unknown[] = [
		v1,
		{ ...v1, updatedAt: undefined },
		Object.fromEntries(Object.entries(v1).filter(([k]) => k !== 'updatedAt')),
		{ ...v1, sections: { reasons: 'é'.repeat(planLimits.v1SectionLength) } },
	];
	const v1Refused: unknown[] = [
		{ ...v1, updatedAt: 5 },
		{ ...v1, sections: [] },
		{ ...v1, sections: { reasons: 5 } },
		{ ...v1, sections: { reasons: ['My dog'] } },
		{ ...v1, sections: { reasons: edge(planLimits.v1SectionLength)[1] } },
		{ ...v1, extra: true },
		{ ...v1, version: 2 },
		{ ...v1, format: 'other' },
	];

	test('the current format', () => {
		expect(accepted.filter((data) => !planSchema.safeParse(data).success)).toEqual([]);
		expect(refused.filter((data) => planSchema.safeParse(data).success)).toEqual([]);
	});
	test('the older format (version 1)', () => {
		expect(v1Accepted.filter((data) => !planV1Schema.safeParse(data).success)).toEqual([]);
		expect([...v1Refused, ...accepted, ...refused].filter((data) => planV1Schema.safeParse(data).success)).toEqual([]);
	});
	test('parsePlan reads both and refuses the rest; a key named __proto__ cannot change what a plan is', () => {
		for (const data of [...accepted, ...v1Accepted]) expect(parsePlan(data)).toBeDefined();
		for (const data of [...refused, ...v1Refused]) expect(parsePlan(data)).toBeUndefined();
		const hostile = parsePlan(
			JSON.parse(
				`{"format":"llr-safety-plan","version":2,"lists":{"__proto__":["x"]},"people":[],"professionals":[],"updatedAt":""}`,
			),
		);
		expect(Object.getPrototypeOf(hostile?.lists)).toBe(Object.prototype);
	});
});

describe('migrating the older saved format (version 1: one block of text per section)', () => {
	test('splits lines into lists and names and numbers into contacts', () => {
		const v1 = {
			format: 'llr-safety-plan',
			version: 1,
			updatedAt: '2026-10-01T09:00:00.000Z',
			sections: {
				'warning-signs': 'Not sleeping\n\nStaying in my room',
				'people-to-ask': 'Mum 07700 900123\nSam',
				reasons: 'My dog',
			},
		};
		const plan = parsePlan(v1)!;
		expect(plan.version).toBe(2);
		expect(plan.lists['warning-signs']).toEqual(['Not sleeping', 'Staying in my room']);
		expect(plan.lists['reasons']).toEqual(['My dog']);
		expect(plan.lists['safer']).toEqual(['']);
		expect(plan.people).toEqual([
			{ name: 'Mum', phone: '07700 900123' },
			{ name: 'Sam', phone: '' },
		]);
		expect(plan.updatedAt).toBe('2026-10-01T09:00:00.000Z');
	});
	test('a date that is not a date does not stop the plan opening', () => {
		expect(
			parsePlan({ format: 'llr-safety-plan', version: 1, sections: { reasons: 'My dog' }, updatedAt: 'last week' })
				?.lists['reasons'],
		).toEqual(['My dog']);
	});
});

describe('saving on the device', () => {
	test('saves and loads the same plan', () => {
		const storage = memoryStorage();
		const plan = planWith((p) => (p.lists['reasons'] = ['My children']));
		const saved = savePlan(storage, plan, null);
		expect(saved).toEqual({ status: 'saved', raw: JSON.stringify(plan) });
		expect(readArea(storage)).toEqual({ status: 'loaded', plan, raw: JSON.stringify(plan) });
	});
	test('never writes over a change it has not seen (another tab saved or deleted the plan)', () => {
		const storage = memoryStorage();
		const mine = savePlan(
			storage,
			planWith((p) => (p.lists['reasons'] = ['Mine'])),
			null,
		);
		const theirs = JSON.stringify(planWith((p) => (p.lists['reasons'] = ['Theirs'])));
		storage.data.set(storageKey, theirs);
		expect(savePlan(storage, emptyPlan(), mine.status === 'saved' ? mine.raw : null)).toEqual({
			status: 'changed',
			current: theirs,
		});
		expect(storage.data.get(storageKey)).toBe(theirs);
		storage.data.delete(storageKey);
		expect(savePlan(storage, emptyPlan(), theirs)).toEqual({ status: 'changed', current: null });
		expect(storage.data.size).toBe(0);
	});
	test('reports nothing saved, unreadable data, and blocked storage without throwing', () => {
		const storage = memoryStorage();
		expect(readArea(storage)).toEqual({ status: 'none' });
		storage.data.set(storageKey, '{not json');
		expect(readArea(storage)).toEqual({ status: 'unreadable', raw: '{not json' });
		storage.data.set(storageKey, JSON.stringify({ format: 'something-else' }));
		expect(readArea(storage).status).toBe('unreadable');
		expect(readArea(failingStorage('SecurityError'))).toEqual({ status: 'unavailable' });
		expect(readArea(undefined)).toEqual({ status: 'unavailable' });
	});
	test('a full store is reported as full, a blocked one as unavailable', () => {
		expect(savePlan(failingStorage('QuotaExceededError'), emptyPlan(), null)).toEqual({ status: 'full' });
		expect(savePlan(memoryStorage({}, 100), emptyPlan(), null)).toEqual({ status: 'full' });
		expect(savePlan(failingStorage('SecurityError'), emptyPlan(), null)).toEqual({ status: 'unavailable' });
		expect(savePlan(undefined, emptyPlan(), null)).toEqual({ status: 'unavailable' });
	});
	test('remove deletes the plan, and everything also deletes a plan that could not be read', () => {
		const storage = memoryStorage({ [unreadableKey]: '{' });
		savePlan(storage, emptyPlan(), null);
		expect(removePlan(storage)).toBe(true);
		expect([...storage.data.keys()]).toEqual([unreadableKey]);
		expect(removeEverything(storage)).toBe(true);
		expect(storage.data.size).toBe(0);
		expect(removePlan(failingStorage('SecurityError'))).toBe(false);
	});
});

describe('a saved plan that cannot be read', () => {
	test('is moved aside exactly as it was, so the plan can be saved again without writing over it', () => {
		const storage = memoryStorage({ [storageKey]: '{"format": "llr-safety-plan", "lists": 5' });
		expect(keepUnreadable(storage, storage.data.get(storageKey)!)).toBe(true);
		expect(storage.data.get(unreadableKey)).toBe('{"format": "llr-safety-plan", "lists": 5');
		expect(storage.data.has(storageKey)).toBe(false);
	});
	test('stays where it is if it cannot be kept safely (already keeping a different one, or the store is full)', () => {
		const twice = memoryStorage({ [storageKey]: 'second', [unreadableKey]: 'first' });
		expect(keepUnreadable(twice, 'second')).toBe(false);
		expect(Object.fromEntries(twice.data)).toEqual({ [storageKey]: 'second', [unreadableKey]: 'first' });
		const full = memoryStorage({ [storageKey]: 'x'.repeat(50) }, 60);
		expect(keepUnreadable(full, 'x'.repeat(50))).toBe(false);
		expect(full.data.get(storageKey)).toBe('x'.repeat(50));
	});
	test('is offered when the page opens, and held where it is if it could not be moved', () => {
		const session = memoryStorage({ [storageKey]: 'not a plan' });
		const opened = openSavedPlan({ session, device: memoryStorage() });
		expect(opened.unreadable).toEqual([{ area: 'session', raw: 'not a plan', held: false }]);
		expect(opened).toMatchObject({ area: 'session', synced: null });
		expect(openSavedPlan({ session, device: memoryStorage() }).unreadable).toEqual([
			{ area: 'session', raw: 'not a plan', held: false },
		]);

		const device = memoryStorage({ [storageKey]: 'second', [unreadableKey]: 'first' });
		const stuck = openSavedPlan({ session: memoryStorage(), device });
		expect(stuck).toMatchObject({ area: 'device', synced: 'second' });
		expect(stuck.unreadable).toEqual([
			{ area: 'device', raw: 'second', held: true },
			{ area: 'device', raw: 'first', held: false },
		]);
		expect(removeUnreadable(device, 'second')).toBe(true);
		expect(Object.fromEntries(device.data)).toEqual({ [unreadableKey]: 'first' });
	});
});

describe('opening the saved plan when the page starts', () => {
	const saved = (words: string) => JSON.stringify(planWith((p) => (p.lists['reasons'] = [words])));
	test("this tab's own plan comes first, then the plan kept on the device, then a new plan", () => {
		expect(
			openSavedPlan({
				session: memoryStorage({ [storageKey]: saved('Tab') }),
				device: memoryStorage({ [storageKey]: saved('Device') }),
			}),
		).toMatchObject({ area: 'session', synced: saved('Tab') });
		const device = openSavedPlan({
			session: memoryStorage(),
			device: memoryStorage({ [storageKey]: saved('Device') }),
		});
		expect(device).toMatchObject({ area: 'device', synced: saved('Device'), blocked: false });
		expect(device.plan.lists['reasons']).toEqual(['Device']);
		expect(openSavedPlan({ session: memoryStorage(), device: memoryStorage() })).toMatchObject({
			area: 'session',
			synced: null,
			unreadable: [],
		});
	});
	test('a plan that was kept on the device stays there, even if it could not be read', () => {
		expect(openSavedPlan({ session: memoryStorage(), device: memoryStorage({ [storageKey]: '{' }) })).toMatchObject({
			area: 'device',
			synced: null,
		});
		// Opened again after it was moved aside, before anything new was typed: still the device.
		const device = memoryStorage({ [storageKey]: '{' });
		openSavedPlan({ session: memoryStorage(), device });
		expect(openSavedPlan({ session: memoryStorage(), device })).toMatchObject({
			area: 'device',
			synced: null,
			unreadable: [{ area: 'device', raw: '{', held: false }],
		});
		expect(openSavedPlan({ session: memoryStorage(), device: memoryStorage({ [unreadableKey]: '{' }) }).area).toBe(
			'device',
		);
	});
	test('nothing can be saved when both stores are blocked', () => {
		expect(openSavedPlan({ session: failingStorage('SecurityError'), device: undefined })).toMatchObject({
			blocked: true,
			area: 'session',
		});
	});
	test('after Exit this page, a plan kept in this tab is hidden, unless the person chose otherwise', () => {
		const tab = () => memoryStorage({ [storageKey]: saved('Tab') });
		expect(openSavedPlan({ session: tab(), device: memoryStorage() }, { exitUsed: true }).hidden).toBe(true);
		expect(openSavedPlan({ session: tab(), device: memoryStorage() }, { exitUsed: false }).hidden).toBe(false);
		const choseToShow = tab();
		choseToShow.setItem(hideOnExitKey, 'no');
		expect(openSavedPlan({ session: choseToShow, device: memoryStorage() }, { exitUsed: true }).hidden).toBe(false);
		expect(
			openSavedPlan(
				{ session: memoryStorage({ [storageKey]: JSON.stringify(emptyPlan()) }), device: memoryStorage() },
				{ exitUsed: true },
			).hidden,
		).toBe(false);
		expect(
			openSavedPlan(
				{ session: memoryStorage(), device: memoryStorage({ [storageKey]: saved('Device') }) },
				{ exitUsed: true },
			).hidden,
		).toBe(false);
	});
	test('a hidden plan is set aside, not shown and not deleted, and the page opens as a new plan', () => {
		const session = memoryStorage({ [storageKey]: saved('Tab') });
		const opened = openSavedPlan({ session, device: memoryStorage() }, { exitUsed: true });
		expect(opened).toMatchObject({ area: 'session', synced: null, hidden: true });
		expect(isBlank(opened.plan)).toBe(true);
		expect(session.getItem(storageKey)).toBeNull();
		expect(readHidden(session)?.lists['reasons']).toEqual(['Tab']);
		// Words typed after coming back, then Exit again: both are set aside together.
		session.setItem(storageKey, saved('Later'));
		openSavedPlan({ session, device: memoryStorage() }, { exitUsed: true });
		expect(readHidden(session)?.lists['reasons']).toEqual(['Tab', 'Later']);
	});
});

describe('deleting reaches every tab', () => {
	const saved = JSON.stringify(planWith((p) => (p.lists['reasons'] = ['Private'])));
	test('deleting removes every copy in this tab and on the device, and leaves a mark with no words in it', () => {
		const session = memoryStorage({ [storageKey]: saved, [hiddenKey]: saved, [unreadableKey]: '{' });
		const device = memoryStorage({ [storageKey]: saved });
		expect(deleteEverywhere({ session, device }, new Date('2026-12-07T18:00:00Z'))).toBe(true);
		expect([...session.data.keys()]).toEqual([deletionDoneKey]);
		expect(Object.fromEntries(device.data)).toEqual({ [deletedKey]: '2026-12-07T18:00:00.000Z' });
	});
	test('a duplicated tab deletes its own copy the next time it opens the plan, once', () => {
		const first = memoryStorage({ [storageKey]: saved });
		const device = memoryStorage();
		const duplicate = memoryStorage(Object.fromEntries(first.data));
		deleteEverywhere({ session: first, device });
		const opened = openSavedPlan({ session: duplicate, device });
		expect(opened.deletedElsewhere).toBe(true);
		expect(isBlank(opened.plan)).toBe(true);
		expect(duplicate.getItem(storageKey)).toBeNull();
		// What the duplicated tab saves after that is its own: the same deletion does not remove it again.
		duplicate.setItem(storageKey, saved);
		expect(catchUpDeletion({ session: duplicate, device })).toBe(false);
		expect(duplicate.getItem(storageKey)).toBe(saved);
		// A tab opened after the deletion had nothing to delete.
		expect(openSavedPlan({ session: memoryStorage(), device }).deletedElsewhere).toBe(false);
	});
});

describe('editing a plan', () => {
	const plan = planWith((p) => (p.lists['reasons'] = ['One', 'Two']));
	test('lines are changed, added and removed, and a section always keeps one line to type into', () => {
		expect(withLine(plan, 'reasons', 1, 'Second').lists['reasons']).toEqual(['One', 'Second']);
		expect(withNewLine(plan, 'reasons').lists['reasons']).toEqual(['One', 'Two', '']);
		expect(withoutLine(plan, 'reasons', 0).lists['reasons']).toEqual(['Two']);
		expect(withoutLine(withoutLine(plan, 'reasons', 0), 'reasons', 0).lists['reasons']).toEqual(['']);
		expect(plan.lists['reasons']).toEqual(['One', 'Two']);
	});
	test('people are changed, added and removed, and a section always keeps one person to fill in', () => {
		const withMum = withContact(plan, 'people', 0, 'name', 'Mum');
		expect(withMum.people).toEqual([{ name: 'Mum', phone: '' }]);
		expect(withNewContact(withMum, 'people').people).toEqual([
			{ name: 'Mum', phone: '' },
			{ name: '', phone: '' },
		]);
		expect(withoutContact(withMum, 'people', 0).people).toEqual([{ name: '', phone: '' }]);
		expect(withMum.professionals).toEqual(plan.professionals);
	});
});

test('words typed before the page was ready are added to the saved plan, not lost', () => {
	const savedPlan = planWith((p) => {
		p.lists['reasons'] = ['My dog', ''];
		p.people = [{ name: 'Mum', phone: '1' }];
	});
	const typed = planWith((p) => {
		p.lists['reasons'] = ['My cat'];
		p.people = [{ name: 'Sam', phone: '' }];
	});
	const merged = mergePlans(savedPlan, typed);
	expect(merged.lists['reasons']).toEqual(['My dog', 'My cat']);
	expect(merged.lists['safer']).toEqual(['']);
	expect(merged.people).toEqual([
		{ name: 'Mum', phone: '1' },
		{ name: 'Sam', phone: '' },
	]);
	expect(merged.professionals).toEqual(savedPlan.professionals);
});

test('the text version lists what was typed, in order, with the printed numbers after the professionals', () => {
	const plan = emptyPlan();
	plan.lists['warning-signs'] = ['Not sleeping', ''];
	plan.people = [{ name: 'Mum', phone: '07700 900123' }];
	const text = planAsText(plan, ['Samaritans: 116 123']);
	expect(text).toContain('1. My warning signs and triggers\n- Not sleeping\n');
	expect(text).toContain('- Mum: 07700 900123');
	expect(text.indexOf('- Samaritans: 116 123')).toBeGreaterThan(text.indexOf('Professionals and services'));
	expect(text.indexOf('- Samaritans: 116 123')).toBeLessThan(text.indexOf('Making my situation safer'));
	expect(text.indexOf('warning signs')).toBeLessThan(text.indexOf('reasons for living'));
});

test('the printed numbers are picked from the crisis lines in the plan’s order', () => {
	const lines = ['childline', 'emergency', 'samaritans', 'central-access-point', 'shout', 'nhs-111-option-2'].map(
		(id) => ({ id }),
	);
	expect(planCrisisLines(lines).map((line) => line.id)).toEqual([
		'nhs-111-option-2',
		'central-access-point',
		'samaritans',
		'shout',
		'emergency',
	]);
});
