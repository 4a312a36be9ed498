/** What the search page carries packed (documents, English words, crisis terms) reads back exactly as built. */
import { describe, expect, test } from 'vitest';
import { packDocs, packWords, unpackDocs, unpackWords } from '../../src/lib/search/packed-docs.ts';
import { content, docs, englishWords } from './search-fixture.ts';
import { crisisMatcher, packTerms, unpackTerms } from '../../src/lib/search/crisis.ts';

describe('packed search documents', () => {
	const packed = packDocs(docs);

	test('read back, they are the documents that were built', () => {
		expect(unpackDocs(JSON.parse(JSON.stringify(packed)))).toEqual(docs);
	});

	test('each filter value is written once, and only values some page has', () => {
		expect(new Set(packed.filterValues).size).toBe(packed.filterValues.length);
		const used = new Set(docs.flatMap((doc) => Object.values(doc.filters ?? {}).flat()));
		expect(new Set(packed.filterValues)).toEqual(used);
	});

	test('a page with no filters (a guide) keeps none', () => {
		const guide = docs.find((doc) => doc.filters === undefined)!;
		expect(unpackDocs(packDocs([guide]))).toEqual([guide]);
	});
});

describe('packed English words', () => {
	test('read back, they are the words, sorted', () => {
		expect(unpackWords(packWords(englishWords))).toEqual([...englishWords].sort());
		expect(unpackWords(packWords([]))).toEqual([]);
	});

	test('each word after the first says how much it shares with the one before', () => {
		expect(packWords(['anxious', 'anxiety', 'b'])).toBe('0anxiety 4ous 0b');
		expect(unpackWords('0counselling 8or')).toEqual(['counselling', 'counsellor']);
	});
});

describe('packed crisis terms', () => {
	test('read back, they catch exactly what the terms from the content catch', () => {
		const terms = content.crisisTerms;
		const unpacked = unpackTerms(JSON.parse(JSON.stringify(packTerms(terms))));
		expect(unpacked.combinations.map(({ within, parts }) => ({ within, parts }))).toEqual(
			terms.combinations.map(({ within, parts }) => ({ within, parts })),
		);
		const original = crisisMatcher(terms);
		const read = crisisMatcher(unpacked);
		const phrasings = [
			...Object.values(content.crisisPhrasings.crisis),
			...Object.values(content.crisisPhrasings.notCrisis),
		].flat();
		expect(phrasings.filter((text) => original(text) !== read(text))).toEqual([]);
	}, 60_000);
});
