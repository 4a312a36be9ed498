/** The directory's browse facets: one list of facets, so the index page, the facet pages and links agree. */
import type { Service } from '../schemas/service.ts';
import { ageGroupsOf } from './directory.ts';
import { accessRoutesOf, reachFor } from './reach.ts';
import { accessRoutes, ageGroups, areas, topics } from '../base/vocabulary.ts';

export type Facet = {
	/** The URL segment, e.g. "topic" in /services/topic/anxiety/. */
	id: 'topic' | 'age' | 'area' | 'access';
	/** The heading on the browse page, e.g. "Browse by what it is about". */
	heading: string;
	/** Builds a page title for one value, e.g. "Services for anxiety, worry and panic". */
	titleFor: (label: string) => string;
	values: { id: string; label: string; hint?: string | undefined }[];
};

export const facets: Facet[] = [
	{
		id: 'topic',
		heading: 'What it is about',
		titleFor: (label) => `Services for: ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
		values: topics.entries.map(({ id, label, hint }) => ({ id, label, hint })),
	},
	{
		id: 'age',
		heading: 'Age group',
		titleFor: (label) => `Services for ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
		values: ageGroups.map(({ id, label }) => ({ id, label })),
	},
	{
		id: 'area',
		heading: 'Where you live',
		titleFor: (label) => `Services in ${label}`,
		values: areas.entries.map(({ id, label, hint }) => ({ id, label, hint })),
	},
	{
		id: 'access',
		heading: 'How to get in',
		titleFor: (label) => `Services you can get into: ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
		values: accessRoutes.entries.map(({ id, label, hint }) => ({ id, label, hint })),
	},
];

/** The URL of one browse page. */
export function browseUrl(facet: Facet['id'], value: string): string {
	return `/services/${facet}/${value}/`;
}

/** The values a service has for a facet. */
export function facetValues(service: Service, facet: Facet['id']): readonly string[] {
	switch (facet) {
		case 'topic':
			return service.topics;
		case 'age':
			return ageGroupsOf(service);
		case 'area':
			return service.areas;
		case 'access':
			return accessRoutesOf(service);
	}
}

/** Services that have a value for a facet, in the order given. */
export function servicesWith(services: readonly Service[], facet: Facet['id'], value: string): Service[] {
	return services.filter((service) => facetValues(service, facet).includes(value));
}

/**
 * A browse page's services in three lists, each saying one thing about every card in it: those a person can contact
 * themselves, those a source says they may be able to (each card says how to find out), and those that need a
 * referral. On a topic's page, services made for the topic come first in each list.
 */
export function byHowToGetIn(
	services: readonly Service[],
	topic?: string,
): { direct: Service[]; maybe: Service[]; referral: Service[] } {
	const made = (service: Service) =>
		topic !== undefined && (service.topicFit.made as readonly string[]).includes(topic) ? 0 : 1;
	const ordered = [...services].sort((a, b) => made(a) - made(b));
	const groups = { direct: [] as Service[], maybe: [] as Service[], referral: [] as Service[] };
	for (const service of ordered) {
		const reach = reachFor(service);
		if (reach.direct.length > 0) groups.direct.push(service);
		else if (reach.maybe.length > 0) groups.maybe.push(service);
		else groups.referral.push(service);
	}
	return groups;
}
