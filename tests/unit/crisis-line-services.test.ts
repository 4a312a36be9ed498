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

	test('no service made from a crisis line writes its number itself', () => {
		const lineNumbers = new Set(
			content.crisisLines.flatMap((line) =>
				line.contacts.flatMap((contact) => ('number' in contact ? [contact.number.replace(/\s/g, '')] : [])),
			),
		);
		const files = contentFolderFiles().filter((file) =>
			linked.some((service) => file.path === `content/services/${service.slug}.yaml`),
		);
		const written = files.filter((file) =>
			[...file.text.matchAll(/number: '?([\d ]+?)'?$/gm)].some((match) =>
				lineNumbers.has(match[1]!.replace(/\s/g, '')),
			),
		);
		expect(written.map((file) => file.path)).toEqual([]);
	});
});
