/**
 * The Open Referral UK export is checked against the published HSDS 3.0 JSON Schemas (vendored in
 * sources/standards/openreferral-hsds-3.0/), with ajv for JSON Schema draft 2020-12 and ajv-formats (uuid, uri,
 * email, date-time), and covers every service with only its public contacts. The CSV has a row per service.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/integrations/content/load.ts';
import { directoryCsv } from '../../src/lib/open-data/csv.ts';
import { openReferralExport, openReferralService, stableUuid } from '../../src/lib/open-data/openreferral.ts';
import { displayPhone } from '../../src/base/phone.ts';
import type { Service } from '../../src/schemas/service.ts';

const schemaDir = 'sources/standards/openreferral-hsds-3.0';
const site = new URL('https://help.example.org/');
const { services } = loadContent();
const exported = openReferralExport(services, site);

/** A validator for one HSDS object, with every schema file loaded so their $refs (by file name) resolve. */
function hsdsValidator(file: string) {
	// strict: false because the HSDS files carry documentation keywords (name, example, constraints...) that are not JSON Schema.
	const ajv = new Ajv2020({ strict: false, allErrors: true });
	addFormats(ajv);
	for (const name of readdirSync(schemaDir).filter((name) => name.endsWith('.json') && !name.startsWith('compiled__')))
		ajv.addSchema({ ...JSON.parse(readFileSync(join(schemaDir, name), 'utf8')), $id: name });
	const validate = ajv.getSchema(file);
	if (!validate) throw new Error(`No schema ${file}`);
	return validate;
}
const validateService = hsdsValidator('service.json');

function problems(value: unknown): string[] {
	return validateService(value)
		? []
		: (validateService.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);
}

describe('the Open Referral UK export', () => {
	test('covers every service once, in the HSDS page envelope', () => {
		expect(services.length).toBeGreaterThan(60);
		expect(exported.contents).toHaveLength(services.length);
		expect(new Set(exported.contents.map((service) => service.id)).size).toBe(services.length);
		expect(exported).toMatchObject({
			total_items: services.length,
			total_pages: 1,
			page_number: 1,
			size: services.length,
			first_page: true,
			last_page: true,
			empty: false,
		});
	});

	test.each(exported.contents.map((service) => [service.name, service] as const))(
		'%s is a valid HSDS 3.0 service',
		(_name, service) => {
			expect(problems(service)).toEqual([]);
		},
	);

	test('the validator catches what the schema forbids', () => {
		const [first] = exported.contents;
		expect(problems({ ...first, status: 'open' })).toEqual([
			expect.stringContaining('/status must be equal to one of the allowed values'),
		]);
		expect(problems({ ...first, id: 'service-1' })).toEqual(['/id must match format "uuid"']);
		expect(problems({ ...first, minimum_age: '18' })).toEqual(['/minimum_age must be number']);
		const { name: _name, ...withoutName } = first!;
		expect(problems(withoutName)).toEqual(["/ must have required property 'name'"]);
		expect(problems({ ...first, url: 'not a url' })).toEqual(['/url must match format "uri"']);
		const firstWithLocation = exported.contents.find((service) => service.service_at_locations.length > 0)!;
		const [place] = firstWithLocation.service_at_locations;
		const brokenPlace = { ...place, location: { ...place!.location, location_type: 'building' } };
		expect(problems({ ...firstWithLocation, service_at_locations: [brokenPlace] })).toEqual([
			expect.stringContaining(
				'/service_at_locations/0/location/location_type must be equal to one of the allowed values',
			),
		]);
	});

	test('ids are UUIDs made from names, the same on every build', () => {
		expect(stableUuid('service:samaritans')).toMatch(
			/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
		);
		expect(stableUuid('service:samaritans')).toBe(stableUuid('service:samaritans'));
		expect(stableUuid('service:samaritans')).not.toBe(stableUuid('service:shout'));
		expect(openReferralExport(services, site)).toEqual(exported);
		const ids = exported.contents.flatMap((service) => [
			service.id,
			...(service.phones ?? []).map((phone) => phone.id),
			...service.service_at_locations.map((place) => place.id),
		]);
		expect(new Set(ids).size).toBe(ids.length);
	});

	test('every public phone and text number is exported, and no number for professionals only', () => {
		for (const service of services) {
			const entry = exported.contents.find((candidate) => candidate.id === stableUuid(`service:${service.slug}`))!;
			const numbers = (entry.phones ?? []).map((phone) => phone.number);
			for (const contact of service.contacts) {
				if (contact.kind !== 'phone' && contact.kind !== 'text') continue;
				if (contact.professionalsOnly)
					expect(numbers, `${service.slug}: ${contact.number}`).not.toContain(displayPhone(contact.number));
				else expect(numbers, `${service.slug}: ${contact.number}`).toContain(displayPhone(contact.number));
			}
		}
	});

	test('a contact for professionals is never exported, in any field', () => {
		const base = services.find((service) => service.slug === 'samaritans')!;
		const withProfessional: Service = {
			...base,
			contacts: [
				...base.contacts,
				{ kind: 'phone', number: '0116 496 0000', professionalsOnly: true },
				{ kind: 'email', address: 'referrals@example.org', professionalsOnly: true },
				{ kind: 'web', url: 'https://pro.example.org/', professionalsOnly: true },
			],
		};
		const text = JSON.stringify(openReferralService(withProfessional, services, site));
		expect(text).not.toContain('0116 496 0000');
		expect(text).not.toContain('referrals@example.org');
		expect(text).not.toContain('pro.example.org');
	});

	test('assured date, ages, areas, locations and taxonomy terms come from the entry', () => {
		for (const service of services) {
			const entry = exported.contents.find((candidate) => candidate.id === stableUuid(`service:${service.slug}`))!;
			expect(entry.assured_date).toBe(service.lastChecked);
			expect(entry.minimum_age).toBe(service.ages.min);
			expect(entry.service_areas).toHaveLength(service.areas.length);
			expect(entry.service_at_locations.map((place) => place.location.addresses[0]!.postal_code)).toEqual(
				service.locations.map((place) => place.postcode),
			);
			const codes = entry.attributes.map((attribute) => `${attribute.link_type}:${attribute.taxonomy_term.code}`);
			for (const topic of service.topics) expect(codes).toContain(`topic:${topic}`);
			expect(entry.application_process.length).toBeGreaterThan(10);
		}
	});

	test('the export has organizations, locations, phones, contacts, schedules and taxonomy terms (counts)', () => {
		const count = {
			services: exported.contents.length,
			organizations: new Set(
				exported.contents.flatMap((service) => (service.organization ? [service.organization.id] : [])),
			).size,
			locations: exported.contents.reduce((sum, service) => sum + service.service_at_locations.length, 0),
			phones: exported.contents.reduce(
				(sum, service) =>
					sum +
					(service.phones?.length ?? 0) +
					service.service_at_locations.reduce((n, place) => n + (place.location.phones?.length ?? 0), 0),
				0,
			),
			contacts: exported.contents.reduce((sum, service) => sum + service.contacts.length, 0),
			schedules: exported.contents.reduce((sum, service) => sum + (service.schedules?.length ?? 0), 0),
			taxonomyTerms: new Set(
				exported.contents.flatMap((service) => service.attributes.map((attribute) => attribute.taxonomy_term.id)),
			).size,
		};
		console.log('Open Referral export:', JSON.stringify(count));
		for (const [what, n] of Object.entries(count)) expect(n, what).toBeGreaterThan(0);
	});
});

