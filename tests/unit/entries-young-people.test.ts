/**
 * Issue 10, children and young people's entries (and the national lines): what a person reads under
 * "How to get support" on the real entries, worded by the one function that words ways in for every page.
 * Each test names the contradiction it guards against; each failed on the entry as it was before the fix.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/integrations/content/load.ts';
import { canContactThemselves, publicContactsFor } from '../../src/lib/reach.ts';
import { howToGetIn, wordWayIn, type HowToGetIn } from '../../src/lib/ways-in.ts';
import type { Contact } from '../../src/schemas/common.ts';
import type { Service } from '../../src/schemas/service.ts';

const { services, crisisLines } = loadContent();

/** The entries this file looks after: seed 001's children and young people's table, and the national lines. */
const entries = [
	'leicester-sexual-health',
	'leicestershire-and-rutland-sexual-health',
	'llr-psychological-therapies',
	'nhs-talking-therapies',
	'pause',
	'pier',
	'quitready-young-persons-stop-smoking-service',
	'school-support-partnership',
	'talk2sort-mediation',
	'teen-health',
	'tellmi',
	'the-laura-centre',
	'tomorrow-project',
	'turning-point-young-peoples-team',
	'university-mental-health-neighbourhood-cafes',
	'youngminds-parents-helpline',
	'youngminds-website',
	'samaritans',
	'shout',
	'stay-alive-app',
] as const;

function entry(slug: string): Service {
	const found = services.find((service) => service.slug === slug);
	if (!found) throw new Error(`no entry ${slug}`);
	return found;
}

/** What a contact points at, as a person would dial, text, open or write to it. */
function target(contact: Contact): string {
	if (contact.kind === 'web') return contact.url;
	if (contact.kind === 'email') return contact.address;
	return contact.number;
}

/** Every way in as its sentence, with the contacts shown beside it. */
function linesOf(how: HowToGetIn): { text: string; contacts: string[] }[] {
	return how.lines.map((line) => ({ text: line.text, contacts: line.contacts.map(target) }));
}

/** All the "how to get support" words a person reads on the page: the ways in, their notes and the entry's notes. */
function wordsShown(service: Service): string {
	const how = howToGetIn(service);
	return [
		how.cannotReferYourself,
		...how.lines.flatMap((line) => [line.text, line.limitedTo, line.note]),
		...service.access.notes,
	]
		.filter(Boolean)
		.join(' ');
}

describe('the six self-referrals whose only evidence was a lost link', () => {
	test('QuitReady: a council page says people can call or use the website, so both are confirmed, with their contacts', () => {
		const quitReady = entry('quitready-young-persons-stop-smoking-service');
		expect(linesOf(howToGetIn(quitReady))).toEqual([
			{ text: 'You can call them.', contacts: ['0345 646 66 66'] },
			{ text: 'You can ask for help through their website.', contacts: ['https://www.quitready.co.uk'] },
		]);
		expect(canContactThemselves(quitReady)).toBe(true);
		expect(quitReady.provider).toBe('Leicestershire County Council');
	});

	test('Tellmi: council minutes say people use the app themselves, so the app is a confirmed way in, with the official site', () => {
		const tellmi = entry('tellmi');
		expect(linesOf(howToGetIn(tellmi))).toEqual([
			{ text: 'You can use their app.', contacts: ['https://www.tellmi.help'] },
		]);
		expect(canContactThemselves(tellmi)).toBe(true);
	});

	test('The Laura Centre: only a third-party blog says families can refer, so it stays unconfirmed, with the link to check', () => {
		const laura = entry('the-laura-centre');
		const how = howToGetIn(laura);
		expect(linesOf(how)).toEqual([
			{
				text: 'You may be able to contact them yourself: check on their website.',
				contacts: ['https://thelauracentre.org.uk'],
			},
		]);
		expect(how.lines[0]!.confirmed).toBe(false);
		expect(canContactThemselves(laura)).toBe(false);
		// The charity's own number is published (its own site), even though self-referral is not confirmed.
		expect(publicContactsFor(laura).map(target)).toEqual(['https://thelauracentre.org.uk', '0116 254 4341']);
	});

	test.each([
		[
			'turning-point-young-peoples-team',
			['You may be able to contact them yourself. Ask your GP how.', 'Your GP can refer you.'],
		],
		['nhs-talking-therapies', ['You may be able to contact them yourself. Ask your GP how.', 'Your GP can refer you.']],
		['tomorrow-project', ['You may be able to contact them yourself. Ask your GP how.']],
	])(
		'%s: no source confirms it or gives a publishable link, so the caution stays and nothing sends people searching',
		(slug, expected) => {
			const service = entry(slug);
			const how = howToGetIn(service);
			expect(how.lines.map((line) => line.text)).toEqual(expected);
			expect(how.lines[0]!.confirmed).toBe(false);
			expect(how.lines[0]!.contacts).toEqual([]);
			expect(wordsShown(service)).not.toMatch(/search online|link for this|was lost/i);
		},
	);

	test("the Tomorrow Project names its provider, Harmless, from Harmless's own site", () => {
		expect(entry('tomorrow-project').provider).toBe('Harmless');
	});
});

