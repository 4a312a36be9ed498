/**
 * A crisis line with a service page is stored once: the service takes its number, hours, ages and access help from
 * content/crisis-lines.yaml, so the footer and the service page can never disagree.
 */
import { describe, expect, test } from 'vitest';
import { checkContentFiles, contentFolderFiles, loadContent } from '../../src/integrations/content/load.ts';

const content = loadContent();
const lineById = new Map(content.crisisLines.map((line) => [line.id, line]));
const linked = content.services.filter((service) => service.crisisLine !== undefined);

describe('services that are crisis lines', () => {
	test('the six crisis lines with a service page name their line', () => {
		expect(linked.map((service) => service.crisisLine).sort()).toEqual(
			[
				'central-access-point',
				'childline',
				'nhs-111-option-2',
				'samaritans',
				'shout',
				'youngminds-parents-helpline',
			].sort(),
		);
	});

	test("each has its line's contacts, hours and ages", () => {
		for (const service of linked) {
			const line = lineById.get(service.crisisLine!)!;
			const numbers = (contacts: typeof line.contacts) =>
				contacts.flatMap((contact) => ('number' in contact ? [`${contact.kind} ${contact.number}`] : []));
			expect(numbers(service.contacts), service.slug).toEqual(numbers(line.contacts));
			expect(service.hours, service.slug).toEqual(line.contacts[0]!.hours);
			expect(service.ages, service.slug).toEqual(line.ages);
		}
	});

	test('a number changed in content/crisis-lines.yaml changes the service page too', () => {
		const files = contentFolderFiles().map((file) =>
			file.path === 'content/crisis-lines.yaml'
				? { ...file, text: file.text.replace('number: 0808 800 3302', 'number: 0808 800 3303') }
				: file,
		);
		const centralAccessPoint = checkContentFiles(files).services.find(
			(service) => service.slug === 'central-access-point',
		)!;
		expect(
			centralAccessPoint.contacts.filter((contact) => contact.kind === 'phone').map((contact) => contact.number),
		).toEqual(['0808 800 3303']);
	});

	test('a service that gives a crisis line as one of its contacts takes the number from the line', () => {
		const teams = content.services.find((service) => service.slug === 'community-mental-health-teams')!;
		const centralAccessPoint = lineById.get('central-access-point')!;
		const contact = teams.contacts.find((contact) => contact.id === 'central-access-point')!;
		expect(contact).toMatchObject({ kind: 'phone', label: centralAccessPoint.name, hours: { always: true } });
		expect('number' in contact && contact.number).toBe(
			centralAccessPoint.contacts.find((contact) => contact.kind === 'phone')!.number,
		);
	});

	test('a crisis line contact that names a missing line, or writes its own number, is refused by name', () => {
		const path = 'content/services/community-mental-health-teams.yaml';
		const vary = (replacement: string) =>
			contentFolderFiles().map((file) =>
				file.path === path
					? { ...file, text: file.text.replace('  - crisisLine: central-access-point\n', replacement) }
					: file,
			);
		const problems = (replacement: string) =>
			checkContentFiles(vary(replacement)).problems.map((problem) => `${problem.file} ${problem.field}`);
		expect(problems('  - crisisLine: central-access-pointt\n')).toContain(`${path} contacts.0.crisisLine`);
		expect(problems('  - { crisisLine: central-access-point, number: 0808 800 3302 }\n')).toContain(
			`${path} contacts.0.number`,
		);
		expect(problems('  - crisisLine: central-access-point\n')).toEqual([]);
	});

	test("no service writes a crisis line's number itself", () => {
		const lineNumbers = new Set(
			content.crisisLines.flatMap((line) =>
				line.contacts.flatMap((contact) => ('number' in contact ? [contact.number.replace(/\s/g, '')] : [])),
			),
		);
		const files = contentFolderFiles().filter((file) => file.path.startsWith('content/services/'));
		const written = files.filter((file) =>
			[...file.text.matchAll(/number: '?([\d ]+?)'?$/gm)].some((match) =>
				lineNumbers.has(match[1]!.replace(/\s/g, '')),
			),
		);
		expect(written.map((file) => file.path)).toEqual([]);
	});
});
