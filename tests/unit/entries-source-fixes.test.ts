/**
 * Entries checked line by line against their sources: each test holds one fact a person reads (or a citation the
 * content team follows) to what the source really says, so a claim no source makes cannot come back.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/integrations/content/load.ts';
import { howToGetIn } from '../../src/lib/ways-in.ts';
import { relationTo } from '../../src/lib/wizard/match.ts';
import type { Service } from '../../src/schemas/service.ts';

const { services } = loadContent();

function entry(slug: string): Service {
	const service = services.find((candidate) => candidate.slug === slug);
	if (!service) throw new Error(`no entry ${slug}`);
	return service;
}

/** Everything an entry says to the public, as one string: the words a person can read on its page. */
function publicWords(service: Service): string {
	return [
		service.name,
		service.summary,
		...service.offers,
		service.ages.label,
		...service.exclusions,
		service.areaNote ?? '',
		...service.access.waysIn.map((way) => way.note ?? ''),
		...service.access.notes,
		service.access.whatHappensNext ?? '',
		service.cost ?? '',
		service.hours?.note ?? '',
		...service.accessibility,
		...howToGetIn(service).lines.map((line) => `${line.text} ${line.note ?? ''}`),
	].join('\n');
}

const seed003Lines = readFileSync('sources/seeds/003_8d61c32d75af2131.txt', 'utf8').split('\n');
/** Seed 003's text from one line to another (1-based, inclusive), with whitespace closed up. */
function seed003(from: number, to: number): string {
	return seed003Lines
		.slice(from - 1, to)
		.join(' ')
		.replace(/\s+/g, ' ');
}

describe('the Central Access Point freephone is cited where seed 003 prints it', () => {
	const freephone = /0808 800 3302/;
	// Other services that give the freephone take it from the crisis line, with its citation.
	const citations = [
		{
			file: 'content/services/central-access-point.yaml',
			text: readFileSync('content/services/central-access-point.yaml', 'utf8'),
		},
		{ file: 'content/crisis-lines.yaml', text: readFileSync('content/crisis-lines.yaml', 'utf8') },
	];

	test.each(citations)('$file: every "lines A to B" cited for the freephone holds the number', ({ text }) => {
		const cited = [...text.matchAll(/[^\n]*[Ff]reephone[^\n]*/g)]
			.flatMap((line) => [
				...line[0].matchAll(
					/(?:patient letter|Appendix 5)[^()]*\(lines (\d+) to (\d+)\)|all ages \(lines (\d+) to (\d+)\)/g,
				),
			])
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
		expect(cafes.audiences).toEqual(
			expect.arrayContaining(['young-people', 'adults', 'older-people', 'parents-carers']),
		);
		expect(cafes.summary).not.toMatch(/adults/);
	});

	test('no advice to ask a GP practice, and no note about what has not been published', () => {
		const words = publicWords(cafes);
		expect(words).not.toMatch(/GP practice/);
		expect(words).not.toMatch(/has been published|not been published/);
	});
});

