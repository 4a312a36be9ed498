import { describe, expect, test } from 'vitest';
import { accessRoutesOf, canContactThemselves, publicContactsFor } from '../../src/lib/reach.ts';
import { howToGetIn, howToGetInSummary } from '../../src/lib/ways-in.ts';
import { serviceSchema } from '../../src/schemas/service.ts';
import { service } from './service-fixture.ts';

const website = { id: 'website', kind: 'web', url: 'https://www.example.nhs.uk' } as const;
const cityText = {
	id: 'city-text',
	kind: 'text',
	number: '07520 615381',
	label: 'Leicester city',
	areas: ['leicester'],
} as const;
const countyText = {
	id: 'county-text',
	kind: 'text',
	number: '07520 615382',
	label: 'Leicestershire and Rutland',
	areas: ['leicestershire', 'rutland'],
} as const;

describe('wording each way in', () => {
	test('ways a person starts themselves say what they do, with the contact they use', () => {
		const textLine = service({
			slug: 'text',
			contacts: [cityText],
			access: { waysIn: [{ by: ['self'], how: 'text', contact: 'city-text' }] },
		});
		const [line] = howToGetIn(textLine).lines;
		expect(line!.text).toBe('You can text them.');
		expect(line!.contacts.map((c) => c.id)).toEqual(['city-text']);
		const form = service({
			slug: 'form',
			contacts: [website],
			access: { waysIn: [{ by: ['self', 'parent-carer'], how: 'web-form', contact: 'website' }] },
		});
		expect(howToGetIn(form).lines[0]!.text).toBe('You, or a parent or carer, can ask for help through their website.');
		const parents = service({
			slug: 'parents',
			contacts: [website],
			access: { waysIn: [{ by: ['parent-carer'], how: 'phone', contact: 'website' }] },
		});
		expect(howToGetIn(parents).lines[0]!.text).toBe('Parents and carers can call them.');
	});

	test('a way in through someone else names them, and says they can refer you', () => {
		const team = service({
			slug: 'team',
			contacts: [{ id: 'cap', kind: 'phone', number: '0808 800 3302', label: 'Central Access Point' }],
			access: {
				waysIn: [{ by: ['self'], how: 'phone', contact: 'cap', via: 'the Central Access Point' }, { by: ['gp'] }],
			},
		});
		const how = howToGetIn(team);
		expect(how.lines[0]!.text).toBe('You can ask for a referral through the Central Access Point.');
		expect(how.cannotReferYourself).toBeUndefined();
		const selfReferral = service({
			slug: 'site',
			contacts: [website],
			access: {
				waysIn: [
					{ by: ['self', 'parent-carer'], how: 'web-form', contact: 'website', via: 'the My Self Referral website' },
				],
			},
		});
		expect(howToGetIn(selfReferral).lines[0]!.text).toBe(
			'You, or a parent or carer, can ask for a referral through the My Self Referral website.',
		);
	});

	test('referrals say who can refer, and a school "can ask for this"', () => {
		const referred = service({
			slug: 'referred',
			contacts: [],
			access: {
				waysIn: [
					{ by: ['gp'] },
					{ by: ['school'] },
					{ by: ['professional'], named: 'The police or court staff' },
					{ by: ['professional'] },
				],
			},
		});
		expect(howToGetIn(referred, { for: 'someone-else' }).lines.map((line) => line.text)).toEqual([
			'Your GP can refer you.',
			'Their school or college can ask for this.',
			'The police or court staff can refer you.',
			'A health or care professional can refer you.',
		]);
		expect(howToGetIn(referred, { for: 'me' }).lines[1]!.text).toBe('Your school or college can ask for this.');
		expect(howToGetIn(referred).lines[1]!.text).toBe('A school or college can ask for this.');
		const lead = service({
			slug: 'lead',
			contacts: [],
			access: { waysIn: [{ by: ['school'], named: "your school's mental health lead" }] },
		});
		expect(howToGetIn(lead).lines[0]!.text).toBe("Your school's mental health lead can ask for this.");
		const both = service({ slug: 'both', contacts: [], access: { waysIn: [{ by: ['gp', 'professional'] }] } });
		expect(howToGetIn(both).lines[0]!.text).toBe('Your GP or another health or care professional can refer you.');
	});

	test('NHS 111 is worded so the page can render "call 111 and choose option 2" with the one component', () => {
		const crisis = service({ slug: 'crisis', contacts: [], access: { waysIn: [{ by: ['nhs-111'] }, { by: ['gp'] }] } });
		const [line] = howToGetIn(crisis).lines;
		expect(line!.text).toBe('If it is urgent, NHS 111 can refer you: call 111 and choose option 2.');
		expect(line!.call111).toEqual({ before: 'If it is urgent, NHS 111 can refer you: ', after: '.' });
	});

	test('an unconfirmed way in never sounds certain, and points to where to check', () => {
		const maybe = service({
			slug: 'maybe',
			contacts: [website],
			access: { waysIn: [{ by: ['self'], how: 'web-form', contact: 'website', confirmed: false }, { by: ['gp'] }] },
		});
		const how = howToGetIn(maybe);
		expect(how.lines[0]!.text).toBe('You may be able to contact them yourself: check on their website.');
		expect(how.lines[0]!.confirmed).toBe(false);
		expect(how.cannotReferYourself).toBeUndefined();
		expect(canContactThemselves(maybe)).toBe(false);
		expect(accessRoutesOf(maybe)).toEqual(['gp']);
		const noLink = service({
			slug: 'no-link',
			contacts: [],
			access: { waysIn: [{ by: ['self'], how: 'web-form', confirmed: false }, { by: ['gp'] }] },
		});
		expect(howToGetIn(noLink).lines[0]!.text).toBe('You may be able to contact them yourself. Ask your GP how.');
	});
});

