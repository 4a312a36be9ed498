/** /search-docs.json writes each filter value once; the search page reads back exactly the documents that were built. */
import { describe, expect, test } from 'vitest';
import { packDocs, unpackDocs } from '../../src/lib/search/packed-docs.ts';
import { docs } from './search-fixture.ts';

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
