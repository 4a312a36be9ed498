/**
 * Does a search look like someone in crisis? Safety rule 2: show crisis help above any results when it might.
 * Deliberately generous: a false alarm shows help to someone who did not need it; a miss can cost a life.
 *
 * A concept matcher, not a phrase list: content/crisis-terms.yaml gives words that are enough alone, run-together
 * fragments, and combinations of ideas (an intent and an act, an act and an object) that count in any order of
 * persons ("I want to die", "my mate says he wants to end his life"). Every word allows endings and slips, and the
 * whole query is read after folding away case, accents, look-alike letters and invisible characters.
 */
import type { CrisisTerms } from '../../schemas/search.ts';
import { cachedStem as stem, foldAnyScript, foldText, sameWord } from './normalise.ts';
import { modelSaysCrisis, type CrisisModel } from './crisis-model.ts';

type WordSet = { stems: Set<string>; words: string[] };

function wordSet(words: readonly string[]): WordSet {
	const folded = words.map((word) => foldText(word)).filter(Boolean);
	return { stems: new Set(folded.map(stem)), words: folded };
}

function inSet(word: string, set: WordSet): boolean {
	return set.stems.has(stem(word)) || set.words.some((listed) => sameWord(word, listed));
}

const latinOnly = (text: string) => /^[\p{Script=Latin}\p{M}\p{N}\p{P}\p{Zs}]*$/u.test(text);

/** Compiles the crisis terms once; the returned function answers for any query. */
export function crisisMatcher(terms: CrisisTerms): (query: string) => boolean {
	const words = wordSet(terms.words.filter(latinOnly));
	const fragments = terms.fragments.map((fragment) => foldText(fragment).replace(/ /g, ''));
	const phrases = terms.phrases
		.filter(latinOnly)
		.map((phrase) => foldText(phrase).split(' ').filter(Boolean))
		.filter((parts) => parts.length > 0);
	// Words and phrases in other scripts (Arabic, Bengali, Gujarati, Gurmukhi...) are found whole within the query.
	const scriptTerms = [...terms.words, ...terms.phrases]
		.filter((term) => !latinOnly(term))
		.map((term) => foldAnyScript(term).trim());
	const exceptions = (terms.except ?? []).map((phrase) => foldText(phrase)).filter(Boolean);
	const combinations = terms.combinations.map((combination) => ({
		within: combination.within,
		parts: combination.parts.map(wordSet),
	}));

	function matches(folded: string): boolean {
		const text = exceptions.reduce((rest, phrase) => ` ${rest} `.replace(` ${phrase} `, ' ').trim(), folded);
		if (text === '') return false;
		const tokens = text.split(' ');
		const squashed = tokens.join('');
		if (fragments.some((fragment) => squashed.includes(fragment))) return true;
		if (tokens.some((token) => inSet(token, words))) return true;
		for (const parts of phrases) {
			if (parts.length === 1) {
				if (tokens.some((token) => sameWord(token, parts[0]!))) return true;
				continue;
			}
			if (parts.join('').length >= 8 && squashed.includes(parts.join(''))) return true;
			for (let start = 0; start + parts.length <= tokens.length; start++)
				if (parts.every((part, i) => sameWord(tokens[start + i]!, part))) return true;
		}
		// Each part's word must come after the last part's, and the whole within the combination's reach.
		const hits = combinations.map((combination) =>
			combination.parts.map((part) => tokens.map((token) => inSet(token, part))),
		);
		for (const [index, combination] of combinations.entries()) {
			const partHits = hits[index]!;
			for (let start = 0; start < tokens.length; start++) {
				if (!partHits[0]![start]) continue;
				let at = start;
				let found = true;
				for (let part = 1; part < combination.parts.length; part++) {
					let next = -1;
					for (let i = at + 1; i < tokens.length && i - start < combination.within; i++)
						if (partHits[part]![i]) {
							next = i;
							break;
						}
					if (next === -1) {
						found = false;
						break;
					}
					at = next;
				}
				if (found) return true;
			}
		}
		return false;
	}

	return (query: string) => {
		if (scriptTerms.length > 0) {
			const inScript = foldAnyScript(query);
			if (scriptTerms.some((term) => inScript.includes(term))) return true;
		}
		const plain = foldText(query);
		if (matches(plain)) return true;
		const lettered = foldText(query, { digitsAsLetters: true });
		return lettered !== plain && matches(lettered);
	};
}

/**
 * The search's crisis decision: the word lists (a floor that is never lowered) or the classifier trained on
 * content/crisis-phrasings.yaml, which reads phrasings the lists do not know.
 */
export function crisisDetector(terms: CrisisTerms, model?: CrisisModel): (query: string) => boolean {
	const lists = crisisMatcher(terms);
	return (query: string) => lists(query) || (model !== undefined && modelSaysCrisis(model, query.slice(0, 2000)));
}

/**
 * The crisis terms as the page carries them: each list one string, and each combination one string too
 * ("6:want|wanna;die|dying": how near, then its parts), so the page does not quote every word.
 */
export type PackedCrisisTerms = {
	words: string;
	phrases: string;
	except: string;
	fragments: string;
	combinations: string[];
};

/** Packs the crisis terms for the page; what each combination is about stays behind. */
export function packTerms(terms: CrisisTerms): PackedCrisisTerms {
	return {
		words: terms.words.join('|'),
		phrases: terms.phrases.join('|'),
		except: (terms.except ?? []).join('|'),
		fragments: terms.fragments.join('|'),
		combinations: terms.combinations.map(
			({ within, parts }) => `${within}:${parts.map((part) => part.join('|')).join(';')}`,
		),
	};
}

/** The crisis terms again, from what the page carries. */
export function unpackTerms(packed: PackedCrisisTerms): CrisisTerms {
	const list = (text: string) => (text === '' ? [] : text.split('|'));
	return {
		words: list(packed.words),
		phrases: list(packed.phrases),
		except: list(packed.except),
		fragments: list(packed.fragments),
		combinations: packed.combinations.map((combination) => {
			const [within, parts] = combination.split(/:(.*)/s) as [string, string];
			return { about: '', within: Number(within), parts: parts.split(';').map(list) };
		}),
	};
}
