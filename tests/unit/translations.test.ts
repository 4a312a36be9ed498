import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/integrations/content/load.ts';
import { knownPlaceholders, placeholderValues } from '../../src/lib/translations/crisis-values.ts';
import {
	fillPlaceholders,
	filledText,
	fullyChecked,
	stringState,
	stringsToCheck,
	translated,
	translationProblems,
} from '../../src/lib/translations/strings.ts';

const content = loadContent();
const { source, languages } = content.translations;
const problems = content.problems.filter(
	(problem) => problem.file.startsWith('content/languages/') || problem.file === 'content/translation-source.yaml',
);
const { crisisLines } = content;

describe('the language files in content/languages', () => {
	test('there are at least 8, each valid and with no problem', () => {
		expect(problems).toEqual([]);
		expect(languages.length).toBeGreaterThanOrEqual(8);
	});

	test('Urdu and Arabic are written right to left; the others left to right', () => {
		const rtl = languages.filter((language) => language.dir === 'rtl').map((language) => language.lang);
		expect(rtl.toSorted()).toEqual(['ar', 'ur']);
	});

	test('no translated string holds a digit outside a placeholder, in any script', () => {
		const withDigits = languages.flatMap((language) =>
			Object.entries(language.strings)
				.filter(([, entry]) => /\p{Nd}/u.test(entry.text.replace(/\{[a-zA-Z][a-zA-Z0-9]*\}/g, '')))
				.map(([key]) => `${language.file}: ${key}`),
		);
		expect(withDigits).toEqual([]);
	});

	test('every language translates every English string (none missing, none left over)', () => {
		for (const language of languages)
			expect(Object.keys(language.strings).toSorted(), language.file).toEqual(Object.keys(source).toSorted());
	});

	test('every placeholder in the English is one the pages fill in from the crisis lines', () => {
		const values = placeholderValues(crisisLines, 'Gujarati');
		for (const english of Object.values(source)) expect(() => filledText(english, values)).not.toThrow();
		expect(Object.keys(values).toSorted()).toEqual([...knownPlaceholders].toSorted());
	});
});

describe('a changed English sentence', () => {
	const language = languages.find((candidate) => candidate.lang === 'pl')!;
	const checkedEverywhere = {
		...language,
		strings: Object.fromEntries(
			Object.entries(language.strings).map(([key, entry]) => [
				key,
				{ ...entry, state: 'checked' as const, checkedBy: 'Polish-speaking nurse', checkedOn: '2026-12-01' },
			]),
		),
	};

	test('leaves a fully checked translation fully checked while the English stays the same', () => {
		expect(fullyChecked(source, checkedEverywhere)).toBe(true);
		expect(stringsToCheck(source, checkedEverywhere)).toEqual([]);
	});

	test('marks its translation as needing a new check, and the page shows the new English instead', () => {
		const changed = { ...source, urgent: 'Call {nhs111} and choose option {option}. It is free.' };
		expect(stringState(changed.urgent, checkedEverywhere.strings.urgent)).toBe('stale');
		expect(fullyChecked(changed, checkedEverywhere)).toBe(false);
		expect(stringsToCheck(changed, checkedEverywhere)).toEqual([
			'urgent: the English changed since it was translated: translate again and check',
		]);
		expect(translated(changed, checkedEverywhere, 'urgent')).toEqual({ text: changed.urgent, isEnglish: true });
	});

	test('draft strings are listed for the content review, and keep the page not fully checked', () => {
		expect(fullyChecked(source, language)).toBe(false);
		expect(stringsToCheck(source, language)).toHaveLength(Object.keys(source).length);
	});
});

describe('translationProblems', () => {
	const english = { urgent: 'Call {nhs111} and choose option {option}.' };
	const file = (text: string) => ({
		englishName: 'Polish',
		strings: { urgent: { en: english.urgent, text, state: 'draft' as const } },
	});

	test('finds a number typed into a translation, in Western or other digits', () => {
		expect(
			translationProblems(english, file('Zadzwoń pod 111 i wybierz opcję {option}. {nhs111}'), knownPlaceholders),
		).toContain('urgent: has a digit outside a placeholder; use a placeholder such as {nhs111}');
		expect(translationProblems(english, file('{nhs111} {option} ૧૧૧'), knownPlaceholders)).toHaveLength(1);
	});

	test('finds a placeholder left out, or one the English does not have', () => {
		expect(translationProblems(english, file('Zadzwoń pod {nhs111}.'), knownPlaceholders)).toEqual([
			'urgent: uses placeholders [nhs111] but the English has [nhs111,option]',
		]);
		expect(translationProblems(english, file('{nhs111} {option} {samaritans}'), knownPlaceholders)).toHaveLength(1);
	});

	test('accepts a faithful translation', () => {
		expect(
			translationProblems(english, file('Zadzwoń pod {nhs111} i wybierz opcję {option}.'), knownPlaceholders),
		).toEqual([]);
	});
});

describe('filling placeholders', () => {
	const values = placeholderValues(crisisLines, 'Somali');

	test('takes every number from the crisis lines, as a link', () => {
		const segments = fillPlaceholders('Wac {nhs111} oo dooro {option}.', values);
		expect(segments).toEqual([
			{ text: 'Wac ' },
			{ placeholder: 'nhs111', value: { text: '111', href: 'tel:111' } },
			{ text: ' oo dooro ' },
			{ placeholder: 'option', value: { text: '2' } },
			{ text: '.' },
		]);
		expect(filledText('Childline: {childline}, {childlineAge}', values)).toBe('Childline: 0800 1111, 19');
		expect(filledText('{languageInEnglish}', values)).toBe('Somali');
	});

	test('refuses a placeholder it has no value for, so no page shows a bare {name}', () => {
		expect(() => fillPlaceholders('{unknown}', values)).toThrow(/No value for the placeholder \{unknown\}/);
	});
});

describe('the content review', () => {
	test('lists every language with unchecked strings, each string and why', async () => {
		const { translationReport } = await import('../../src/lib/content/review.ts');
		const report = translationReport(source, languages);
		expect(report).toHaveLength(languages.length);
		const polish = report.find((item) => item.file === 'content/languages/polish.yaml')!;
		expect(polish.toCheck).toContain('urgent: draft, not yet checked by a fluent speaker');
		expect(polish.toCheck).toHaveLength(Object.keys(source).length);
	});
});

describe('the served font subsets (public/fonts, made by npm run fonts:subset)', () => {
	test("hold every character of today's strings, so no letter falls back to a box", async () => {
		const { readFileSync } = await import('node:fs');
		const { fontSubsetText } = await import('../../src/lib/translations/fonts.ts');
		const manifest = JSON.parse(readFileSync('public/fonts/subsets.json', 'utf8')) as Record<
			string,
			{ characters: string }
		>;
		const withFont = languages.filter((language) => language.font);
		expect(withFont.map((language) => language.lang).toSorted()).toEqual(['bn', 'gu', 'pa']);
		for (const language of withFont) {
			const have = new Set(manifest[language.font!]?.characters ?? '');
			const lacking = [...fontSubsetText(source, language)].filter((character) => !have.has(character));
			expect(lacking, `${language.font}: run npm run fonts:subset`).toEqual([]);
		}
	});
});
