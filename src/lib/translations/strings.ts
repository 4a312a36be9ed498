/**
 * The rules for translated strings: which need a (new) check by a fluent speaker, what is wrong with a string,
 * and how a string's placeholders are filled with numbers from the crisis lines.
 */

/** What a translation needs to know about one translated string. */
export type TranslatedEntry = {
	en: string;
	text: string;
	state: 'draft' | 'checked';
	checkedBy?: string;
	checkedOn?: string;
};
export type LanguageStrings = { englishName: string; strings: Record<string, TranslatedEntry> };

/**
 * checked: a fluent speaker confirmed it against today's English. draft: written here, not yet checked.
 * stale: the English changed after it was translated, so it needs a new translation and check. missing: no translation.
 */
export type StringState = 'checked' | 'draft' | 'stale' | 'missing';

export function stringState(english: string, entry: TranslatedEntry | undefined): StringState {
	if (!entry) return 'missing';
	if (entry.en !== english) return 'stale';
	return entry.state;
}

/** Every English key with its translation's state, in the English file's order. */
export function stringStates(
	source: Record<string, string>,
	language: LanguageStrings,
): { key: string; state: StringState }[] {
	return Object.entries(source).map(([key, english]) => ({ key, state: stringState(english, language.strings[key]) }));
}

/** True only when every string is checked against the current English: then the page needs no "waiting" notice. */
export function fullyChecked(source: Record<string, string>, language: LanguageStrings): boolean {
	return stringStates(source, language).every(({ state }) => state === 'checked');
}

/** The strings a fluent speaker still has to check, with why, for the content review. */
export function stringsToCheck(source: Record<string, string>, language: LanguageStrings): string[] {
	const why: Record<Exclude<StringState, 'checked'>, string> = {
		draft: 'draft, not yet checked by a fluent speaker',
		stale: 'the English changed since it was translated: translate again and check',
		missing: 'not translated yet (the page shows the English)',
	};
	return stringStates(source, language)
		.filter(({ state }) => state !== 'checked')
		.map(({ key, state }) => `${key}: ${why[state as Exclude<StringState, 'checked'>]}`);
}

const placeholderPattern = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/** The placeholders a string uses, e.g. ["nhs111", "option"]. */
export function placeholdersIn(text: string): string[] {
	return [...text.matchAll(placeholderPattern)].map((match) => match[1]!);
}

/** Any digit, in any script (Western, Arabic-Indic, Gujarati, Gurmukhi, Bengali ...). */
const anyDigit = /\p{Nd}/u;

/**
 * What is wrong with a language file: a digit typed into a translation (numbers come only from placeholders), a
 * placeholder the English does not have (or one it has, left out), or a string for a key the English has no more.
 */
export function translationProblems(
	source: Record<string, string>,
	language: LanguageStrings,
	known: readonly string[],
): string[] {
	const problems: string[] = [];
	for (const [key, entry] of Object.entries(language.strings)) {
		if (!(key in source)) problems.push(`${key}: the English source has no such string`);
		if (anyDigit.test(entry.text.replace(placeholderPattern, '')))
			problems.push(`${key}: has a digit outside a placeholder; use a placeholder such as {nhs111}`);
		const wanted = placeholdersIn(source[key] ?? entry.en)
			.toSorted()
			.join();
		const used = placeholdersIn(entry.text).toSorted().join();
		if (wanted !== used) problems.push(`${key}: uses placeholders [${used}] but the English has [${wanted}]`);
		for (const name of placeholdersIn(entry.text))
			if (!known.includes(name)) problems.push(`${key}: {${name}} is not a placeholder the pages fill in`);
	}
	return problems;
}

/** A piece of a filled-in string: text, or a value (a number to link, or a word such as SHOUT). */
export type Segment = { text: string } | { placeholder: string; value: PlaceholderValue };
export type PlaceholderValue = { text: string; href?: string };

/** Splits a string at its placeholders and fills each in; throws on a placeholder with no value, so no page shows "{x}". */
export function fillPlaceholders(text: string, values: Record<string, PlaceholderValue>): Segment[] {
	const segments: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(placeholderPattern)) {
		if (match.index > last) segments.push({ text: text.slice(last, match.index) });
		const name = match[1]!;
		const value = values[name];
		if (!value) throw new Error(`No value for the placeholder {${name}} in "${text}"`);
		segments.push({ placeholder: name, value });
		last = match.index + match[0].length;
	}
	if (last < text.length) segments.push({ text: text.slice(last) });
	return segments;
}

/** The text of a filled-in string, as a reader sees it. */
export function filledText(text: string, values: Record<string, PlaceholderValue>): string {
	return fillPlaceholders(text, values)
		.map((segment) => ('text' in segment ? segment.text : segment.value.text))
		.join('');
}

/** The translation of a key, or the English where there is none yet (so a page is never missing a line). */
export function translated(
	source: Record<string, string>,
	language: LanguageStrings,
	key: string,
): { text: string; isEnglish: boolean } {
	const english = source[key];
	if (english === undefined) throw new Error(`content/translation-source.yaml has no string "${key}"`);
	const entry = language.strings[key];
	if (!entry || entry.en !== english) return { text: english, isEnglish: true };
	return { text: entry.text, isEnglish: false };
}
