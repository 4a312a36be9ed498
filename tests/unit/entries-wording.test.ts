/**
 * Entries in words a person can act on: an unknown is said as what the person can do, never as what the sources
 * lack; no date a source does not give; every summary and guide plain enough to read at a glance.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/integrations/content/load.ts';
import { plainText, readingEase } from '../../src/lib/guides.ts';

const { services, guides, sourceDocuments } = loadContent();

describe('unknowns in public words', () => {
	test('an age label never talks about sources ("No age limit given"); with no ages from a source, it says what to do', () => {
		expect(
			services.filter((service) => /given|source|stated/i.test(service.ages.label)).map((service) => service.slug),
		).toEqual([]);
		for (const slug of [
			'perinatal-mental-health-service',
			'maternal-mental-health-service',
			'live-well-leicester-stop-smoking',
		])
			expect(services.find((service) => service.slug === slug)!.ages.label, slug).toBe(
				'Adults. Ask them if it is right for your age',
			);
	});

	test('the perinatal and maternal services are listed for adults, as seed 001 lists them in its adult table', () => {
		const seed001 = readFileSync('sources/seeds/001_c8d4e1b54f9c0eec.txt', 'utf8').split('\n');
		const adultTable = seed001.findIndex((line) => line.startsWith('Adult Mental Health - referrals'));
		for (const [slug, name] of [
			['perinatal-mental-health-service', '\tPerinatal\t'],
			['maternal-mental-health-service', 'Maternal Mental Health Service'],
		] as const) {
			expect(
				seed001.findIndex((line) => line.includes(name)),
				slug,
			).toBeGreaterThan(adultTable);
			expect(services.find((service) => service.slug === slug)!.audiences).toEqual(['adults']);
		}
	});
});

test('an age label uses no abbreviation the glossary does not explain (SEN, LAC)', () => {
	const explained = new Set(loadContent().glossary.map((entry) => entry.term));
	const unexplained = (label: string) => (label.match(/\b[A-Z]{2,}\b/g) ?? []).filter((word) => !explained.has(word));
	expect(services.flatMap((service) => unexplained(service.ages.label))).toEqual([]);
});

test('the jargon buster\'s "Also called" gives other names only, not search words or kinds', () => {
	const also = new Map(loadContent().glossary.map((entry) => [entry.term, entry.also]));
	for (const term of ['PTSD', 'anxiety', 'bereavement', 'dementia', 'diagnosis', 'eating disorder', 'stigma'])
		expect(also.get(term), term).toEqual([]);
	// A word form of the term itself ("anxious" for anxiety, "diagnose" for diagnosis) is not another name.
	const formOf = (term: string, other: string) => other.toLowerCase().slice(0, 5) === term.toLowerCase().slice(0, 5);
	expect(
		[...also].flatMap(([term, names]) => names.filter((name) => formOf(term, name) && !/[\s-]/.test(name))),
	).toEqual([]);
});

describe('"they" never reads as the wrong person', () => {
	const guide = (slug: string) => guides.find((candidate) => candidate.slug === slug)!.body;
	test('after a sentence about a parent or friend, the GP is named', () => {
		expect(guide('guide-for-young-people')).toContain('If you are worried about what the GP will share, ask.');
		expect(guide('guide-for-young-people')).not.toMatch(/what they will share, ask them/);
	});
	test('after a sentence about the GP and a relative, each is named', () => {
		expect(guide('memory-worries-in-an-older-relative')).not.toMatch(/They can refer them/);
	});
	test('after a line about schools, the psychologists are named', () => {
		const ceips = services.find((service) => service.slug === 'city-early-intervention-psychology-support')!;
		expect(ceips.offers.filter((offer) => /^They\b/.test(offer))).toEqual([]);
	});
});

describe('dates only where a source gives one', () => {
	test('the Central Access Point questions and answers (seed 000) state no date, so the site gives none', () => {
		const seed000 = readFileSync('sources/seeds/000_20bb407a75c8239a.txt', 'utf8');
		expect(seed000).not.toMatch(/\b(19|20)\d\d\b/);
		const document = sourceDocuments.find((candidate) => candidate.id === 'seed-000')!;
		expect(document.date).toBeUndefined();
		expect(`${document.label} ${document.publicName}`).not.toMatch(/\b(19|20)\d\d\b/);
	});
});

describe('plain words: Flesch reading ease of 60 or more', () => {
	test('every service summary', () => {
		const hard = services
			.map((service) => ({ slug: service.slug, score: readingEase(service.summary) }))
			.filter(({ score }) => score < 60)
			.map(({ slug, score }) => `${slug}: ${Math.round(score)}`);
		expect(hard).toEqual([]);
	});

	test('every self-help guide', () => {
		const hard = guides
			.map((guide) => ({ path: guide.path, score: readingEase(plainText(guide.body)) }))
			.filter(({ score }) => score < 60)
			.map(({ path, score }) => `${path}: ${Math.round(score)}`);
		expect(hard).toEqual([]);
	});
});
