/**
 * Numbers that must never be published (content/do-not-publish.yaml), found however they are written: spaced,
 * hyphenated, with +44 or 0044, split by slashes, dots, Markdown emphasis or a line break, with zero-width or
 * full-width characters, as HTML entities, URL-encoded, or in words ("oh one one six ...").
 * A reader's screen, a phone's dialler and a search engine all undo those disguises, so the check undoes them too.
 */
import type { DoNotPublish } from '../../schemas/do-not-publish.ts';

const digitWords: Record<string, string> = {
	zero: '0', oh: '0', o: '0', nought: '0', nil: '0',
	one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};
const digitWord = Object.keys(digitWords).join('|');
const repeatedDigitWord = new RegExp(`\\b(double|triple)[\\s-]+(${digitWord}|\\d)\\b`, 'gi');
const digitWordPattern = new RegExp(`\\b(${digitWord})\\b`, 'gi');
const anyDigitWord = new RegExp(`\\b(${digitWord})\\b`, 'i');

/** Decodes %XX escapes where they form valid UTF-8, and leaves anything malformed as it is. */
function urlDecoded(text: string): string {
	return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
		try {
			return decodeURIComponent(run);
		} catch {
			return run.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => (Number.parseInt(hex, 16) < 0x80 ? String.fromCharCode(Number.parseInt(hex, 16)) : ' '));
		}
	});
}

/** Decodes numeric HTML entities (&#48; &#x30;); a named one (&nbsp;) reads as a space. */
function entitiesDecoded(text: string): string {
	return text
		.replace(/&#x([0-9a-f]{1,6});?/gi, (_, hex: string) => String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff)))
		.replace(/&#(\d{1,7});?/g, (_, decimal: string) => String.fromCodePoint(Math.min(Number.parseInt(decimal, 10), 0x10ffff)))
		.replace(/&[a-z][a-z0-9]*;/gi, ' ');
}

/**
 * Text as a reader gets it, for finding numbers: escapes and entities decoded (twice, for double encoding),
 * Unicode folded (full-width and other compatibility digits become 0-9), invisible characters removed, digits
 * written as words turned into digits, and look-alike letters between digits ("3O60", "0l16") read as digits.
 */
export function foldedForNumbers(text: string): string {
	let folded = text;
	// Each step runs only when the text has what it undoes: built pages are long, and most hold none of it.
	for (let pass = 0; pass < 2 && /%[0-9a-f]{2}|&[#a-z]/i.test(folded); pass++) folded = entitiesDecoded(urlDecoded(folded));
	if (/[^\x00-\x7f]/.test(folded)) folded = folded.normalize('NFKC').replace(/\p{Cf}/gu, '');
	if (/double|triple/i.test(folded))
		folded = folded.replace(repeatedDigitWord, (_, times: string, word: string) => (digitWords[word.toLowerCase()] ?? word).repeat(times.toLowerCase() === 'double' ? 2 : 3));
	folded = folded.replace(digitWordPattern, (word: string) => digitWords[word.toLowerCase()]!);
	return /\d[oOlI|]\d/.test(folded) ? folded.replace(/(?<=\d)[oO](?=\d)/g, '0').replace(/(?<=\d)[lI|](?=\d)/g, '1') : folded;
}

/**
 * The text with everything between characters that is neither a letter nor a digit taken out: spaces, punctuation,
 * slashes, dashes and line breaks do not end a number for a reader, but letters do.
 */
function compacted(folded: string): string {
	return folded.replace(/[^\p{L}\d]+/gu, '');
}

/** False when text cannot hold a phone number in any disguise: few digits, and no escapes, entities or digit words. */
function mightHoldNumber(text: string): boolean {
	return (text.match(/\d/g)?.length ?? 0) >= 6 || /[%&]|[^\x00-\x7f]/.test(text) || anyDigitWord.test(text);
}

/** The number without its trunk 0 (the part every way of writing it shares, +44 and 0044 included). */
function nationalNumber(number: string): string {
	return number.replace(/\D/g, '').replace(/^0/, '');
}

/** The entries from the do-not-publish list that a piece of text contains, however they are written. */
export function forbiddenNumbersIn(text: string, forbidden: DoNotPublish): DoNotPublish {
	if (!mightHoldNumber(text)) return [];
	const folded = foldedForNumbers(text);
	// Every digit in order, letters and all taken out: a number missing from this is missing from the text.
	const allDigits = folded.replace(/\D+/g, '');
	const candidates = forbidden.filter((entry) => {
		const digits = nationalNumber(entry.number);
		return digits.length >= 6 && allDigits.includes(digits);
	});
	if (candidates.length === 0) return [];
	const compact = compacted(folded);
	return candidates.filter((entry) => compact.includes(nationalNumber(entry.number)));
}
