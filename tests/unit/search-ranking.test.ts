/**
 * Search ranking with the real content: everyday words find a right service in the top five, crisis phrasings show
 * crisis help first with the suicidal-thoughts guide and the urgent-help page straight after, and people words steer.
 */
import { describe, expect, test } from 'vitest';
import { content, docs, search } from './search-fixture.ts';
import {
	adultsQueries,
	crisisQueries,
	firstPlaceQueries,
	notCrisisQueries,
	olderPeoplesQueries,
	parentsQueries,
	typoQueries,
	youngPeoplesQueries,
} from './search-queries.ts';

const slugs = new Set(content.services.map((service) => service.slug));
const everyday = {
	parents: parentsQueries,
	'young people': youngPeoplesQueries,
	'older people': olderPeoplesQueries,
	typos: typoQueries,
	adults: adultsQueries,
};

test('the lists are big enough and name real services', () => {
	expect(Object.values(everyday).flat().length).toBeGreaterThanOrEqual(80);
	expect(crisisQueries.length).toBeGreaterThanOrEqual(120);
	for (const [, slug] of Object.values(everyday).flat()) expect(slugs, slug).toContain(slug);
});

for (const [group, queries] of Object.entries(everyday))
	describe(`${group}: everyday words find a right service in the top 5`, () => {
		test.each(queries)('"%s" -> %s', (query, slug) => {
			const { slugs: found, crisis } = search(query);
			const top = (crisis ? found.slice(2) : found).slice(0, 5);
			expect(top).toContain(slug);
		});
	});

describe('crisis phrasings show crisis help first', () => {
	test.each(
		crisisQueries.map((query) => [
			JSON.stringify(query.length > 60 ? `${query.slice(0, 30)}…${query.slice(-20)}` : query),
			query,
		]),
	)('%s', (_, query) => {
		const { crisis, urls } = search(query);
		expect(crisis).toBe(true);
		expect(urls.slice(0, 2)).toEqual(['/self-help/getting-through-suicidal-thoughts/', '/urgent-help/']);
	});
});

describe('everyday searches do not show crisis help', () => {
	test.each(notCrisisQueries)('"%s"', (query) => {
		expect(search(query).crisis).toBe(false);
	});
});

describe('everyday searches keep their right service first', () => {
	test.each(firstPlaceQueries)('"%s" -> %s first', (query, slug) => {
		expect(search(query).slugs[0]).toBe(slug);
	});
});

describe('people words steer ranking by age and audience', () => {
	test('a worried child never gets the new-mothers service above children’s services', () => {
		for (const query of ['my child is anxious', 'my boy is worried', 'teen anxiety', 'my son is scared all the time']) {
			const found = search(query).slugs;
			const maternal = found.indexOf('maternal-mental-health-service');
			const childrens = found.indexOf('early-intervention-counselling-service');
			expect(childrens, query).toBeGreaterThanOrEqual(0);
			if (maternal >= 0) expect(maternal, query).toBeGreaterThan(childrens);
		}
	});
	test('"no age limit given" does not count as a children’s service when filtering to children', () => {
		const found = search('anxiety', { age: ['Children (0 to 10)'], area: ['Leicester city'] }).slugs;
		expect(found[0]).toBe('early-intervention-counselling-service');
		const maternal = found.indexOf('maternal-mental-health-service');
		if (maternal >= 0) expect(maternal).toBeGreaterThan(0);
	});
	test('"dad keeps forgetting things" puts memory services for older people first, not children’s services', () => {
		const top = search('dad keeps forgetting things').slugs.slice(0, 3);
		expect(top).toContain('memory-service');
		for (const slug of top)
			expect(docs.find((doc) => doc.url === `/services/${slug}/`)!.ages.min).toBeGreaterThanOrEqual(18);
	});
	test('an adult eating disorders service does not come first for a child', () => {
		expect(search('my boy is not eating').slugs[0]).toBe('firststeps');
	});
});

describe('places steer ranking by area', () => {
	test('a Rutland town puts Rutland services first and drops services that do not cover it', () => {
		const found = search('exercise in oakham').slugs;
		expect(found[0]).toBe('active-rutland');
		expect(found).not.toContain('leicester-sexual-health');
	});
	test('a postcode district in both the city and the county finds services for both', () => {
		const found = search('sexual health le4').slugs;
		expect(found).toContain('leicester-sexual-health');
		expect(found).toContain('leicestershire-and-rutland-sexual-health');
	});
	test('a county-only postcode district drops city-only services', () => {
		expect(search('sexual health le11').slugs).not.toContain('leicester-sexual-health');
	});
});

describe('no query with a topic word returns nothing', () => {
	const vocabulary = content.searchVocabulary.topics;
	const cases = Object.entries(vocabulary).flatMap(([topic, words]) => words.map((word) => [topic, word] as const));
	test.each(cases)('%s: "%s"', (_, word) => {
		expect(search(word).urls.length).toBeGreaterThan(0);
		expect(search(`my son is ${word} all the time`).urls.length).toBeGreaterThan(0);
	});
});

test('a filter that leaves nothing returns nothing (the page says so)', () => {
	expect(search('dementia', { age: ['Children (0 to 10)'] }).urls).toEqual([]);
});
