/**
 * Query understanding: what a person's own words mean in the site's vocabulary. Pure (no DOM, no Astro), so it is
 * tested with the real content and runs the same in the browser.
 *
 * "my boy is not eating" becomes: topics [eating], ages [children, young-people], audiences [children, young-people,
 * parents-carers], words [boy, eating]. The lists live in content/search-vocabulary.yaml.
 */
import type { Concept, SearchVocabulary } from '../../schemas/search.ts';
import { ageGroups, type AgeGroup, type Area, type Audience, type Topic } from '../../base/vocabulary.ts';
import { cachedStem as stem, foldText, sameWord } from './normalise.ts';

export type Understood = {
	/** The whole query, folded (lower case, no accents, look-alike letters and invisible characters folded away). */
	text: string;
	/** Words that carry meaning, after misspellings are put right and stop words dropped. */
	words: string[];
	/** Those of the words that are not English words, and so may be misspellings matched with a slip or two. */
	slipWords: string[];
	/** An age given in numbers ("im 15"), to compare with each service's own limits. */
	age?: number;
	topics: Topic[];
	ages: AgeGroup[];
	audiences: Audience[];
	areas: Area[];
};

type Entry = { parts: string[]; concept: Omit<Concept, 'words'>; kind: 'topic' | 'everyday' | 'people' | 'places' };

export type CompiledVocabulary = {
	entries: Entry[];
	stopWords: Set<string>;
	genericWords: Set<string>;
	spellings: Map<string, string[]>;
	english: Set<string>;
};

/**
 * Compiles the vocabulary once: every phrase folded and split, longest first so "panic attack" beats "panic".
 * `englishWords` are words never put right with slips (src/lib/search/english.ts): "thinking" is not "drinking".
 */
export function compileVocabulary(
	vocabulary: SearchVocabulary,
	englishWords: readonly string[] = [],
): CompiledVocabulary {
	const spellings = new Map(
		Object.entries(vocabulary.spellings).map(([wrong, right]) => [foldText(wrong), foldText(right).split(' ')]),
	);
	const fix = (words: string[]) => words.flatMap((word) => spellings.get(word) ?? [word]);
	const entries: Entry[] = [];
	for (const [topic, words] of Object.entries(vocabulary.topics) as [Topic, string[]][])
		for (const phrase of words)
			entries.push({ parts: fix(foldText(phrase).split(' ')), concept: { topics: [topic] }, kind: 'topic' });
	for (const kind of ['everyday', 'people', 'places'] as const)
		for (const { words, ...concept } of vocabulary[kind])
			for (const phrase of words) entries.push({ parts: fix(foldText(phrase).split(' ')), concept, kind });
	// One entry per phrase: a phrase listed under two topics ("stress") means both.
	const merged = new Map<string, Entry>();
	for (const entry of entries) {
		const key = entry.parts.join(' ');
		const known = merged.get(key);
		if (!known) merged.set(key, { ...entry, concept: { ...entry.concept } });
		else
			for (const field of ['topics', 'ages', 'audiences', 'areas'] as const)
				if (entry.concept[field])
					known.concept[field] = [...new Set([...(known.concept[field] ?? []), ...entry.concept[field]!])] as never;
	}
	const sorted = [...merged.values()].sort((a, b) => b.parts.length - a.parts.length);
	return {
		entries: sorted,
		stopWords: new Set(vocabulary.stopWords.map((word) => foldText(word))),
		genericWords: new Set((vocabulary.genericNameWords ?? []).map((word) => foldText(word))),
		spellings,
		english: new Set(englishWords),
	};
}

/** Where a phrase's words come in order among the tokens, with at most two other words between each; or undefined. */
function findPhrase(
	parts: readonly string[],
	tokens: readonly string[],
	used: readonly boolean[],
	maySlip: readonly boolean[] | undefined,
): number[] | undefined {
	const same = (index: number, part: string) => {
		const token = tokens[index]!;
		return (
			token === part ||
			stem(token) === stem(part) ||
			(maySlip !== undefined && maySlip[index]! && sameWord(token, part))
		);
	};
	for (let start = 0; start < tokens.length; start++) {
		if (used[start] || !same(start, parts[0]!)) continue;
		const at = [start];
		for (let p = 1; p < parts.length; p++) {
			const previous = at[at.length - 1]!;
			let next = -1;
			for (let i = previous + 1; i <= previous + 3 && i < tokens.length; i++)
				if (!used[i] && same(i, parts[p]!)) {
					next = i;
					break;
				}
			if (next === -1) break;
			at.push(next);
		}
		if (at.length === parts.length) return at;
	}
	return undefined;
}

