/**
 * The Open Referral UK feed: the open data as the static API the UK profile asks for, so a directory or the
 * official validator can read it like any other publisher's. Every endpoint sits under one stub (`feedPath`):
 * `GET /` says which standard and profile the feed follows, `/services` lists every service on one page, and
 * `/services/{id}` is one service in full. A static host cannot answer `?page=` or `?search=`: `/services` holds
 * every service on its only page, so any page request gets the same answer.
 */
import type { Service } from '../../schemas/service.ts';
import { openReferralService } from './openreferral.ts';

/** The feed's API stub. Each endpoint is a file `<endpoint>/index.json` under it (hosts rewrite to it). */
export const feedPath = '/open-data/openreferral/';

/** The endpoints of the UK profile the feed serves, as paths under the stub. */
export const feedEndpoints = ['/', '/services', '/services/{id}'] as const;

/**
 * The feed's `version`. The official validator (tpximpact/OpenReferralApi) reads it from `GET /` to pick its tests,
 * and falls back to the old 1.0 standard when `GET /` does not answer.
 */
export const feedVersion = 'HSDS-UK-3.0';

/** The UK profile's documentation (named in sources/standards/openreferral-uk-profile/profile_compliance.md). */
export const profileUrl = 'https://open-referral-uk-profile.readthedocs.io/en/latest/';

/** The built file that answers a request for an endpoint path (`/services/abc` -> `.../services/abc/index.json`). */
export function feedFile(endpoint: string): string {
	const trimmed = endpoint.replace(/^\/+|\/+$/g, '');
	return `${feedPath}${trimmed ? `${trimmed}/` : ''}index.json`;
}

/** `GET /`: what the feed is, for people and for the validator. */
export function feedRoot(site: URL) {
	return { version: feedVersion, profile: profileUrl, openapi_url: new URL(`${feedPath}openapi.json`, site).href };
}

/** `GET /services`: every service with only its one-to-one fields (no lists of phones, places...), on one page. */
export function feedServicesPage(services: readonly Service[], site: URL) {
	const contents = [...services]
		.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
		.map((service) =>
			Object.fromEntries(
				Object.entries(openReferralService(service, services, site)).filter(([, value]) => !Array.isArray(value)),
			),
		);
	return {
		total_items: contents.length,
		total_pages: 1,
		page_number: 1,
		size: contents.length,
		first_page: true,
		last_page: true,
		empty: contents.length === 0,
		contents,
	};
}

/** `GET /services/{id}`: one service in full, with the id the whole export uses. */
export function feedServices(services: readonly Service[], site: URL) {
	return services.map((service) => openReferralService(service, services, site));
}

type OpenApi = { openapi: string; info: object; paths: Record<string, unknown>; [key: string]: unknown };

/**
 * The profile's OpenAPI file, cut to the endpoints this feed serves and pointed at it (`servers`), so a client
 * or validator knows what to ask for and where.
 */
export function feedOpenApi(profile: OpenApi, site: URL): OpenApi {
	const paths = Object.fromEntries(feedEndpoints.map((endpoint) => [endpoint, profile.paths[endpoint]]));
	const missing = feedEndpoints.filter((endpoint) => !paths[endpoint]);
	if (missing.length > 0) throw new Error(`The UK profile's OpenAPI file has no ${missing.join(', ')}`);
	return {
		...profile,
		info: {
			...profile.info,
			title: 'LLR mental health support: Open Referral UK feed',
			description:
				'Every mental health support service in Leicester, Leicestershire and Rutland, as Open Referral UK (HSDS 3.0, UK profile). Static files: /services holds every service on one page.',
		},
		servers: [{ url: new URL(feedPath.replace(/\/$/, ''), site).href }],
		paths,
	};
}

/**
 * Facts the site publishes that the UK profile has no field for: they stay in the feed (the profile allows more
 * fields than it names), but a directory that reads only the profile will not see them. Checked against the
 * profile's compiled service schema by the tests; the README lists them in words.
 */
export const factsOutsideProfile = [
	'service.application_process',
	'service.eligibility_description',
	'service.fees_description',
	'service.phones',
	'service.contacts[].email',
	'service.service_areas[].description',
	'service.service_at_locations[].location.phones',
	'service.service_at_locations[].location.addresses[].address_2',
	'service.attributes[].link_entity',
	'service.attributes[].taxonomy_term.code',
	'service.attributes[].taxonomy_term.taxonomy_detail',
] as const;
