/**
 * National lines added where local help is thin. Each published number, address, hour and age must come from a stored
 * copy of the service's own page, recorded in sources/web-contacts/web-contacts-national.json with its address and a
 * quotation; a fact the own page does not give (or that its own pages contradict) is not shown.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/integrations/content/load.ts';
import { formatHours } from '../../src/lib/hours.ts';
import { howToGetIn } from '../../src/lib/ways-in.ts';
import type { Service } from '../../src/schemas/service.ts';

const { services } = loadContent();
type Fact = { value: string; evidence_url: string; quote: string } | null;
type NationalEntry = {
	kind: string;
	slug?: string;
	name: string;
	confidence: string;
	official_url?: string;
	evidence_url?: string;
	quote?: string;
	public_phone?: Fact;
	email?: Fact;
	text?: Fact;
	hours?: Fact;
	other_evidence?: { url: string; quote: string }[];
};
const national = JSON.parse(readFileSync('sources/web-contacts/web-contacts-national.json', 'utf8')) as NationalEntry[];
const added = national.filter((line) => line.kind === 'new-service');

function entry(slug: string): Service {
	const service = services.find((candidate) => candidate.slug === slug);
	if (!service) throw new Error(`no entry ${slug}`);
	return service;
}
const digits = (value: string) => value.replace(/\D/g, '');

describe('each national line is published only from its own page', () => {
	test("three lines were added, each seen on the service's own website", () => {
		expect(added.map((line) => line.slug)).toEqual(['calm', 'papyrus-hopeline', 'cruse-bereavement-support']);
		for (const line of added) {
			expect(line.confidence).toBe('high');
			expect(new URL(line.evidence_url!).hostname.replace(/^www\./, '')).toBe(
				new URL(line.official_url!).hostname.replace(/^www\./, ''),
			);
		}
	});

	test.each(added.map((line) => [line.slug!, line] as const))(
		'%s: its phone, email and website are the ones its own page shows',
		(slug, line) => {
			const service = entry(slug);
			const phone = service.contacts.find((contact) => contact.kind === 'phone');
			expect(phone && 'number' in phone && digits(phone.number)).toBe(digits(line.public_phone!.value));
			expect(line.public_phone!.quote.replace(/\s/g, '')).toContain(digits(line.public_phone!.value));
			const web = service.contacts.find((contact) => contact.kind === 'web');
			expect(web && 'url' in web && web.url).toBe(line.official_url);
			const email = service.contacts.find((contact) => contact.kind === 'email');
			expect(email && 'address' in email ? email.address : null).toBe(line.email?.value ?? null);
			for (const contact of service.contacts) expect(contact.source).toMatchObject({ document: 'national' });
		},
	);

	test('no line found only on other websites is published', () => {
		const missing = national.filter((line) => line.kind === 'not-found').map((line) => line.name);
		expect(missing).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/Silver Line/),
				expect.stringMatching(/Drinkline/),
				expect.stringMatching(/FRANK/),
				expect.stringMatching(/Carers UK/),
			]),
		);
		for (const service of services) expect(service.name).not.toMatch(/Silver Line|Drinkline|FRANK|Carers UK/);
	});
});

describe('CALM: the evening line made for men', () => {
	const calm = entry('calm');

	test('open 5pm to midnight every day, as its own page says', () => {
		expect(national.find((line) => line.slug === 'calm')!.hours!.quote).toBe('5pm–midnight, 365 days a year');
		const phone = calm.contacts.find((contact) => contact.id === 'phone')!;
		expect(formatHours(phone.hours!)).toBe('Every day, 5pm to midnight');
	});

	test('a person can call or use the webchat themselves', () => {
		expect(howToGetIn(calm).cannotReferYourself).toBeUndefined();
		expect(calm.access.waysIn.map((way) => way.how)).toEqual(['phone', 'chat']);
		expect(calm.summary).toMatch(/made for men but open to anyone/);
	});
});

describe('PAPYRUS HOPELINE: suicide prevention for young people up to 35', () => {
	const papyrus = entry('papyrus-hopeline');

	test('ages and topic from its own pages', () => {
		expect(papyrus.ages).toMatchObject({ max: 35, label: 'Up to 35' });
		expect(papyrus.topics).toEqual(['suicidal-thoughts']);
		expect(papyrus.audiences).toContain('parents-carers');
	});

	test('no hours and no text number, because its own pages are older than other reports or disagree', () => {
		expect(papyrus.hours).toBeUndefined();
		for (const contact of papyrus.contacts) expect(contact.hours).toBeUndefined();
		expect(papyrus.contacts.map((contact) => contact.kind)).not.toContain('text');
		expect(papyrus.conflicts.map((conflict) => conflict.about)).toEqual(['Opening hours', 'Text number']);
	});
});

describe('Cruse: the national bereavement helpline', () => {
	const cruse = entry('cruse-bereavement-support');

	test('the number on cruse.org.uk, without hours no Cruse page gives', () => {
		const phone = cruse.contacts.find((contact) => contact.id === 'phone')!;
		expect('number' in phone && phone.number).toBe('0808 808 1677');
		expect(phone.hours).toBeUndefined();
		expect(cruse.topics).toEqual(['bereavement']);
	});
});
