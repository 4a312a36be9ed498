/**
 * The whole directory as open data in the Open Referral UK format (the UK profile of HSDS 3.0), so councils,
 * the NHS and other directories can reuse it. Each service is a full HSDS `service` (with its organization,
 * phones, contacts, schedules, service areas, locations and taxonomy terms), in the page envelope the HSDS
 * API uses for `/services`, holding every service on one page.
 *
 * Only what the entries say, and only what the public may use: contacts for professionals are left out.
 * Ids are UUIDs made from the service's slug (and the like), so they stay the same from one build to the next.
 */
import { createHash } from 'node:crypto';
import type { Contact, Hours } from '../../schemas/common.ts';
import type { Service } from '../../schemas/service.ts';
import { browseUrl } from '../browse.ts';
import { formatHours } from '../hours.ts';
import { displayPhone } from '../../base/phone.ts';
import { accessRoutes, areas, audiences, levels, topics } from '../../base/vocabulary.ts';
import { accessRoutesOf } from '../reach.ts';
import { howToGetIn } from '../ways-in.ts';

/** RFC 4122 URL namespace: names below are URLs-like strings under this site, hashed into UUID version 5. */
const urlNamespace = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** A name-based UUID (version 5): the same name always gives the same id. */
export function stableUuid(name: string): string {
	const namespace = Buffer.from(urlNamespace.replace(/-/g, ''), 'hex');
	const hash = createHash('sha1').update(namespace).update(`llr-mental-health-support:${name}`, 'utf8').digest();
	hash[6] = (hash[6]! & 0x0f) | 0x50;
	hash[8] = (hash[8]! & 0x3f) | 0x80;
	const hex = hash.subarray(0, 16).toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

type Phone = {
	id: string;
	service_id?: string;
	location_id?: string;
	number: string;
	type: 'voice' | 'text';
	description?: string;
};
type Schedule = {
	id: string;
	service_id: string;
	freq: 'WEEKLY';
	byday: string;
	opens_at: string;
	closes_at: string;
	description: string;
};
type TaxonomyTerm = {
	id: string;
	code: string;
	name: string;
	description: string;
	taxonomy: string;
	taxonomy_id: string;
	term_uri?: string;
	taxonomy_detail: Taxonomy;
};
type Taxonomy = { id: string; name: string; description: string; uri?: string };

/** The site's vocabularies as HSDS taxonomies: what a service helps with, who for, how much help, how to get in. */
const taxonomies = {
	topic: {
		vocabulary: topics,
		name: 'What it helps with',
		description: 'What a service helps with, in the words the LLR mental health support finder uses.',
		browse: 'topic' as const,
	},
	audience: {
		vocabulary: audiences,
		name: 'Who it is for',
		description: 'The groups of people a service is for.',
		browse: undefined,
	},
	level: {
		vocabulary: levels,
		name: 'How much help',
		description: 'How much help a service gives, from emergency care to everyday wellbeing.',
		browse: undefined,
	},
	access: {
		vocabulary: accessRoutes,
		name: 'How to get in',
		description:
			'How a person gets in to a service: referring themselves, dropping in, or through NHS 111, a GP, a school or another professional.',
		browse: 'access' as const,
	},
};
type TaxonomyId = keyof typeof taxonomies;

function taxonomyDetail(id: TaxonomyId, site: URL): Taxonomy {
	const taxonomy = taxonomies[id];
	return {
		id: stableUuid(`taxonomy:${id}`),
		name: taxonomy.name,
		description: taxonomy.description,
		uri: new URL('/services/', site).href,
	};
}

/** One term of one of the site's vocabularies, as an HSDS taxonomy term. */
export function taxonomyTerm(taxonomy: TaxonomyId, code: string, site: URL): TaxonomyTerm {
	const { vocabulary, browse } = taxonomies[taxonomy];
	const entry = (vocabulary.entries as readonly { id: string; label: string; hint?: string }[]).find(
		(candidate) => candidate.id === code,
	);
	if (!entry) throw new Error(`Unknown ${taxonomy} "${code}"`);
	const detail = taxonomyDetail(taxonomy, site);
	return {
		id: stableUuid(`taxonomy:${taxonomy}:${code}`),
		code,
		name: entry.label,
		description: entry.hint ? `${entry.label}: ${entry.hint}.` : `${entry.label}.`,
		taxonomy: detail.name,
		taxonomy_id: detail.id,
		...(browse ? { term_uri: new URL(browseUrl(browse, code), site).href } : {}),
		taxonomy_detail: detail,
	};
}

function sentence(text: string): string {
	return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Opening hours in the site's own words, saying they are UK time. */
function hoursInWords(hours: Hours): string {
	return `${sentence(formatHours(hours))}${hours.sessions.length > 0 ? ' Times are UK time.' : ''}`;
}

/** Public phone and text contacts as HSDS phones, with what each is for, who for and when in words. */
function phonesOf(
	contacts: readonly Contact[],
	owner: { service_id: string } | { location_id: string },
	key: string,
): Phone[] {
	return contacts.flatMap((contact, index) => {
		if (contact.professionalsOnly || (contact.kind !== 'phone' && contact.kind !== 'text')) return [];
		const parts = [
			contact.label ? sentence(contact.label) : '',
			contact.kind === 'text' && contact.keyword ? `Text ${contact.keyword} to ${displayPhone(contact.number)}.` : '',
			contact.areas ? `For people in ${contact.areas.map((area) => areas.label(area)).join(' and ')}.` : '',
			contact.hours ? hoursInWords(contact.hours) : '',
			contact.note ? sentence(contact.note) : '',
		].filter(Boolean);
		return [
			{
				id: stableUuid(`${key}:phone:${index}`),
				...owner,
				number: displayPhone(contact.number),
				type: contact.kind === 'text' ? 'text' : 'voice',
				...(parts.length > 0 ? { description: parts.join(' ') } : {}),
			},
		];
	});
}

const rruleDay = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' } as const;

/** A service's opening hours as HSDS weekly schedules (times are UK local time, as the description says). */
function schedulesOf(service: Service, serviceId: string): Schedule[] {
	const hours = service.hours;
	if (!hours) return [];
	const sessions = hours.always
		? [{ days: Object.keys(rruleDay) as (keyof typeof rruleDay)[], opens: '00:00', closes: '23:59' }]
		: hours.sessions;
	return sessions.map((session, index) => ({
		id: stableUuid(`service:${service.slug}:schedule:${index}`),
		service_id: serviceId,
		freq: 'WEEKLY',
		byday: session.days.map((day) => rruleDay[day]).join(','),
		opens_at: session.opens,
		closes_at: session.closes,
		description: hoursInWords(hours),
	}));
}

/** How to get in, in the same sentences the service page uses. */
function applicationProcess(service: Service): string {
	const how = howToGetIn(service);
	const lines = how.lines.map((line) =>
		[line.text, line.limitedTo ? sentence(line.limitedTo) : '', line.note ? sentence(line.note) : '']
			.filter(Boolean)
			.join(' '),
	);
	return [
		how.cannotReferYourself,
		...lines,
		...service.access.notes.map(sentence),
		service.access.whatHappensNext ? `What happens next: ${service.access.whatHappensNext}` : '',
	]
		.filter(Boolean)
		.join('\n');
}

function eligibility(service: Service): string {
	return [
		`${sentence(service.ages.label)}`,
		`For: ${service.audiences.map((audience) => audiences.label(audience).toLowerCase()).join(', ')}.`,
		`In: ${service.areas.map((area) => areas.label(area)).join(', ')}.`,
		service.areaNote ? sentence(service.areaNote) : '',
		...service.exclusions.map(
			(exclusion) => `Not for: ${exclusion.replace(/^not for:?\s*/i, '')}${/[.!?]$/.test(exclusion) ? '' : '.'}`,
		),
	]
		.filter(Boolean)
		.join(' ');
}

function attributesOf(service: Service, serviceId: string, site: URL) {
	const terms: [TaxonomyId, readonly string[]][] = [
		['topic', service.topics],
		['audience', service.audiences],
		['level', service.levels],
		['access', accessRoutesOf(service)],
	];
	return terms.flatMap(([taxonomy, codes]) =>
		codes.map((code) => {
			const term = taxonomyTerm(taxonomy, code, site);
			return {
				id: stableUuid(`service:${service.slug}:attribute:${taxonomy}:${code}`),
				link_id: serviceId,
				link_type: taxonomy,
				link_entity: 'service',
				taxonomy_term_id: term.id,
				taxonomy_term: term,
			};
		}),
	);
}

function organizationOf(service: Service, services: readonly Service[]) {
	if (!service.provider) return undefined;
	const runs = services.filter((other) => other.provider === service.provider).map((other) => other.name);
	return {
		id: stableUuid(`organization:${service.provider}`),
		name: service.provider,
		description: `Runs ${runs.length === 1 ? 'this service' : 'these services'} in Leicester, Leicestershire and Rutland: ${runs.join('; ')}.`,
	};
}

function locationsOf(service: Service, serviceId: string) {
	return service.locations.map((place, index) => {
		const key = `service:${service.slug}:location:${index}`;
		const locationId = stableUuid(key);
		const [first, ...rest] = place.address;
		const city = place.address.length > 1 ? place.address.at(-1)! : areas.label(place.area);
		const middle = place.address.length > 1 ? rest.slice(0, -1) : [];
		const phones = phonesOf(place.contacts, { location_id: locationId }, key);
		return {
			id: stableUuid(`${key}:at`),
			service_id: serviceId,
			location_id: locationId,
			location: {
				id: locationId,
				location_type: 'physical' as const,
				name: place.name,
				addresses: [
					{
						id: stableUuid(`${key}:address`),
						location_id: locationId,
						address_1: first!,
						...(middle.length > 0 ? { address_2: middle.join(', ') } : {}),
						city,
						state_province: areas.label(place.area),
						postal_code: place.postcode,
						country: 'GB',
						address_type: 'physical' as const,
					},
				],
				...(phones.length > 0 ? { phones } : {}),
			},
		};
	});
}

/** One service as a full HSDS 3.0 service. `site` is the directory's public address, for links back to it. */
export function openReferralService(service: Service, services: readonly Service[], site: URL) {
	const id = stableUuid(`service:${service.slug}`);
	const publicContacts = service.contacts.filter((contact) => !contact.professionalsOnly);
	const website = publicContacts.find((contact) => contact.kind === 'web');
	const emails = publicContacts.filter((contact) => contact.kind === 'email');
	const organization = organizationOf(service, services);
	const phones = phonesOf(service.contacts, { service_id: id }, `service:${service.slug}`);
	const schedules = schedulesOf(service, id);
	const offers = service.offers.map((offer) => `- ${offer}`).join('\n');
	return {
		id,
		...(organization ? { organization_id: organization.id } : {}),
		name: service.name,
		description: `${service.summary}\n\nWhat it offers:\n${offers}\n\nMore about this service: ${new URL(`/services/${service.slug}/`, site).href}`,
		...(website && website.kind === 'web' ? { url: website.url } : {}),
		...(emails[0] && emails[0].kind === 'email' ? { email: emails[0].address } : {}),
		status: 'active' as const,
		application_process: applicationProcess(service),
		...(service.cost ? { fees_description: service.cost } : {}),
		eligibility_description: eligibility(service),
		minimum_age: service.ages.min,
		...(service.ages.max === null ? {} : { maximum_age: service.ages.max }),
		assured_date: service.lastChecked,
		...(phones.length > 0 ? { phones } : {}),
		...(schedules.length > 0 ? { schedules } : {}),
		service_areas: service.areas.map((area) => ({
			id: stableUuid(`service:${service.slug}:area:${area}`),
			service_id: id,
			name: areas.label(area),
			description: `People who live in ${areas.label(area)}${service.areaNote ? `. ${sentence(service.areaNote)}` : '.'}`,
		})),
		service_at_locations: locationsOf(service, id),
		...(organization ? { organization } : {}),
		contacts: emails.map((contact, index) => ({
			id: stableUuid(`service:${service.slug}:contact:${index}`),
			service_id: id,
			...(contact.label ? { name: contact.label } : {}),
			...(contact.kind === 'email' ? { email: contact.address } : {}),
		})),
		attributes: attributesOf(service, id, site),
	};
}

export type OpenReferralService = ReturnType<typeof openReferralService>;

/**
 * The whole directory: every service, in the HSDS API's page envelope (one page with everything), sorted by
 * name so the file only changes when the data does.
 */
export function openReferralExport(services: readonly Service[], site: URL) {
	const contents = [...services]
		.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
		.map((service) => openReferralService(service, services, site));
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
