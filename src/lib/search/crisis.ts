/**
 * Does a search look like someone in crisis? Safety rule 2: show crisis help above any results when it might.
 * Deliberately generous: a false alarm shows help to someone who did not need it; a miss can cost a life.
 */

/** Lower case, apostrophes dropped ("can't" -> "cant"), other punctuation to spaces, spaces collapsed. */
export function normaliseQuery(query: string): string {
	return query
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’'`]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.replace(/\s+/g, ' ');
}

/** Edit distance with swaps of neighbouring letters counted as one slip (Damerau-Levenshtein, restricted). */
export function editDistance(a: string, b: string): number {
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
		}
	return d[a.length]![b.length]!;
}

/** How many slips a word of this length may have and still match: none for short words, where slips change meaning. */
function allowedSlips(length: number): number {
	if (length >= 8) return 2;
	if (length >= 5) return 1;
	return 0;
}

/** True when the query contains a crisis phrase, or a word within a slip or two of a one-word crisis term. */
export function looksLikeCrisis(query: string, phrases: readonly string[]): boolean {
	const text = ` ${normaliseQuery(query)} `;
	if (text.trim() === '') return false;
	const squashed = text.replace(/ /g, '');
	const words = text.trim().split(' ');
	for (const phrase of phrases) {
		const normal = normaliseQuery(phrase);
		if (normal === '') continue;
		if (text.includes(` ${normal} `)) return true;
		// Run-together phrases ("killmyself") still count, for phrases long enough not to match by chance.
		if (normal.includes(' ') && normal.length >= 8 && squashed.includes(normal.replace(/ /g, ''))) return true;
		if (!normal.includes(' ')) {
			const slips = allowedSlips(normal.length);
			if (slips > 0 && words.some((word) => Math.abs(word.length - normal.length) <= slips && editDistance(word, normal) <= slips)) return true;
		} else {
			// A phrase with a slip in one of its longer words: compare word by word over each window of the query.
			const parts = normal.split(' ');
			for (let start = 0; start + parts.length <= words.length; start++) {
				const window = words.slice(start, start + parts.length);
				const close = parts.every((part, i) => {
					const word = window[i]!;
					return word === part || (allowedSlips(part.length) > 0 && editDistance(word, part) <= allowedSlips(part.length));
				});
				if (close) return true;
			}
		}
	}
	return false;
}
