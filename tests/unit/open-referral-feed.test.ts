/**
 * The Open Referral UK feed validates against the UK profile (sources/standards/openreferral-uk-profile/): `GET /`
 * against the profile's OpenAPI answer, `/services` against the page envelope and the compiled `service_list`
 * schema, `/services/{id}` against the compiled `service` schema. Fields outside the profile are listed once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/integrations/content/load.ts';
import {
	factsOutsideProfile,
	feedFile,
	feedOpenApi,
	feedRoot,
	feedServices,
	feedServicesPage,
	feedVersion,
} from '../../src/lib/open-data/feed.ts';

const profileDir = 'sources/standards/openreferral-uk-profile/schema';
const readJson = (file: string) => JSON.parse(readFileSync(join(profileDir, file), 'utf8'));
const openApi = readJson('openapi.json');
const site = new URL('https://help.example.org/');
const { services } = loadContent();

// strict: false because the profile's files carry documentation keywords (name, example, constraints...).
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
function validator(schema: object) {
	const validate = ajv.compile(schema);
	return (value: unknown) =>
		validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);
}
const okResponse = (path: string) => openApi.paths[path].get.responses['200'].content['application/json'].schema;
const serviceProblems = validator(readJson('compiled/service.json'));
const listItemProblems = validator(readJson('compiled/service_list.json'));
const pageProblems = validator({
	...openApi.components.schemas.Page,
	required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
});
const rootProblems = validator({ ...okResponse('/'), required: ['version', 'profile', 'openapi_url'] });

describe('the Open Referral UK feed', () => {
	test('GET / says which standard and profile it follows and where its OpenAPI file is', () => {
		const root = feedRoot(site);
		expect(rootProblems(root)).toEqual([]);
		expect(root).toEqual({
			version: feedVersion,
			profile: expect.stringMatching(/^https:\/\//),
			openapi_url: 'https://help.example.org/open-data/openreferral/openapi.json',
		});
	});

	test('GET /services lists every service on one page, each a valid service_list item', () => {
		const page = feedServicesPage(services, site);
		expect(pageProblems(page)).toEqual([]);
		expect(page).toMatchObject({
			total_items: services.length,
			total_pages: 1,
			page_number: 1,
			size: services.length,
			first_page: true,
			last_page: true,
			empty: false,
		});
		expect(
			page.contents.flatMap((item) => listItemProblems(item).map((problem) => `${item['name']}: ${problem}`)),
		).toEqual([]);
		expect(page.contents.filter((item) => Object.values(item).some(Array.isArray))).toEqual([]);
	});

	test('GET /services/{id} is each service in full, valid against the profile, at its own file', () => {
		const full = feedServices(services, site);
		expect(full.flatMap((service) => serviceProblems(service).map((problem) => `${service.name}: ${problem}`))).toEqual(
			[],
		);
		expect(new Set(full.map((service) => feedFile(`/services/${service.id}`))).size).toBe(services.length);
		expect(feedFile('/')).toBe('/open-data/openreferral/index.json');
		expect(feedFile('/services')).toBe('/open-data/openreferral/services/index.json');
	});

	test('the validators catch what the profile forbids', () => {
		const [first] = feedServices(services, site);
		expect(serviceProblems({ ...first, id: 'service-1' })).toEqual(['/id must match format "uuid"']);
		const { status: _status, ...withoutStatus } = first!;
		expect(serviceProblems(withoutStatus)).toEqual(["/ must have required property 'status'"]);
		expect(
			rootProblems({ version: feedVersion, profile: 'not a web address', openapi_url: 'https://x.org/o.json' }),
		).toEqual(['/profile must match format "uri"']);
	});

	test("the OpenAPI file is the profile's, cut to the endpoints served and pointed at the feed", () => {
		const api = feedOpenApi(openApi, site);
		expect(Object.keys(api.paths)).toEqual(['/', '/services', '/services/{id}']);
		expect(api['servers']).toEqual([{ url: 'https://help.example.org/open-data/openreferral' }]);
		expect(api.paths['/services']).toEqual(openApi.paths['/services']);
	});

	test('the facts the profile cannot carry are exactly the ones listed (and in the README)', () => {
		const schema = readJson('compiled/service.json');
		const outside = new Set<string>();
		const walk = (
			value: unknown,
			part: { properties?: Record<string, unknown>; items?: unknown } | undefined,
			path: string,
		): void => {
			if (Array.isArray(value)) return value.forEach((item) => walk(item, part?.items as typeof part, `${path}[]`));
			if (!value || typeof value !== 'object') return;
			for (const [key, child] of Object.entries(value)) {
				const sub = part?.properties?.[key] as typeof part;
				if (sub) walk(child, sub, `${path}.${key}`);
				else outside.add(`${path}.${key}`);
			}
		};
		for (const service of feedServices(services, site)) walk(service, schema, 'service');
		expect([...outside].sort()).toEqual([...factsOutsideProfile].sort());
		const readme = readFileSync('README.md', 'utf8');
		expect(readme).toContain('What the Open Referral UK profile cannot carry');
	});
});
