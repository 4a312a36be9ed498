/**
 * Safety rule 6, "every listing is a door", checked over every real entry: a person can act on every service,
 * and what the pages say about getting in matches the entry's ways in.
 */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/integrations/content/load.ts';
import { howToGetIn } from '../../src/lib/ways-in.ts';

const { services } = loadContent();
const own = (by: readonly string[]) => by.includes('self') || by.includes('parent-carer');

describe('every listing is a door', () => {
	test('there are services to check', () => expect(services.length).toBeGreaterThan(60));

	test('a service a person can use themselves shows a contact or a place to go, from a source', () => {
		const doorless = services
			.filter((service) => service.access.waysIn.some((way) => own(way.by) && way.confirmed))
			.filter(
				(service) =>
					service.contacts.every((contact) => contact.professionalsOnly) &&
					service.locations.length === 0 &&
					service.places.length === 0,
			)
			.map((service) => service.slug);
		expect(doorless).toEqual([]);
	});

	test('every other service says who can refer, in a sentence', () => {
		const silent = services
			.filter((service) => !service.access.waysIn.some((way) => own(way.by) && way.confirmed))
			.filter(
				(service) =>
					!howToGetIn(service).lines.some((line) =>
						/can (refer you|ask for this)|call 111 and choose option 2|Ask your GP how|check on their website/.test(
							line.text,
						),
					),
			)
			.map((service) => service.slug);
		expect(silent).toEqual([]);
	});

	test("what the page says matches each entry's ways in", () => {
		const wrong: string[] = [];
		for (const service of services) {
			const how = howToGetIn(service);
			const ways = service.access.waysIn;
			if (how.lines.length !== ways.length)
				wrong.push(`${service.slug}: ${ways.length} ways in but ${how.lines.length} lines`);
			const hasOwnWay = ways.some((way) => own(way.by));
			if (Boolean(how.cannotReferYourself) === hasOwnWay)
				wrong.push(`${service.slug}: "You cannot refer yourself" is ${how.cannotReferYourself ? 'said' : 'missing'}`);
			for (const [index, way] of ways.entries()) {
				const line = how.lines[index]!;
				if (!way.confirmed && !line.text.startsWith('You may be able to'))
					wrong.push(`${service.slug}: way ${index} is unconfirmed but reads "${line.text}"`);
				if (way.confirmed && /may be able/.test(line.text))
					wrong.push(`${service.slug}: way ${index} is confirmed but reads "${line.text}"`);
				const contact = service.contacts.find((c) => c.id === way.contact);
				if (contact && !contact.professionalsOnly && !line.contacts.includes(contact))
					wrong.push(`${service.slug}: way ${index} does not show its contact ${contact.id}`);
				if (contact?.professionalsOnly && line.contacts.includes(contact))
					wrong.push(`${service.slug}: way ${index} shows a professionals' contact`);
			}
		}
		expect(wrong).toEqual([]);
	});

	test('no entry tells people to search online or mentions lost links, anywhere a page shows', () => {
		const said = services.flatMap((service) => {
			const shown = [
				service.summary,
				...service.offers,
				...service.access.notes,
				service.access.whatHappensNext ?? '',
				service.areaNote ?? '',
				...howToGetIn(service).lines.flatMap((line) => [line.text, line.note ?? '']),
			];
			return shown
				.filter((text) => /search online|our source|lost link|not named in our sources|\bline \d|\brow \d/i.test(text))
				.map((text) => `${service.slug}: ${text}`);
		});
		expect(said).toEqual([]);
	});
});
