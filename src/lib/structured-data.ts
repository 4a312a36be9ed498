/** schema.org JSON-LD for a service page, so search engines show the right name, phone and area. */
import type { OpeningHoursSpecification, Service as SchemaService, WithContext } from 'schema-dts';
import type { Hours } from '../schemas/common.ts';
import type { Service } from '../schemas/service.ts';
import { parseUkPhone } from '../base/phone.ts';
import { areas } from '../base/vocabulary.ts';

const dayNames = {
	mon: 'Monday',
	tue: 'Tuesday',
	wed: 'Wednesday',
	thu: 'Thursday',
	fri: 'Friday',
	sat: 'Saturday',
	sun: 'Sunday',
} as const;

function openingHours(hours: Hours | undefined): OpeningHoursSpecification[] | undefined {
	if (!hours) return undefined;
	if (hours.always)
		return [
			{ '@type': 'OpeningHoursSpecification', dayOfWeek: Object.values(dayNames), opens: '00:00', closes: '23:59' },
		];
	if (hours.sessions.length === 0) return undefined;
	return hours.sessions.map((session) => ({
		'@type': 'OpeningHoursSpecification',
		dayOfWeek: session.days.map((day) => dayNames[day]),
		opens: session.opens,
		closes: session.closes,
	}));
}

/**
 * The JSON-LD object for one service; only facts the entry holds, nothing added. Typed with schema-dts (schema.org's
 * vocabulary as TypeScript types), so `npm run check` refuses an unknown type, a property the type does not have, or
 * a value of the wrong kind.
 */
export function serviceJsonLd(service: Service, pageUrl: string): WithContext<SchemaService> {
	const phones = service.contacts.filter((c) => c.kind === 'phone' && !c.professionalsOnly);
	const web = service.contacts.find((c) => c.kind === 'web' && !c.professionalsOnly);
	const hoursAvailable = openingHours(service.hours);
	return {
		'@context': 'https://schema.org',
		'@type': 'Service',
		name: service.name,
		description: service.summary,
		url: pageUrl,
		serviceType: 'Mental health support',
		// An organisation with no name tells a reader nothing: no provider unless a source names one.
		...(service.provider ? { provider: { '@type': 'Organization', name: service.provider } } : {}),
		areaServed: service.areas.map((area) => ({ '@type': 'AdministrativeArea', name: areas.label(area) })),
		audience: {
			'@type': 'PeopleAudience',
			suggestedMinAge: service.ages.min,
			...(service.ages.max === null ? {} : { suggestedMaxAge: service.ages.max }),
		},
		...(web && web.kind === 'web' ? { sameAs: web.url } : {}),
		availableChannel: phones.map((contact) => {
			const telephone = contact.kind === 'phone' ? parseUkPhone(contact.number)?.dial : undefined;
			const hours = openingHours(contact.hours);
			return {
				'@type': 'ServiceChannel',
				servicePhone: {
					'@type': 'ContactPoint',
					...(telephone ? { telephone } : {}),
					...(hours ? { hoursAvailable: hours } : {}),
				},
			};
		}),
		...(hoursAvailable ? { hoursAvailable } : {}),
		// A Service has no date of its own in schema.org; the page about it was last reviewed on the last-checked date.
		mainEntityOfPage: { '@type': 'WebPage', '@id': pageUrl, lastReviewed: service.lastChecked },
	};
}
