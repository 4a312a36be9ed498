import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/integrations/content/load.ts';
import { crisisMatcher } from '../../src/lib/search/crisis.ts';
import { foldText, stem, withinSlips } from '../../src/lib/search/normalise.ts';
import { isEmpty, maxQueryLength, readRawQuery, readState, writeState } from '../../src/lib/search/state.ts';

const looksLikeCrisis = crisisMatcher(loadContent().crisisTerms);

describe('the crisis word lists (crisisMatcher) with the content vocabulary', () => {
	test.each([
		'suicidal',
		'Suicide',
		'i feel suicidal',
		'suicidle thoughts',
		'sucidal',
		'suisidal',
		'kill myself',
		'I want to kill myself',
		'killmyself',
		'want to die',
		'i wanna die',
		'I just want to be dead',
		'overdose',
		'took an overdose',
		'over dose',
		"can't go on",
		'cant go on anymore',
		'I want to end it all',
		'end my life',
		'better off dead',
		"don't want to be here",
		'self harm',
		'self-harming',
		'selfharm',
		'hurting myself',
		'no reason to live',
		'SUICIDAL!!!',
		'thinking of taking my own life',
	])('"%s" shows crisis help', (query) => {
		expect(looksLikeCrisis(query)).toBe(true);
	});

	test.each([
		'anxiety',
		'grief',
		'vaping',
		'memory clinic',
		'autism assessment',
		'pregnant',
		'counselling',
		'school',
		'sleep',
		'odd thoughts',
		'',
	])('"%s" does not', (query) => {
		expect(looksLikeCrisis(query)).toBe(false);
	});
});

describe('folding, stems and slips', () => {
	test('drops apostrophes and punctuation, lowercases, collapses spaces', () => {
		expect(foldText('  Can’t   GO-on!! ')).toBe('cant go on');
		expect(foldText('<script>alert(1)</script>')).toBe('script alert 1 script');
	});
	test('folds look-alike letters, invisible characters, full-width letters and long runs of one letter', () => {
		expect(foldText('su\u0456cide')).toBe('suicide');
		expect(foldText('ѕυісіdе')).toBe('suicide');
		expect(foldText('sui\u200Bci\u00ADde\uFEFF')).toBe('suicide');
		expect(foldText('ＳＵＩＣＩＤＥ')).toBe('suicide');
		expect(foldText('killlll')).toBe('kill');
		expect(foldText('su1c1de', { digitsAsLetters: true })).toBe('suicide');
		expect(foldText('LE4')).toBe('le4');
	});
	test('stems endings away', () => {
		for (const [a, b] of [
			['end', 'ending'],
			['end', 'ended'],
			['tablet', 'tablets'],
			['cut', 'cutting'],
			['jump', 'jumped'],
			['die', 'dying'],
			['swallow', 'swallowed'],
		])
			expect(stem(a!), `${a} ${b}`).toBe(stem(b!));
		expect(stem('died')).not.toBe(stem('die'));
	});
	test('counts a swap of neighbouring letters as one slip', () => {
		for (const [a, b] of [
			['suicidal', 'suicidla'],
			['suicidal', 'sucidal'],
			['overdose', 'ovredose'],
		]) {
			expect(withinSlips(a!, b!, 1), `${a} ${b}`).toBe(true);
			expect(withinSlips(a!, b!, 0), `${a} ${b}`).toBe(false);
		}
	});
});

describe('search state in the URL', () => {
	test('reads the query and repeated filters, ignoring unknown keys', () => {
		expect(readState('?q=grief&topic=Grief+and+bereavement&area=Rutland&area=Leicester+city&colour=red')).toEqual({
			query: 'grief',
			filters: { topic: ['Grief and bereavement'], age: [], area: ['Rutland', 'Leicester city'], access: [], help: [] },
		});
	});
	test('round-trips through writeState in a stable order', () => {
		const state = readState('?area=Rutland&q=low+mood&area=Leicester+city');
		expect(writeState(state)).toBe('?q=low+mood&area=Leicester+city&area=Rutland');
		expect(readState(writeState(state))).toEqual({
			...state,
			filters: { ...state.filters, area: ['Leicester city', 'Rutland'] },
		});
	});
	test('cuts very long queries for the index, but keeps the whole query for crisis detection', () => {
		expect(readState(`?q=${'a'.repeat(5000)}`).query).toHaveLength(maxQueryLength);
		const long = `${'a '.repeat(150)}suicide`;
		expect(readState(`?q=${encodeURIComponent(long)}`).query).not.toContain('suicide');
		expect(readRawQuery(`?q=${encodeURIComponent(long)}`)).toContain('suicide');
		expect(looksLikeCrisis(readRawQuery(`?q=${encodeURIComponent(long)}`))).toBe(true);
	});
	test('an empty state asks nothing', () => {
		expect(isEmpty(readState(''))).toBe(true);
		expect(isEmpty(readState('?help=Self-help'))).toBe(false);
	});
});
