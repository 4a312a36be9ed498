import { describe, expect, test } from 'vitest';
import { emptyPlan, isBlank, loadPlan, parsePlan, planAsText, removePlan, savePlan, storageKey, type PlanStorage } from '../../src/lib/safety-plan/plan.ts';

function memoryStorage(): PlanStorage & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (key) => data.get(key) ?? null,
		setItem: (key, value) => void data.set(key, value),
		removeItem: (key) => void data.delete(key),
	};
}

function failingStorage(name: string): PlanStorage {
	const error = Object.assign(new Error('no'), { name });
	return {
		getItem: () => {
			throw error;
		},
		setItem: () => {
			throw error;
		},
		removeItem: () => {
			throw error;
		},
	};
}

describe('the plan schema', () => {
	test('an empty plan is valid, blank, and has every list section', () => {
		const plan = emptyPlan(new Date('2026-11-23T10:00:00Z'));
		expect(parsePlan(plan)).toEqual(plan);
		expect(isBlank(plan)).toBe(true);
		expect(Object.keys(plan.lists).sort()).toEqual(['on-my-own', 'people-and-places', 'reasons', 'safer', 'warning-signs']);
	});
	test('rejects anything that is not a plan from this site', () => {
		for (const data of [null, 'text', 42, {}, { format: 'other', version: 2 }, { ...emptyPlan(), version: 9 }, { ...emptyPlan(), extra: true }, { ...emptyPlan(), people: [{ name: 1 }] }])
			expect(parsePlan(data)).toBeUndefined();
	});
	test('fills in a section missing from an older file', () => {
		const plan = emptyPlan();
		delete (plan.lists as Record<string, string[]>)['reasons'];
		expect(parsePlan(plan)?.lists['reasons']).toEqual(['']);
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
		expect(plan.people).toEqual([{ name: 'Mum', phone: '07700 900123' }, { name: 'Sam', phone: '' }]);
		expect(plan.updatedAt).toBe('2026-10-01T09:00:00.000Z');
	});
});

describe('storage', () => {
	test('saves and loads the same plan', () => {
		const storage = memoryStorage();
		const plan = { ...emptyPlan(), lists: { ...emptyPlan().lists, reasons: ['My children'] } };
		expect(savePlan(storage, plan)).toEqual({ status: 'saved' });
		expect(loadPlan(storage)).toEqual({ status: 'loaded', plan });
	});
	test('reports nothing saved, corrupted data, and blocked storage without throwing', () => {
		const storage = memoryStorage();
		expect(loadPlan(storage)).toEqual({ status: 'none' });
		storage.data.set(storageKey, '{not json');
		expect(loadPlan(storage)).toEqual({ status: 'corrupted' });
		storage.data.set(storageKey, JSON.stringify({ format: 'something-else' }));
		expect(loadPlan(storage)).toEqual({ status: 'corrupted' });
		expect(loadPlan(failingStorage('SecurityError'))).toEqual({ status: 'unavailable' });
		expect(loadPlan(undefined)).toEqual({ status: 'unavailable' });
	});
	test('a full store is reported as full, a blocked one as unavailable', () => {
		expect(savePlan(failingStorage('QuotaExceededError'), emptyPlan())).toEqual({ status: 'full' });
		expect(savePlan(failingStorage('SecurityError'), emptyPlan())).toEqual({ status: 'unavailable' });
	});
	test('remove deletes the plan', () => {
		const storage = memoryStorage();
		savePlan(storage, emptyPlan());
		expect(removePlan(storage)).toBe(true);
		expect(storage.data.size).toBe(0);
		expect(removePlan(failingStorage('SecurityError'))).toBe(false);
	});
});

test('the text version lists what was typed, in order, with the help numbers given', () => {
	const plan = emptyPlan();
	plan.lists['warning-signs'] = ['Not sleeping', ''];
	plan.people = [{ name: 'Mum', phone: '07700 900123' }];
	const text = planAsText(plan, ['Samaritans: 116 123']);
	expect(text).toContain('1. My warning signs and triggers\n- Not sleeping\n');
	expect(text).toContain('- Mum: 07700 900123');
	expect(text).toContain('- Samaritans: 116 123');
	expect(text.indexOf('warning signs')).toBeLessThan(text.indexOf('reasons for living'));
});
