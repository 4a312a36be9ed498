/**
 * The JSON-LD on service pages. Its shape is checked against schema.org by the type checker (`npm run check`):
 * `serviceJsonLd` returns schema-dts's `WithContext<Service>` (Google's types generated from the schema.org
 * vocabulary), and the examples at the end of this file show that the type refuses what schema.org does not have.
 * Here, every service's JSON-LD is checked to hold what a reader of the data needs.
 */
import type { Service, WithContext } from 'schema-dts';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/integrations/content/load.ts';
import { serviceJsonLd } from '../../src/lib/structured-data.ts';

const { services } = loadContent();

describe('JSON-LD on service pages', () => {
	test('there is a service to describe for every page', () => {
		expect(services.length).toBeGreaterThan(60);
	});

	test.each(services.map((service) => [service.slug, service] as const))(
		'%s has what a reader of the data needs',
		(slug, service) => {
			const data = serviceJsonLd(service, `/services/${slug}/`) as unknown as Record<string, unknown> & {
				provider?: { '@type': string; name?: unknown };
				areaServed: { name: string }[];
				availableChannel: {
					servicePhone: { telephone?: string; hoursAvailable?: { opens: string; closes: string }[] };
				}[];
				hoursAvailable?: { opens: string; closes: string }[];
			};
			expect(data['@context']).toBe('https://schema.org');
			expect(data['name']).toEqual(expect.any(String));
			expect(data['description']).toEqual(expect.any(String));
			expect(data['url']).toMatch(/^\/services\/[a-z0-9-]+\/$/);
			// A provider is published only with its name, and only when a source names one.
			if (service.provider) expect(data.provider).toEqual({ '@type': 'Organization', name: service.provider });
			else expect(data).not.toHaveProperty('provider');
			expect(data.areaServed.length).toBeGreaterThan(0);
			for (const channel of data.availableChannel) {
				// A phone number a machine can dial: E.164, as schema.org recommends for telephone.
				expect(channel.servicePhone.telephone).toMatch(/^\+44\d{7,10}$|^\d{3,6}$/);
				for (const hours of channel.servicePhone.hoursAvailable ?? [])
					expect(`${hours.opens}-${hours.closes}`).toMatch(/^\d\d:\d\d-\d\d:\d\d$/);
			}
			for (const hours of data.hoursAvailable ?? [])
				expect(`${hours.opens}-${hours.closes}`).toMatch(/^\d\d:\d\d-\d\d:\d\d$/);
		},
	);

	test('a service without a named provider publishes no provider', () => {
		const unnamed = services.filter((service) => !service.provider);
		expect(unnamed.length).toBeGreaterThan(0);
		for (const service of unnamed)
			expect(serviceJsonLd(service, `/services/${service.slug}/`), service.slug).not.toHaveProperty('provider');
	});
});

// What the type refuses, checked by `npm run check` (a line that stops being an error fails the check) and never run.
const base = { '@context': 'https://schema.org', '@type': 'Service', name: 'x' } as const;
export const refusedByTheType: WithContext<Service>[] = [
	// @ts-expect-error A property Service does not have.
	{ ...base, lastChecked: '2026-01-01' },
	// @ts-expect-error A type schema.org does not have.
	{ ...base, '@type': 'Servise' },
	// @ts-expect-error A property the nested Organization does not have.
	{ ...base, provider: { '@type': 'Organization', name: 'X', phone: '111' } },
	// @ts-expect-error A value of the wrong kind.
	{ ...base, audience: { '@type': 'PeopleAudience', suggestedMinAge: { years: 18 } } },
];