describe('NHS Talking Therapies and the service it refers to', () => {
	test('NHS Talking Therapies has no link (none was found) and names its provider, Vita Health Group (VitaMinds)', () => {
		const therapies = entry('nhs-talking-therapies');
		expect(therapies.contacts.filter((contact) => contact.kind === 'web')).toEqual([]);
		expect(publicContactsFor(therapies)).toEqual([]);
		expect(therapies.provider).toBe('Vita Health Group (VitaMinds)');
	});

	test('LLR Psychological Therapies says NHS Talking Therapies (Vita Health) refers, not "Ask your GP"', () => {
		const llrPt = entry('llr-psychological-therapies');
		const how = howToGetIn(llrPt);
		expect(how.cannotReferYourself).toBe('You cannot refer yourself.');
		expect(how.lines.map((line) => line.text)).toEqual([
			'Your NHS Talking Therapies team (VitaMinds, run by Vita Health Group) can refer you.',
		]);
		expect(wordsShown(llrPt)).not.toMatch(/\bGP\b/);
	});
});

describe('services referred by named teams say who refers', () => {
	test.each(['pier', 'pause'])('%s: NHS 111, your GP, or the mental health team that already supports you', (slug) => {
		const how = howToGetIn(entry(slug));
		expect(how.lines.map((line) => line.text)).toEqual([
			'If it is urgent, NHS 111 can refer you: call 111 and choose option 2.',
			'Your GP can refer you.',
			'A mental health team that already supports you can refer you.',
		]);
		// The referral line is for professionals: it is never shown as a way for the public to get in.
		expect(how.lines.flatMap((line) => line.contacts).map(target)).not.toContain('0116 294 3167');
	});

	test('no entry here leaves a professional referral unnamed when it is the only kind of professional way in', () => {
		const vague = entries
			.map(entry)
			.filter((service) =>
				service.access.waysIn.some((way) => way.by.length === 1 && way.by[0] === 'professional' && !way.named),
			)
			.map((service) => service.slug);
		expect(vague).toEqual([]);
	});
});

describe('University Mental Health Neighbourhood Cafes', () => {
	test('say where to drop in, who can use them and who runs them', () => {
		const cafes = entry('university-mental-health-neighbourhood-cafes');
		const [dropIn] = howToGetIn(cafes).lines;
		expect(dropIn!.text).toBe('You can drop in without an appointment.');
		expect(dropIn!.note).toMatch(/campus/);
		expect(cafes.places).toEqual(['De Montfort University', 'Loughborough University', 'University of Leicester']);
		expect(cafes.areaNote).toMatch(/students and staff/);
		expect(cafes.provider).toBe('Leicester, Loughborough and Rutland Mind');
	});
});

describe('national lines', () => {
	const lineContacts = (id: string) => crisisLines.find((line) => line.id === id)!.contacts;

	test("Samaritans is the same number, open at the same times, as in the crisis lines, and cites Samaritans' own page", () => {
		const [phone] = entry('samaritans').contacts.filter((contact) => contact.kind === 'phone');
		const [line] = lineContacts('samaritans');
		expect(phone!.kind === 'phone' && line!.kind === 'phone' && phone!.number === line!.number).toBe(true);
		expect(phone!.hours).toEqual(line!.hours);
		expect(phone!.source?.document).toBe('web-contacts');
		expect(phone!.source?.where).toContain('https://www.samaritans.org/how-we-can-help/contact-samaritan/');
	});

	test("Shout is the same text number and word as in the crisis lines, and cites Shout's own page", () => {
		const [text] = entry('shout').contacts.filter((contact) => contact.kind === 'text');
		const [line] = lineContacts('shout');
		expect(
			text!.kind === 'text' &&
				line!.kind === 'text' &&
				text!.number === line!.number &&
				text!.keyword === line!.keyword,
		).toBe(true);
		expect(text!.hours).toEqual(line!.hours);
		expect(text!.source?.document).toBe('web-contacts');
		expect(text!.source?.where).toContain('https://www.giveusashout.org/faqs/');
	});

	test('the Stay Alive app is a confirmed way in, with its own site', () => {
		const app = entry('stay-alive-app');
		expect(linesOf(howToGetIn(app))).toEqual([
			{ text: 'You can use their app.', contacts: ['https://stayalive.prevent-suicide.org.uk'] },
		]);
		expect(app.provider).toBe('Grassroots Suicide Prevention');
	});
});

describe('every entry here', () => {
	test.each(entries)(
		'%s never says "Search online for" or "Our source had a link for this, but it was lost"',
		(slug) => {
			const text = readFileSync(`content/services/${slug}.yaml`, 'utf8');
			expect(text).not.toMatch(/search online for/i);
			expect(text).not.toMatch(/our source had a link for this, but it was lost/i);
		},
	);

	test.each(entries)('%s: a way a person starts themselves shows a contact or says where to go', (slug) => {
		const service = entry(slug);
		for (const way of service.access.waysIn) {
			const line = wordWayIn(service, way);
			if (!line.own || !line.confirmed) continue;
			const reachable =
				way.how === 'drop-in' ? service.locations.length > 0 || way.note !== undefined : line.contacts.length > 0;
			expect(reachable, `${line.text} has no contact or place`).toBe(true);
		}
	});
});
