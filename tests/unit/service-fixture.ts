/** A valid service entry for unit tests, with only the fields a test cares about changed. */
import { serviceSchema, type Service } from '../../src/schemas/service.ts';

export function service(overrides: Partial<Record<keyof Service, unknown>> & { slug: string }): Service {
	return serviceSchema.parse({
		name: `Service ${overrides.slug}`,
		summary: 'A service that helps people.',
		offers: ['Support'],
		provider: 'Provider',
		ages: { min: 0, max: null, label: 'All ages' },
		audiences: ['adults'],
		areas: ['leicester', 'leicestershire', 'rutland'],
		topics: ['general'],
		levels: ['low'],
		access: { waysIn: [{ by: ['self'], how: 'phone', contact: 'phone' }] },
		contacts: [{ id: 'phone', kind: 'phone', number: '0116 225 5214' }],
		sources: [{ document: 'seed-001', where: 'row 1' }],
		lastChecked: '2026-11-01',
		...overrides,
	});
}