function addAll<T>(into: T[], values: readonly T[] | undefined) {
	for (const value of values ?? []) if (!into.includes(value)) into.push(value);
}

/** Understands a query. Reads the whole query: cutting it for the index happens afterwards. */
export function understand(query: string, vocabulary: CompiledVocabulary): Understood {
	const text = foldText(query);
	const tokens = text === '' ? [] : text.split(' ').flatMap((word) => vocabulary.spellings.get(word) ?? [word]);
	const understood: Understood = { text, words: [], slipWords: [], topics: [], ages: [], audiences: [], areas: [] };
	const used = tokens.map(() => false);
	// Stop words and English words are never put right: only a word that is not a word may be a slip.
	const maySlip = tokens.map(
		(token) => !vocabulary.stopWords.has(token) && !vocabulary.english.has(token) && /^[a-z]/.test(token),
	);
	// Who the help is for: the first person named ("my son lost his grandad" is about the son).
	let person: { at: number; concept: Entry['concept'] } | undefined;
	// Exact words first, then with slips, so a typo never takes a word that is spelled right elsewhere.
	for (const exactOnly of [true, false])
		for (const entry of vocabulary.entries) {
			if (!exactOnly && entry.parts.every((part) => part.length < 5)) continue;
			const at = findPhrase(entry.parts, tokens, used, exactOnly ? undefined : maySlip);
			if (!at) continue;
			for (const index of at) used[index] = true;
			if (entry.kind === 'people') {
				if (!person || at[0]! < person.at) person = { at: at[0]!, concept: entry.concept };
				continue;
			}
			addAll(understood.topics, entry.concept.topics);
			addAll(understood.ages, entry.concept.ages);
			addAll(understood.audiences, entry.concept.audiences);
			addAll(understood.areas, entry.concept.areas);
		}
	// An age in numbers ("im 15", "aged 8", "my 14 year old") says who the help is for, before any other word.
	for (const [index, token] of tokens.entries()) {
		if (!/^\d{1,3}$/.test(token)) continue;
		const before = tokens[index - 1] ?? '';
		const after = tokens[index + 1] ?? '';
		if (
			!['im', 'am', 'aged', 'age', 'is', 'turned', 'shes', 'hes', 'my', 'our'].includes(before) &&
			!/^(year|years|yr|yrs|yo)$/.test(after)
		)
			continue;
		const age = Number(token);
		if (age > 110) continue;
		const groups = ageGroups
			.filter((group) => age >= group.min && (group.max === null || age <= group.max))
			.map((group) => group.id);
		const audiencesForAge: Audience[] =
			age <= 12 ? ['children'] : age <= 25 ? ['young-people'] : age >= 65 ? ['older-people'] : ['adults'];
		person = { at: -1, concept: { ages: groups, audiences: audiencesForAge } };
		understood.age = age;
		break;
	}
	if (person) {
		addAll(understood.topics, person.concept.topics);
		addAll(understood.ages, person.concept.ages);
		addAll(understood.audiences, person.concept.audiences);
	}
	for (const [index, token] of tokens.entries())
		// A word like "live", "point" or "stopped" alone says nothing about a need: it finds no service by its name or text.
		if (
			!vocabulary.stopWords.has(token) &&
			!vocabulary.genericWords.has(stem(token)) &&
			!vocabulary.genericWords.has(token) &&
			token.length > 1 &&
			!understood.words.includes(token)
		) {
			understood.words.push(token);
			if (maySlip[index]) understood.slipWords.push(token);
		}
	return understood;
}

/** The query to give the full-text index: meaningful words only, cut to `max` characters after understanding. */
export function indexQuery(understood: Understood, max: number): string {
	return understood.words.join(' ').slice(0, max).trim();
}