test('a website or app you use yourself is not listed as a way to refer yourself', () => {
	const app = service({
		slug: 'app',
		contacts: [website],
		access: { waysIn: [{ by: ['self'], how: 'app', contact: 'website' }, { by: ['gp'] }] },
	});
	expect(accessRoutesOf(app)).toEqual(['gp']);
	expect(canContactThemselves(app)).toBe(true);
});

describe('"You cannot refer yourself"', () => {
	test('is said only when no way in is one a person starts themselves', () => {
		const gpOnly = service({ slug: 'gp-only', contacts: [], access: { waysIn: [{ by: ['gp'] }] } });
		expect(howToGetIn(gpOnly).cannotReferYourself).toBe('You cannot refer yourself.');
		expect(howToGetInSummary(gpOnly)).toBe('You cannot refer yourself. Your GP can refer you.');
		const dropIn = service({
			slug: 'drop-in',
			contacts: [],
			access: { waysIn: [{ by: ['self'], how: 'drop-in', note: 'Ask at reception.' }, { by: ['gp'] }] },
		});
		expect(howToGetIn(dropIn).cannotReferYourself).toBeUndefined();
		expect(howToGetInSummary(dropIn)).toBe('You can drop in without an appointment. Your GP can refer you.');
	});
});

describe('numbers for one area', () => {
	const chat = service({
		slug: 'chat',
		contacts: [cityText, countyText],
		access: {
			waysIn: [
				{ by: ['parent-carer'], how: 'text', contact: 'city-text' },
				{ by: ['parent-carer'], how: 'text', contact: 'county-text' },
			],
		},
	});
	test('are labelled with their area on a page for everyone', () => {
		expect(howToGetIn(chat).lines.map((line) => line.limitedTo)).toEqual([
			'For people in Leicester city',
			'For people in Leicestershire county and Rutland',
		]);
	});
	test('are never shown to people in another area', () => {
		const county = howToGetIn(chat, { area: 'rutland' });
		expect(county.lines.flatMap((line) => line.contacts.map((c) => c.id))).toEqual(['county-text']);
		expect(publicContactsFor(chat, { area: 'rutland' }).map((c) => c.id)).toEqual(['county-text']);
		expect(publicContactsFor(chat, { area: 'leicester' }).map((c) => c.id)).toEqual(['city-text']);
	});
	test('ways in for some ages only are left out for other ages', () => {
		const teens = service({
			slug: 'teens',
			contacts: [website],
			access: {
				waysIn: [
					{ by: ['self'], how: 'web-form', contact: 'website', ages: { min: 11, max: 19, label: '11 to 19' } },
					{ by: ['gp'] },
				],
			},
		});
		expect(howToGetIn(teens, { age: 9 }).lines.map((line) => line.text)).toEqual(['Your GP can refer you.']);
		expect(howToGetIn(teens).lines[0]!.limitedTo).toBe('For people aged 11 to 19');
	});
});

describe('the schema keeps ways in honest', () => {
	const base = { ...service({ slug: 'base' }) };
	const problems = (access: unknown, contacts: unknown[] = []) => {
		const result = serviceSchema.safeParse({ ...base, contacts, access });
		return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
	};
	test('a way in must name a contact the entry has', () => {
		expect(problems({ waysIn: [{ by: ['self'], how: 'phone', contact: 'nope' }] })).toEqual([
			'access.waysIn.0.contact: "nope" is not the id of any of this entry\'s contacts',
		]);
	});
	test('a confirmed way a person starts needs its contact, and a referral has no "how"', () => {
		expect(problems({ waysIn: [{ by: ['self'], how: 'phone' }] })).toEqual([
			'access.waysIn.0.contact: a confirmed way in that a person uses themselves needs the contact it uses',
		]);
		expect(problems({ waysIn: [{ by: ['gp'], how: 'phone' }] })).toEqual([
			'access.waysIn.0.how: only ways in a person starts themselves (by: self or parent-carer) have a "how"',
		]);
		expect(
			problems({ waysIn: [{ by: ['self', 'gp'], how: 'phone', contact: 'phone' }] }, [
				{ id: 'phone', kind: 'phone', number: '0116 225 5214' },
			]),
		).toEqual(["access.waysIn.0.by: list a person's own ways in and referrals as separate ways in"]);
	});
	test('a provider "not named in our sources" is left out instead', () => {
		const result = serviceSchema.safeParse({ ...base, provider: 'Not named in our sources' });
		expect(result.success).toBe(false);
	});
});
