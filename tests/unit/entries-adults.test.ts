/**
 * The adult entries (seed 001's adult table, "referrals can only be made by health and social care professionals",
 * and seed 003's LPT services) as a person reads them: who can refer, the contacts they can use, the team bases,
 * and the services added from the web contacts source. Each test renders the real entry with howToGetIn.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/integrations/content/load.ts';
import { publicContactsFor } from '../../src/lib/reach.ts';
import { howToGetIn } from '../../src/lib/ways-in.ts';
import type { Contact } from '../../src/schemas/common.ts';
import type { Service } from '../../src/schemas/service.ts';

const { services } = loadContent();
type WebEntry = {
	slug: string;
	official_url: string | null;
	professional_phone: { value: string } | null;
	email: { value: string; audience?: string } | null;
};
const webContacts = JSON.parse(readFileSync('sources/web-contacts/web-contacts.json', 'utf8')) as WebEntry[];

function entry(slug: string): Service {
	const service = services.find((candidate) => candidate.slug === slug);
	if (!service) throw new Error(`no entry ${slug}`);
	return service;
}

/** The sentences a person reads under "How to get support". */
function sentences(slug: string): string[] {
	return howToGetIn(entry(slug)).lines.map((line) => line.text);
}

/** Every number, address and URL a person can see, in the ways in and the contact list. */
function seen(service: Service, reader = {}): string[] {
	const value = (contact: Contact) =>
		contact.kind === 'web' ? contact.url : contact.kind === 'email' ? contact.address : contact.number;
	return [
		...howToGetIn(service, reader).lines.flatMap((line) => line.contacts),
		...publicContactsFor(service, reader),
	].map(value);
}

const adultEntries = [
	'acute-recovery-team',
	'adult-adhd-service',
	'adult-eating-disorders-service',
	'assertive-outreach-team',
	'cognitive-behavioural-psychotherapy-service',
	'community-enhanced-rehabilitation-team',
	'community-mental-health-teams',
	'criminal-justice-liaison-and-diversion-service',
	'crisis-resolution-and-home-treatment-team',
	'dynamic-psychotherapy-service',
	'forensic-mental-health-team',
	'integrated-care-team',
	'leicestershire-recovery-college',
	'life-links',
	'lpt-patient-advice-and-liaison-service',
	'maternal-mental-health-service',
	'medical-psychology-team',
	'memory-service',
	'mental-health-liaison-team',
	'mental-health-matters',
	'mental-health-response-vehicle',
	'mental-health-urgent-care-hub',
	'mhsop-community-mental-health-teams',
	'mhsop-in-reach-team',
	'mhsop-unscheduled-care',
	'perinatal-mental-health-service',
	'therapy-services-for-people-with-personality-disorder',
];

describe('referral-only adult services say who really refers', () => {
	test('Criminal Justice Liaison and Diversion: the police or court staff, not a GP', () => {
		const how = howToGetIn(entry('criminal-justice-liaison-and-diversion-service'));
		expect(how.cannotReferYourself).toBe('You cannot refer yourself.');
		expect(how.lines.map((line) => line.text)).toEqual(['The police or court staff can refer you.']);
	});

	test("Medical Psychology: only a UHL consultant's team, and the GP cannot", () => {
		const [line, ...rest] = howToGetIn(entry('medical-psychology-team')).lines;
		expect(line!.text).toBe("Your consultant's team at University Hospitals of Leicester (UHL) can refer you.");
		expect(line!.note).toMatch(/GP cannot refer you/);
		expect(rest).toEqual([]);
	});

	test('Mental Health Liaison Team: hospital emergency department and ward staff first', () => {
		expect(sentences('mental-health-liaison-team')[0]).toBe(
			'Staff in the emergency department or on your ward at University Hospitals of Leicester (UHL) can refer you.',
		);
	});

	test('Mental Health Response Vehicle: the emergency services and social care, or NHS 111', () => {
		expect(sentences('mental-health-response-vehicle')).toEqual([
			'If it is urgent, NHS 111 can refer you: call 111 and choose option 2.',
			'The ambulance service, the police or an adult social care worker can refer you.',
		]);
	});

	test('Dynamic Psychotherapy and CBT Psychotherapy: a secondary care team, never "your GP"', () => {
		expect(sentences('dynamic-psychotherapy-service')[0]).toBe(
			'Your community or neighbourhood mental health team can refer you.',
		);
		expect(sentences('cognitive-behavioural-psychotherapy-service')).toEqual([
			'Your community mental health team or another specialist mental health team can refer you.',
		]);
		for (const slug of ['dynamic-psychotherapy-service', 'cognitive-behavioural-psychotherapy-service'])
			expect(sentences(slug)).not.toContain('Your GP can refer you.');
	});

	test('Perinatal and Maternal Mental Health: your midwife, health visitor or obstetrician', () => {
		for (const slug of ['perinatal-mental-health-service', 'maternal-mental-health-service'])
			expect(sentences(slug)[0]).toBe('Your midwife, health visitor or obstetrician can refer you.');
	});

	test('no referral in these entries is the vague "a health or care professional"', () => {
		const vague = adultEntries.filter((slug) =>
			sentences(slug).includes('A health or care professional can refer you.'),
		);
		expect(vague).toEqual([]);
	});

	test('notes never repeat the ways in, the 999 or 111 lines, or "search online"', () => {
		const repeats = adultEntries.flatMap((slug) =>
			entry(slug)
				.access.notes.filter((note) => /cannot refer yourself|search online|option 2|999|was lost/i.test(note))
				.map((note) => `${slug}: ${note}`),
		);
		expect(repeats).toEqual([]);
	});
});

