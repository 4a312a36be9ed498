/** Which characters a language's font subset must hold, and the family name the site gives it. */
import { translated, type LanguageStrings } from './strings.ts';

/** The font-family name of a served subset, kept apart from any installed font of the same name. */
export function fontFamily(font: string): string {
	return `${font} (site subset)`;
}

/**
 * Every character a language's page shows in its own strings and its name, sorted and without repeats. Placeholders
 * are filled with Western digits and Latin letters, which system fonts have, so they are left out.
 */
export function fontSubsetText(
	source: Record<string, string>,
	language: LanguageStrings & { nativeName: string },
): string {
	const texts = Object.keys(source).map((key) =>
		translated(source, language, key).text.replace(/\{[a-zA-Z][a-zA-Z0-9]*\}/g, ''),
	);
	const characters = new Set(
		[...`${language.nativeName}${texts.join('')}`].filter((character) => !/[\s]/.test(character)),
	);
	return [...characters].sort().join('');
}
