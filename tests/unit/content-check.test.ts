/**
 * Bad content must fail with a message that names the file and the field.
 * Each case breaks one thing in an otherwise valid entry.
 */
import { describe, expect, test } from 'vitest';
import { checkCrisisLines, checkServices, formatProblem, type ContentFile } from '../../src/lib/content/check.ts';
import { addMonths, todayIso } from '../../src/base/dates.ts';

const forbidden = [{ number: '0116 295 3060', reason: 'superseded by the Central Access Point freephone', foundIn: 'seed 000' }];

function validService(): Record<string, any> {
	return {
		name: 'Example Service',
		slug: 'example-service',
		summary: 'The example service helps young people who feel low.',
		offers: ['One-to-one support'],
		provider: 'Example provider',
		ages: { min: 11, max: 18, label: '11 to 18' },
		audiences: ['young-people'],
		areas: ['leicester'],
		topics: ['low-mood'],
		levels: ['low'],
		access: { waysIn: [{ by: ['self'], how: 'phone', contact: 'helpline' }] },
		contacts: [{ id: 'helpline', kind: 'phone', number: '0808 802 5544', hours: { sessions: [{ days: ['mon'], opens: '09:00', closes: '17:00' }] } }],
		sources: [{ document: 'seed-001', where: "children and young people's table, row 1 (line 6)" }],
		lastChecked: '2026-11-01',
	};
}

function file(data: unknown, path = 'content/services/example-service.yaml'): ContentFile {
	return { path, data };
}

function problemsFor(data: unknown, path?: string): string[] {
	return checkServices([file(data, path)], forbidden).problems.map(formatProblem);
}

describe('checkServices', () => {
	test('a valid entry has no problems', () => {
		expect(problemsFor(validService())).toEqual([]);
	});

	const badEntries: [string, (s: Record<string, any>) => void, RegExp][] = [
		['a missing summary', (s) => delete s.summary, /example-service\.yaml: summary: /],
		['an unknown topic', (s) => (s.topics = ['sadness']), /example-service\.yaml: topics\.0: /],
		['a youngest age above the oldest', (s) => (s.ages = { min: 19, max: 11, label: '19 to 11' }), /example-service\.yaml: ages\.min: the youngest age \(min\) is above the oldest age \(max\)/],
		['a badly formed phone number', (s) => (s.contacts[0].number = '0116 295'), /example-service\.yaml: contacts\.0\.number: "0116 295" is not a valid UK phone number/],
		['a last-checked date in the future', (s) => (s.lastChecked = addMonths(todayIso(), 1)), /example-service\.yaml: lastChecked: is in the future/],
		['a date that is not a date', (s) => (s.lastChecked = '23/11/2026'), /example-service\.yaml: lastChecked: must be a date written as YYYY-MM-DD/],
		['a web link that is not https', (s) => s.contacts.push({ kind: 'web', url: 'http://example.org' }), /example-service\.yaml: contacts\.1\.url: must be a full web address starting with https:\/\//],
		['an unknown area', (s) => (s.areas = ['nottingham']), /example-service\.yaml: areas\.0: /],
		['an unknown referrer', (s) => (s.access.waysIn[0].by = ['friend']), /example-service\.yaml: access\.waysIn\.0\.by\.0: /],
		['a way in naming a contact the entry lacks', (s) => (s.access.waysIn[0].contact = 'missing'), /example-service\.yaml: access\.waysIn\.0\.contact: "missing" is not the id/],
		['no ways in', (s) => (s.access.waysIn = []), /example-service\.yaml: access\.waysIn: /],
		['a summary of two sentences', (s) => (s.summary = 'It helps. It is free.'), /example-service\.yaml: summary: must be one sentence/],
		['a summary without a full stop', (s) => (s.summary = 'It helps young people who feel low'), /example-service\.yaml: summary: must end with a full stop/],
		['a field that is not in the schema', (s) => (s.phone = '0116 225 2525'), /example-service\.yaml: \(whole entry\): .*phone/i],
		['a slug that does not match the file name', (s) => (s.slug = 'another-name'), /example-service\.yaml: slug: "another-name" must match the file name/],
		['no sources', (s) => (s.sources = []), /example-service\.yaml: sources: /],
		['an unknown source document', (s) => (s.sources = [{ document: 'a-blog', where: 'somewhere' }]), /example-service\.yaml: sources\.0\.document: /],
		['opening hours with a bad time', (s) => (s.contacts[0].hours.sessions[0].opens = '9am'), /example-service\.yaml: contacts\.0\.hours\.sessions\.0\.opens: must be a time like 09:30/],
		['a bad email address', (s) => s.contacts.push({ kind: 'email', address: 'not-an-email' }), /example-service\.yaml: contacts\.1\.address: must be an email address/],
		['a number that must never be published', (s) => (s.access.notes = ['Or call 0116 295 3060.']), /example-service\.yaml: access\.notes\.0: contains 0116 295 3060, which must not be published/],
		['a bad postcode', (s) => (s.locations = [{ name: 'Base', address: ['1 Street'], postcode: 'LE2', area: 'leicester' }]), /example-service\.yaml: locations\.0\.postcode: must be a UK postcode/],
	];

	test.each(badEntries)('%s fails, naming the file and the field', (_name, breakIt, expected) => {
		const service = validService();
		breakIt(service);
		const problems = problemsFor(service);
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.join('\n')).toMatch(expected);
	});

	test('a duplicate slug fails and names both files', () => {
		const first = file(validService());
		const second = file({ ...validService() }, 'content/services/example-service.yml');
		const problems = checkServices([first, second], forbidden).problems.map(formatProblem);
		expect(problems).toEqual([
			'content/services/example-service.yml: slug: "example-service" is already used by content/services/example-service.yaml',
		]);
	});

	test('a forbidden number is caught however it is spaced', () => {
		const service = validService();
		service.offers.push('Call 01162953060 for help.');
		expect(problemsFor(service).join('\n')).toMatch(/offers\.1: contains 0116 295 3060/);
	});
});

describe('checkCrisisLines', () => {
	const line = {
		id: 'samaritans',
		name: 'Samaritans',
		purpose: 'Talk to someone about anything.',
		who: 'Anyone',
		urgency: 'talk',
		contacts: [{ kind: 'phone', number: '116 123', hours: { always: true } }],
		sources: [{ document: 'national', where: 'Samaritans published details' }],
		lastChecked: '2026-11-01',
	};

	test('valid lines pass', () => {
		expect(checkCrisisLines(file([line], 'content/crisis-lines.yaml'), forbidden).problems).toEqual([]);
	});
	test('a line cannot carry a public caution: open questions go to the review report', () => {
		const problems = checkCrisisLines(file([{ ...line, needsVerification: true }], 'content/crisis-lines.yaml'), forbidden).problems;
		expect(problems.map(formatProblem).join('\n')).toMatch(/content\/crisis-lines\.yaml: 0: .*needsVerification/);
	});
	test('ids must be unique', () => {
		const problems = checkCrisisLines(file([line, line], 'content/crisis-lines.yaml'), forbidden).problems;
		expect(problems.map(formatProblem)).toEqual(['content/crisis-lines.yaml: 1.id: "samaritans" is used twice']);
	});
});
