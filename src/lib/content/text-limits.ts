/** How long content text may be: no field or guide paragraph without end, no word that breaks a phone's layout. */

/** The longest text a field may hold, and the longest word (web addresses may be longer). */
export const textLimits = { field: 2000, word: 60, address: 400 } as const;

const looksLikeAddress = /^\(?(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;

/** Length problems with one piece of text: the whole, and each word (a run without spaces). */
export function lengthProblems(text: string): string[] {
	const problems: string[] = [];
	if (text.length > textLimits.field) problems.push(`is ${text.length} characters long; keep it to ${textLimits.field}`);
	for (const word of text.split(/\s+/)) {
		const limit = looksLikeAddress.test(word) ? textLimits.address : textLimits.word;
		if (word.length > limit) {
			problems.push(`has a word of ${word.length} characters ("${word.slice(0, 20)}..."); no word is longer than ${limit}`);
			break;
		}
	}
	return problems;
}