describe('official pages and public contacts', () => {
	test.each([
		'community-mental-health-teams',
		'adult-adhd-service',
		'perinatal-mental-health-service',
		'assertive-outreach-team',
		'medical-psychology-team',
		'mhsop-in-reach-team',
	])('%s links to its official page from the web contacts source', (slug) => {
		const official = webContacts.find((web) => web.slug === slug)!.official_url!;
		expect(seen(entry(slug))).toContain(official);
	});

	test("professionals' numbers and emails from the web contacts source are shown to professionals only", () => {
		const added = [
			{ slug: 'assertive-outreach-team', value: '0116 295 2233' },
			{ slug: 'adult-eating-disorders-service', value: '0116 225 2557' },
			{ slug: 'mental-health-urgent-care-hub', value: '0116 225 6847' },
			{ slug: 'mhsop-in-reach-team', value: 'MHSOP@leicspart.nhs.uk' },
		];
		for (const { slug, value } of added) {
			const contact = entry(slug).contacts.find(
				(candidate) =>
					('number' in candidate ? candidate.number : 'address' in candidate ? candidate.address : '') === value,
			);
			expect(contact?.professionalsOnly, `${slug} ${value}`).toBe(true);
			expect(seen(entry(slug)), `${slug} ${value}`).not.toContain(value);
		}
	});

	test('the crisis team and medical psychology lines stay off the public page', () => {
		expect(seen(entry('crisis-resolution-and-home-treatment-team'))).not.toContain('0300 300 1010');
		expect(seen(entry('medical-psychology-team'))).not.toContain('0116 295 4555');
	});
});

describe('team bases from seed 003', () => {
	test('the seven adult community mental health teams keep their addresses, and Rutland readers can see their team', () => {
		const cmht = entry('community-mental-health-teams');
		expect(cmht.locations.map((location) => location.postcode)).toEqual([
			'LE2 0TA',
			'LE3 1HN',
			'LE13 1SJ',
			'LE67 4DF',
			'LE18 2DG',
			'LE10 1DS',
			'LE11 5JW',
		]);
		expect(cmht.locations.find((location) => location.postcode === 'LE13 1SJ')!.name).toMatch(/^Melton and Rutland/);
		expect(cmht.access.notes.some((note) => /Rutland.*Melton and Rutland team/.test(note))).toBe(true);
	});

	test("the twelve older people's service bases are each in an entry", () => {
		const bases = [
			['mhsop-community-mental-health-teams', 'LE5 3GH'],
			['mhsop-community-mental-health-teams', 'LE3 9DZ'],
			['memory-service', 'LE5 4QG'],
			['memory-service', 'LE3 9DZ'],
			['mhsop-unscheduled-care', 'LE5 4PW'],
			['mhsop-in-reach-team', 'LE5 4PW'],
			['integrated-care-team', 'LE2 3BB'],
			['mental-health-liaison-team', 'LE1 5WW'],
			['mhsop-community-mental-health-teams', 'LE5 4PW'],
			['mhsop-community-mental-health-teams', 'LE13 1SJ'],
			['mhsop-community-mental-health-teams', 'LE11 5JY'],
			['mhsop-community-mental-health-teams', 'LE10 0EW'],
		] as const;
		const missing = bases.filter(
			([slug, postcode]) => !entry(slug).locations.some((location) => location.postcode === postcode),
		);
		expect(missing).toEqual([]);
		expect(entry('mhsop-community-mental-health-teams').locations.map((location) => location.name)).toContain(
			'Melton, Rutland and Harborough Community Mental Health Team (older people)',
		);
	});
});

describe('services a person can use that the site lacked', () => {
	test('Neighbourhood Mental Health Cafes: drop in, no appointment', () => {
		const how = howToGetIn(entry('neighbourhood-mental-health-cafes'));
		expect(how.cannotReferYourself).toBeUndefined();
		expect(how.lines[0]!.text).toBe('You can drop in without an appointment.');
		expect(how.lines[0]!.note).toMatch(/LPT's news about the cafes/);
		expect(how.lines[0]!.contacts.map((contact) => contact.kind)).toEqual(['web']);
	});

	test('Live Well Leicester: a Leicester reader can call the stop smoking team', () => {
		const service = entry('live-well-leicester-stop-smoking');
		expect(service.areas).toEqual(['leicester']);
		const [line] = howToGetIn(service, { area: 'leicester' }).lines;
		expect(line!.text).toBe('You can call them.');
		expect(seen(service, { area: 'leicester' })).toContain('0116 454 4000');
	});

	test('Start a Conversation: a website anyone can use', () => {
		const [line] = howToGetIn(entry('start-a-conversation')).lines;
		expect(line!.text).toBe('You can use their website.');
		expect(line!.contacts.map((contact) => contact.kind === 'web' && contact.url)).toEqual([
			'https://www.startaconversation.co.uk',
		]);
	});

	test('Family Action Pre-Trial Support: parents and carers can email, and it is marked for checking', () => {
		const service = entry('family-action-pre-trial-support-service');
		const [line] = howToGetIn(service).lines;
		expect(line!.text).toBe('Parents and carers can email them.');
		expect(seen(service)).toContain('leicester@family-action.org.uk');
		expect(service.needsVerification).toBe(true);
	});
});