describe('the CSV', () => {
	const csv = directoryCsv(services, site);
	/** A small RFC 4180 reader, enough to read the file back. */
	function readCsv(text: string): string[][] {
		const rows: string[][] = [[]];
		let cell = '';
		let quoted = false;
		for (let i = 0; i < text.length; i++) {
			const char = text[i]!;
			if (quoted) {
				if (char === '"' && text[i + 1] === '"') ((cell += '"'), i++);
				else if (char === '"') quoted = false;
				else cell += char;
			} else if (char === '"') quoted = true;
			else if (char === ',') (rows.at(-1)!.push(cell), (cell = ''));
			else if (char === '\r' && text[i + 1] === '\n') (rows.at(-1)!.push(cell), (cell = ''), rows.push([]), i++);
			else cell += char;
		}
		return rows.filter((row) => row.length > 0);
	}

	test('has a heading row and one row per service, every row the same width, and opens in Excel as UTF-8', () => {
		expect(csv.startsWith('\uFEFFName,Summary,')).toBe(true);
		const rows = readCsv(csv.slice(1));
		expect(rows).toHaveLength(services.length + 1);
		expect(new Set(rows.map((row) => row.length)).size).toBe(1);
		const samaritans = rows.find((row) => row[0] === 'Samaritans')!;
		expect(samaritans.join(' ')).toContain('116 123');
	});

	test('quotes commas, quotes and line breaks', () => {
		const base = services[0]!;
		const rows = readCsv(
			directoryCsv([{ ...base, name: 'A "quoted", name', summary: 'Line one.\r\nLine two.' }], site).slice(1),
		);
		expect(rows[1]![0]).toBe('A "quoted", name');
		expect(rows[1]![1]).toBe('Line one.\r\nLine two.');
	});
});
