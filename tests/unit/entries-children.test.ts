/**
 * The children and young people's entries say what their sources say, as a person reads them: the named
 * contradictions a review found (Harmless, ChatHealth and Healthy Together, school-route services, unconfirmed
 * self-referrals, "search online" and lost links), each checked on the real entry through howToGetIn.
 */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/integrations/content/load.ts';
import { servesAges } from '../../src/lib/directory.ts';
import { accessRoutesOf, canContactThemselves, publicContactsFor, type Reader } from '../../src/lib/reach.ts';
import { howToGetIn } from '../../src/lib/ways-in.ts';
import type { Contact } from '../../src/schemas/common.ts';
import type { Service } from '../../src/schemas/service.ts';

const { services } = loadContent();

function entry(slug: string): Service {
	const found = services.find((service) => service.slug === slug);
	if (!found) throw new Error(`no valid entry "${slug}"`);
	return found;
}

/** What a person can act on: the number, web address or email. */
function valueOf(contact: Contact): string {
	if (contact.kind === 'web') return contact.url;
	if (contact.kind === 'email') return contact.address;
	return contact.number;
}

/** The ways in as a person sees them: each sentence with the contacts shown beside it. */
function seen(service: Service, reader: Reader = {}) {
	const how = howToGetIn(service, reader);
	return {
		cannotReferYourself: how.cannotReferYourself,
		lines: how.lines.map((line) => ({
			text: line.text,
			contacts: line.contacts.map(valueOf),
			confirmed: line.confirmed,
			own: line.own,
			limitedTo: line.limitedTo,
			note: line.note,
		})),
	};
}

/** Every piece of an entry's text that reaches its public page. */
function publicText(service: Service): string {
	const how = howToGetIn(service);
	return [
		service.name,
		service.summary,
		...service.offers,
		service.provider,
		service.ages.label,
		service.areaNote,
		...service.exclusions,
		...how.lines.flatMap((line) => [line.text, line.note]),
		...service.access.notes,
		service.access.whatHappensNext,
		...service.contacts.flatMap((contact) => [contact.label, contact.note, contact.hours?.note]),
		service.hours?.note,
		service.cost,
		...service.accessibility,
	]
		.filter(Boolean)
		.join('\n');
}

const mine = [
	'active-rutland',
	'active-together',
	'camhs-crisis-team',
	'camhs',
	'care-navigators',
	'childline',
	'city-early-intervention-psychology-support',
	'community-chill-out-zones',
	'early-intervention-counselling-service',
	'family-action-post-sexual-abuse-support',
	'firststeps',
	'harmless',
	'health-for-teens-website',
	'healthy-together-chathealth',
	'healthy-together-school-nursing-and-health-visitors',
	'joy',
	'leicestershire-educational-psychology-service',
	'low-intensity-cbt-service',
	'mental-health-support-teams-in-schools',
	'my-self-referral-website',
];

describe('Harmless: its own ways in, as its row and the web source say', () => {
	const harmless = entry('harmless');

	test('never says "You cannot refer yourself", and links its own website', () => {
		const how = seen(harmless);
		expect(how.cannotReferYourself).toBeUndefined();
		expect(how.lines[0]).toMatchObject({
			text: 'You can use their website.',
			contacts: ['https://www.harmless.org.uk'],
			confirmed: true,
		});
		expect(harmless.contacts.find((contact) => contact.id === 'website')?.source?.document).toBe('web-contacts');
	});

	test('drop-ins and self-referral are offered as "you may be able to", because no source confirms them locally', () => {
		const dropIn = seen(harmless).lines.find((line) => line.own && !line.confirmed);
		expect(dropIn).toMatchObject({
			text: 'You may be able to drop in without an appointment: check on their website.',
			contacts: ['https://www.harmless.org.uk'],
		});
		// No note that says for certain they run drop-ins: the line already says how to check.
		expect(dropIn?.note).toBeUndefined();
		expect(seen(harmless).lines.at(-1)!.text).toBe('Your GP or another health or care professional can refer you.');
	});

	test('the low-confidence email is for the content team, not the page', () => {
		expect(harmless.contacts.some((contact) => contact.kind === 'email')).toBe(false);
		expect(publicText(harmless)).not.toContain('@');
		expect(harmless.openQuestions.some((question) => question.includes('info@harmless.org.uk'))).toBe(true);
	});
});

