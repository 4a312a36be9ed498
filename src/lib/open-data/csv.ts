/**
 * The directory as one CSV file for people who use spreadsheets: a row per service, with the facts a person
 * needs to pass on help (contacts for the public only). RFC 4180 quoting, Windows line ends and a byte order
 * mark, so Excel opens it with the right characters.
 */
import type { Service } from '../../schemas/service.ts';
import { formatHours } from '../hours.ts';
import { displayPhone } from '../../base/phone.ts';
import { accessRoutes, areas, audiences, topics } from '../../base/vocabulary.ts';
import { accessRoutesOf } from '../reach.ts';
import { howToGetIn } from '../ways-in.ts';
import { stableUuid } from './openreferral.ts';

function cell(value: string | number | undefined): string {
	const text = value === undefined ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The columns, each with how to read it from a service. */
const columns: [heading: string, value: (service: Service, site: URL) => string | number | undefined][] = [
	['Name', (service) => service.name],
	['Summary', (service) => service.summary],
	['Run by', (service) => service.provider],
	[
		'Phone',
		(service) =>
			publicOf(service, 'phone')
				.map((contact) => (contact.kind === 'phone' ? displayPhone(contact.number) : ''))
				.join('; '),
	],
	[
		'Text',
		(service) =>
			publicOf(service, 'text')
				.map((contact) =>
					contact.kind === 'text'
						? `${contact.keyword ? `${contact.keyword} to ` : ''}${displayPhone(contact.number)}`
						: '',
				)
				.join('; '),
	],
	[
		'Website',
		(service) =>
			publicOf(service, 'web')
				.map((contact) => (contact.kind === 'web' ? contact.url : ''))
				.join('; '),
	],
	[
		'Email',
		(service) =>
			publicOf(service, 'email')
				.map((contact) => (contact.kind === 'email' ? contact.address : ''))
				.join('; '),
	],
	[
		'How to get in',
		(service) =>
			howToGetIn(service)
				.lines.map((line) => line.text)
				.join(' '),
	],
	[
		'Ways in',
		(service) =>
			accessRoutesOf(service)
				.map((route) => accessRoutes.label(route))
				.join('; '),
	],
	['Ages', (service) => service.ages.label],
	['Minimum age', (service) => service.ages.min],
	['Maximum age', (service) => service.ages.max ?? undefined],
	['For', (service) => service.audiences.map((audience) => audiences.label(audience)).join('; ')],
	['Areas', (service) => service.areas.map((area) => areas.label(area)).join('; ')],
	['Helps with', (service) => service.topics.map((topic) => topics.label(topic)).join('; ')],
	['Opening hours', (service) => (service.hours ? formatHours(service.hours) : undefined)],
	[
		'Addresses',
		(service) =>
			service.locations.map((place) => `${place.name}, ${place.address.join(', ')}, ${place.postcode}`).join('; '),
	],
	['Cost', (service) => service.cost],
	['Last checked', (service) => service.lastChecked],
	['Page on this site', (service, site) => new URL(`/services/${service.slug}/`, site).href],
	['Open Referral id', (service) => stableUuid(`service:${service.slug}`)],
];

function publicOf(service: Service, kind: Service['contacts'][number]['kind']) {
	return service.contacts.filter((contact) => contact.kind === kind && !contact.professionalsOnly);
}

/** The CSV text for every service, sorted by name. */
export function directoryCsv(services: readonly Service[], site: URL): string {
	const rows = [...services]
		.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
		.map((service) => columns.map(([, value]) => cell(value(service, site))).join(','));
	return `\uFEFF${[columns.map(([heading]) => cell(heading)).join(','), ...rows].join('\r\n')}\r\n`;
}
