/**
 * Text folding shared by query understanding and crisis detection. Pure: no DOM, no Astro.
 * Folding makes look-alike text the same text: case, accents, apostrophes, invisible characters and letters from
 * other alphabets that look like Latin ones (a Cyrillic "і" in "suіcide") all fold away.
 */

/** Characters that take no space on screen: zero-width spaces and joiners, soft hyphens, direction marks, BOMs. */
const invisible =
	/[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;

/** Letters from other alphabets that look like Latin letters (lower case; the text is lower-cased first). */
const lookAlikes: Record<string, string> = {
	// Cyrillic
	а: 'a',
	б: 'b',
	в: 'b',
	г: 'r',
	д: 'd',
	е: 'e',
	ё: 'e',
	з: '3',
	и: 'u',
	й: 'u',
	к: 'k',
	л: 'n',
	м: 'm',
	н: 'h',
	о: 'o',
	п: 'n',
	р: 'p',
	с: 'c',
	т: 't',
	у: 'y',
	ф: 'f',
	х: 'x',
	ц: 'u',
	ч: '4',
	ш: 'w',
	щ: 'w',
	ъ: 'b',
	ы: 'bl',
	ь: 'b',
	э: 'e',
	ю: 'io',
	я: 'r',
	і: 'i',
	ї: 'i',
	ј: 'j',
	ѕ: 's',
	ԁ: 'd',
	ӏ: 'l',
	һ: 'h',
	ԛ: 'q',
	ԝ: 'w',
	ү: 'y',
	ґ: 'r',
	є: 'e',
	ѵ: 'v',
	ɡ: 'g',
	// Greek
	α: 'a',
	β: 'b',
	γ: 'y',
	δ: 'd',
	ε: 'e',
	ζ: 'z',
	η: 'n',
	θ: 'o',
	ι: 'i',
	κ: 'k',
	λ: 'l',
	μ: 'u',
	ν: 'v',
	ξ: 'e',
	ο: 'o',
	π: 'n',
	ρ: 'p',
	σ: 'o',
	ς: 's',
	τ: 't',
	υ: 'u',
	φ: 'f',
	χ: 'x',
	ψ: 'w',
	ω: 'w',
	// Latin letters without a plain decomposition
	ı: 'i',
	ł: 'l',
	ø: 'o',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ŀ: 'l',
	ſ: 's',
	ɑ: 'a',
	ɩ: 'i',
	ʟ: 'l',
	ᴅ: 'd',
};
const lookAlikePattern = new RegExp(`[${Object.keys(lookAlikes).join('')}]`, 'g');

/** Digits and symbols used as letters ("su1c1de", "$uicide"), for crisis detection only: "LE4" must stay a postcode. */
const asLetters: Record<string, string> = {
	'0': 'o',
	'1': 'i',
	'3': 'e',
	'4': 'a',
	'5': 's',
	'7': 't',
	'8': 'b',
	'@': 'a',
	$: 's',
	'!': 'i',
	'|': 'l',
	'€': 'e',
};

/**
 * Folds text to lower-case Latin letters, digits and single spaces. Apostrophes are dropped ("can't" -> "cant"),
 * other punctuation becomes a space, and runs of three or more of one letter shrink to two ("killl" -> "kill").
 */
export function foldText(text: string, options: { digitsAsLetters?: boolean } = {}): string {
	let folded = text
		.replace(invisible, '')
		.normalize('NFKC')
		.toLowerCase()
		.replace(lookAlikePattern, (letter) => lookAlikes[letter] ?? letter);
	folded = folded.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
	if (options.digitsAsLetters) folded = folded.replace(/[0-9@$!|€]/g, (character) => asLetters[character] ?? character);
	return folded
		.replace(/[’‘'`´ʼ]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.replace(/([a-z])\1{2,}/g, '$1$1')
		.trim()
		.replace(/\s+/g, ' ');
}

/**
 * Folds text in any script for finding words whole: lower case, marks off (accents, vowel signs, Arabic short vowels
 * and hamza seats), and one space between words, with a space at each end. Arabic, Urdu, Gurmukhi or Bengali stay.
 */
export function foldAnyScript(text: string): string {
	return ` ${text
		.replace(invisible, '')
		.normalize('NFKD')
		.toLowerCase()
		.replace(/\p{M}/gu, '')
		.replace(/ى/g, 'ي')
		.replace(/ة/g, 'ه')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()} `;
}

/** The words of folded text. */
export function wordsOf(text: string): string[] {
	const folded = foldText(text);
	return folded === '' ? [] : folded.split(' ');
}

/** How many slips a word of this length may have and still match: none for short words, where slips change meaning. */
export function allowedSlips(length: number): number {
	if (length >= 8) return 2;
	if (length >= 5) return 1;
	return 0;
}

const irregularStems: Record<string, string> = {
	dying: 'die',
	dies: 'die',
	lying: 'lie',
	lies: 'lie',
	children: 'child',
	women: 'woman',
	men: 'man',
};

/** A rough stem, so "end", "ends", "ending" and "ended" (or "tablet" and "tablets") are one word. */
export function stem(word: string): string {
	const irregular = irregularStems[word];
	if (irregular) return irregular;
	if (word.length <= 3) return word;
	let w = word;
	if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
	else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
	else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
	else if (w.endsWith('es') && w.length > 4) w = w.slice(0, -2);
	else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && w.length > 3)
		w = w.slice(0, -1);
	if (/([b-df-hj-km-np-rtv-z])\1$/.test(w)) w = w.slice(0, -1);
	if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
	return w;
}

/**
 * True when two words are at most `slips` apart, a swap of neighbouring letters counting as one slip (restricted
 * Damerau-Levenshtein). Gives up as soon as a row is past it, so most checks are quick.
 */
export function withinSlips(a: string, b: string, slips: number): boolean {
	if (Math.abs(a.length - b.length) > slips) return false;
	let before = new Int16Array(b.length + 1);
	let row = Int16Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const next = new Int16Array(b.length + 1);
		next[0] = i;
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
			next[j] = value;
			if (value < best) best = value;
		}
		if (best > slips) return false;
		before = row;
		row = next;
	}
	return row[b.length]! <= slips;
}

const stems = new Map<string, string>();
const same = new Map<string, boolean>();

/** True when a typed word is a listed word: the same stem, or within the slips its length allows. */
export function sameWord(typed: string, listed: string): boolean {
	if (typed === listed) return true;
	const key = `${typed} ${listed}`;
	let answer = same.get(key);
	if (answer === undefined) {
		const slips = allowedSlips(Math.min(typed.length, listed.length));
		answer =
			cachedStem(typed) === cachedStem(listed) ||
			(slips > 0 && /^[a-z]/.test(typed) && withinSlips(typed, listed, slips));
		if (same.size > 200000) same.clear();
		same.set(key, answer);
	}
	return answer;
}

/** stem(), remembered: the same few thousand words are stemmed again and again. */
export function cachedStem(word: string): string {
	let stemmed = stems.get(word);
	if (stemmed === undefined) {
		stemmed = stem(word);
		if (stems.size > 50000) stems.clear();
		stems.set(word, stemmed);
	}
	return stemmed;
}