describe('no entry says what its source does not', () => {
	test('the educational psychology services: a school asks; no source mentions nurseries', () => {
		for (const slug of [
			'leicestershire-educational-psychology-service',
			'city-early-intervention-psychology-support',
		]) {
			expect(publicWords(entry(slug)), slug).not.toMatch(/nurser/i);
			expect(howToGetIn(entry(slug)).lines.map((line) => line.text)).toEqual(['A school or college can ask for this.']);
		}
	});

	test('Harmless: seed 001 calls it a "National voluntary organisation", not a charity', () => {
		expect(entry('harmless').summary).toMatch(/national group/);
		expect(entry('harmless').provider).toBe('Harmless (a national voluntary organisation)');
		expect(publicWords(entry('harmless'))).not.toMatch(/charity/i);
	});

	test('Care Navigators take part in Team Around the Family meetings (seed 001: "attend"); no source says they go with you', () => {
		const words = publicWords(entry('care-navigators'));
		expect(words).toMatch(/Team Around the Family meetings/);
		expect(words).not.toMatch(/with you to/i);
	});

	test('University cafes: no source says student support teams know where the cafe is', () => {
		expect(publicWords(entry('university-mental-health-neighbourhood-cafes'))).not.toMatch(/student support/i);
	});

	test('NHS 111 option 2 says only what the 2026 sources say, not the 2021 Central Access Point call', () => {
		const words = publicWords(entry('nhs-111-option-2'));
		for (const borrowed of [/how urgent it is/, /who is around to support you/, /call you back/, /put you through/])
			expect(words).not.toMatch(borrowed);
		expect(entry('nhs-111-option-2').access.whatHappensNext).toMatch(/urgent mental health support and advice/);
	});

	test('Tellmi: the therapy is in the app (by typing), not by text message', () => {
		const words = publicWords(entry('tellmi'));
		expect(words).not.toMatch(/text message/i);
		expect(entry('tellmi').offers).toContain('Therapy in the app, by typing messages. It is confidential.');
	});

	test('ChatHealth is a line for parents and carers (seed 001: "for parents of children"), so it is not listed for children', () => {
		const chatHealth = entry('healthy-together-chathealth');
		expect(chatHealth.audiences).toEqual(['parents-carers']);
		const fourYearOld = { band: { min: 4, max: 4 }, area: 'leicester' } as const;
		expect(relationTo(chatHealth, { ...fourYearOld, who: 'someone-else' })).toBe('for-carers');
		expect(relationTo(chatHealth, { band: { min: 15, max: 15 }, area: 'leicester', who: 'me' })).toBeUndefined();
	});

	test('Community Mental Health Teams: one age rule, from the team procedure (18 to 65, 17-year-olds in some cases)', () => {
		const teams = entry('community-mental-health-teams');
		expect(seed003(1004, 1005)).toMatch(/aged 18-65 years .* aged over 17 years will be considered/);
		expect(teams.ages).toMatchObject({ min: 17, max: 65, label: '18 to 65, and sometimes 17' });
		expect(teams.exclusions.join(' ')).not.toMatch(/under 18/);
		expect(teams.exclusions[0]).toBe(
			'Children and young people under 17. The teams see 17-year-olds only in some cases.',
		);
	});

	test('Community Chill Out Zones run "DROP IN workshops" (seed 001), so the page does not say you cannot refer yourself', () => {
		const how = howToGetIn(entry('community-chill-out-zones'));
		expect(how.cannotReferYourself).toBeUndefined();
		// No source gives a venue or time, so the drop-in is a way in the person may be able to use, and asks the school.
		expect(how.lines[0]).toMatchObject({ own: true, confirmed: false });
		expect(how.lines[0]!.note).toMatch(/Ask your school/);
		expect(how.lines.map((line) => line.text)).toContain('A school or college can ask for this.');
	});
});

describe('unknowns are said as what a person can do, never as notes about the sources', () => {
	const internal = [
		/not given/i,
		/the sources? do(es)? not say/i,
		/has been published|not been published/i,
		/said in \d{4}/i,
		/\bLPT said\b/,
	];

	test.each(services.map((service) => [service.slug, service] as const))('%s', (_slug, service) => {
		const words = publicWords(service);
		for (const phrase of internal) expect(words).not.toMatch(phrase);
	});

	test('the rewritten lines', () => {
		expect(entry('mental-health-response-vehicle').hours?.note).toBe('Works Thursday to Sunday.');
		expect(entry('assertive-outreach-team').hours?.note).toBe('Works 7 days a week.');
		expect(entry('integrated-care-team').areaNote).toBe('Only for patients of some GP practices in Leicester city.');
		expect(entry('leicestershire-recovery-college').cost).toBe('The courses are free. Check this when you call.');
	});
});

describe('Leicester Sexual Health: the official website from web contacts 2 (high confidence)', () => {
	type WebEntry = {
		slug: string;
		confidence: string;
		official_url: string | null;
		evidence_url: string;
		notes: string;
		other_evidence: { url: string; note: string }[];
	};
	const second = JSON.parse(readFileSync('sources/web-contacts/web-contacts-2.json', 'utf8')) as WebEntry[];
	const found = second.find((candidate) => candidate.slug === 'leicester-sexual-health')!;
	const service = entry('leicester-sexual-health');

	test("the website is the one web contacts 2 found on the service's own NHS domain", () => {
		expect(found.confidence).toBe('high');
		const website = service.contacts.find((contact) => contact.kind === 'web');
		expect(website).toMatchObject({ url: found.official_url, source: { document: 'web-contacts-2' } });
		expect(website!.source!.where).toContain(found.evidence_url);
	});

	test('the page sends people to the website, not to their GP, and names the Haymarket clinic', () => {
		expect(howToGetIn(service).lines.map((line) => line.text)).toEqual([
			'You may be able to contact them yourself: check on their website.',
		]);
		expect(service.access.notes).toContain(
			'The main clinic is in the Haymarket Shopping Centre in Leicester city centre.',
		);
	});

	test('no number that web contacts 2 says belongs to another organisation', () => {
		const foreign =
			[...found.other_evidence.map((evidence) => evidence.note), found.notes].join(' ').match(/0\d{3} \d{3} \d{4}/g) ??
			[];
		expect(foreign.length).toBeGreaterThan(0);
		const service = services.find((entry) => entry.slug === 'leicester-sexual-health')!;
		const published = [...service.contacts, ...service.locations.flatMap((location) => location.contacts)].map(
			(contact) => ('number' in contact ? contact.number : undefined) ?? ('url' in contact ? contact.url : undefined),
		);
		for (const number of foreign) expect(published).not.toContain(number);
	});
});