describe('ChatHealth and Healthy Together: numbers and ages by area', () => {
	const chat = entry('healthy-together-chathealth');
	const team = entry('healthy-together-school-nursing-and-health-visitors');
	const textNumbers = (reader: Reader) => seen(chat, reader).lines.flatMap((line) => line.contacts);

	test('a county or Rutland parent is only ever shown the Leicestershire and Rutland number', () => {
		for (const area of ['leicestershire', 'rutland'] as const) {
			expect(textNumbers({ area })).toEqual(['07520 615382']);
			expect(publicContactsFor(chat, { area }).map(valueOf)).toEqual(['07520 615382']);
		}
		expect(textNumbers({ area: 'leicester' })).toEqual(['07520 615381']);
		expect(publicContactsFor(chat, { area: 'leicester' }).map(valueOf)).toEqual(['07520 615381']);
	});

	test('on a page for everyone, each number says which area it is for', () => {
		expect(seen(chat).lines.map((line) => [line.text, line.contacts, line.limitedTo])).toEqual([
			['Parents and carers can text them.', ['07520 615381'], 'For people in Leicester city'],
			['Parents and carers can text them.', ['07520 615382'], 'For people in Leicestershire county and Rutland'],
		]);
		// The numbers come only from the labelled contacts, never from a note that cannot be narrowed by area.
		expect(publicText(chat).replace(/\s/g, '')).not.toMatch(/07520615381|07520615382/);
	});

	test('11 to 19-year-olds are served in Leicester city only; 0 to 11 everywhere', () => {
		for (const service of [chat, team]) {
			expect(servesAges(service, 15, 15, 'leicester'), service.slug).toBe(true);
			expect(servesAges(service, 15, 15, 'leicestershire'), service.slug).toBe(false);
			expect(servesAges(service, 15, 15, 'rutland'), service.slug).toBe(false);
			expect(servesAges(service, 8, 8, 'rutland'), service.slug).toBe(true);
			expect(service.ages.label, service.slug).toMatch(/Leicester city/);
		}
	});
});

describe('school-route services say who refers', () => {
	const schoolRoute = [
		'community-chill-out-zones',
		'leicestershire-educational-psychology-service',
		'city-early-intervention-psychology-support',
		'mental-health-support-teams-in-schools',
	];

	test.each(schoolRoute)(
		'%s: "Their school or college can ask for this", said once, and no GP referral it does not have',
		(slug) => {
			const service = entry(slug);
			const lines = seen(service, { for: 'someone-else' }).lines.map((line) => line.text);
			expect(lines).toContain('Their school or college can ask for this.');
			expect(lines).not.toContain('Your GP can refer you.');
			expect(publicText(service)).not.toMatch(/ask your GP to refer you/i);
			// The ways in say who refers; a note saying it again in other words (or adding "call 111") contradicts them.
			expect(service.access.notes.filter((note) => /refer|\b111\b|you cannot/i.test(note))).toEqual([]);
		},
	);

	test.each(mine)('%s: notes do not repeat who can refer, or the urgent help every page already gives', (slug) => {
		const notes = entry(slug).access.notes;
		expect(notes.filter((note) => /refer|\b111\b|\b999\b|A&E|you cannot/i.test(note))).toEqual([]);
	});
});

describe('self-referrals are confirmed only where a source confirms them', () => {
	test('Family Action: its own page says families can refer themselves, so the page says so, with the link', () => {
		const familyAction = entry('family-action-post-sexual-abuse-support');
		expect(seen(familyAction).lines[0]).toMatchObject({
			text: 'You, or a parent or carer, can ask for help through their website.',
			contacts: ['https://family-action.org.uk/services/leicester-post-sexual-abuse-service-psa/'],
			confirmed: true,
		});
		expect(canContactThemselves(familyAction)).toBe(true);
	});

	test('FirstSteps: only a lost link hints at it, so the page never sounds certain', () => {
		const firstSteps = entry('firststeps');
		const own = seen(firstSteps).lines.filter((line) => line.own);
		expect(own.map((line) => [line.text, line.confirmed])).toEqual([
			['You may be able to contact them yourself. Ask your GP how.', false],
		]);
		expect(canContactThemselves(firstSteps)).toBe(false);
		expect(accessRoutesOf(firstSteps)).toEqual(['gp']);
		// Nothing else on the page may say it as if it were certain.
		expect(publicText(firstSteps)).not.toMatch(/contact FirstSteps|you can (contact|refer)|refer yourself/i);
	});
});

describe('no "search online", no lost links, and My Self Referral linked where it is the way in', () => {
	test.each(mine)('%s: nothing a person cannot act on, and nothing internal', (slug) => {
		const text = publicText(entry(slug));
		expect(text).not.toMatch(/search online|was lost|lost link|our source had a link/i);
		expect(text).not.toMatch(/\b(line|row|column) \d|service-tables|seed \d/i);
	});

	test.each([
		'camhs',
		'mental-health-support-teams-in-schools',
		'early-intervention-counselling-service',
		'my-self-referral-website',
	])('%s: the self-referral way in links the My Self Referral website, citing the web contacts source', (slug) => {
		const service = entry(slug);
		const own = seen(service).lines.find((line) => line.own && line.confirmed);
		expect(own?.contacts).toEqual(['https://www.myselfreferral-llr.nhs.uk']);
		const contact = service.contacts.find((c) => c.kind === 'web' && c.url === 'https://www.myselfreferral-llr.nhs.uk');
		expect(contact?.source?.document).toBe('web-contacts');
	});

	test('CAMHS self-referral says what it cannot be used for', () => {
		const own = seen(entry('camhs')).lines.find((line) => line.own);
		expect(own?.note).toMatch(/eating disorders/);
	});
});
