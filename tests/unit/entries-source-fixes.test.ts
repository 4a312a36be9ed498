/**
 * Entries checked line by line against their sources: each test holds one fact a person reads (or a citation the
 * content team follows) to what the source really says, so a claim no source makes cannot come back.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { checkContentFolder } from '../../src/lib/content/read.ts';
import { howToGetIn } from '../../src/lib/ways-in.ts';
import type { Service } from '../../src/schemas/service.ts';

const { services } = checkContentFolder(process.cwd());

function entry(slug: string): Service {
	const service = services.find((candidate) => candidate.slug === slug);
	if (!service) throw new Error(`no entry ${slug}`);
	return service;
}

/** Everything an entry says to the public, as one string: the words a person can read on its page. */
function publicWords(service: Service): string {
	return [
		service.name, service.summary, ...service.offers, service.ages.label, ...service.exclusions, service.areaNote ?? '',
		...service.access.waysIn.map((way) => way.note ?? ''), ...service.access.notes, service.access.whatHappensNext ?? '',
		service.cost ?? '', service.hours?.note ?? '', ...service.accessibility,
		...howToGetIn(service).lines.map((line) => `${line.text} ${line.note ?? ''}`),
	].join('\n');
}

const seed003Lines = readFileSync('sources/seeds/003_8d61c32d75af2131.txt', 'utf8').split('\n');
/** Seed 003's text from one line to another (1-based, inclusive), with whitespace closed up. */
function seed003(from: number, to: number): string {
	return seed003Lines.slice(from - 1, to).join(' ').replace(/\s+/g, ' ');
}

describe('the Central Access Point freephone is cited where seed 003 prints it', () => {
	const freephone = /0808 800 3302/;
	const citations = [
		{ file: 'content/services/central-access-point.yaml', text: readFileSync('content/services/central-access-point.yaml', 'utf8') },
		{ file: 'content/services/community-mental-health-teams.yaml', text: readFileSync('content/services/community-mental-health-teams.yaml', 'utf8') },
		{ file: 'content/crisis-lines.yaml', text: readFileSync('content/crisis-lines.yaml', 'utf8') },
	];

	test.each(citations)('$file: every "lines A to B" cited for the freephone holds the number', ({ text }) => {
		const cited = [...text.matchAll(/[^\n]*[Ff]reephone[^\n]*/g)]
			.flatMap((line) => [...line[0].matchAll(/(?:patient letter|Appendix 5)[^()]*\(lines (\d+) to (\d+)\)|all ages \(lines (\d+) to (\d+)\)/g)])
			.map((match) => [Number(match[1] ?? match[3]), Number(match[2] ?? match[4])] as const);
		expect(cited.length).toBeGreaterThan(0);
		for (const [from, to] of cited) expect(seed003(from, to), `lines ${from} to ${to}`).toMatch(freephone);
	});

	test('the freephone paragraph is lines 5168 to 5174, not 5161 to 5167', () => {
		expect(seed003(5168, 5174)).toMatch(freephone);
		expect(seed003(5161, 5167)).not.toMatch(freephone);
	});
});

describe('Neighbourhood Mental Health Cafes: anyone can go, as LPT and VAL say', () => {
	const cafes = entry('neighbourhood-mental-health-cafes');

	test('no age limit from the low-confidence BBC page', () => {
		expect(cafes.ages).toMatchObject({ min: 0, max: null });
		expect(cafes.audiences).toEqual(expect.arrayContaining(['young-people', 'adults', 'older-people', 'parents-carers']));
		expect(cafes.summary).not.toMatch(/adults/);
	});

	test('no advice to ask a GP practice, and no note about what has not been published', () => {
		const words = publicWords(cafes);
		expect(words).not.toMatch(/GP practice/);
		expect(words).not.toMatch(/has been published|not been published/);
	});
});
