/**
 * What each service page tells Pagefind: filter values (the directory's labels, so counts read as words),
 * result metadata, and the everyday words for its topics. Pure, so it is tested without a build.
 */
import type { Service } from '../../schemas/service.ts';
import { ageGroupsOf, mainPhone, whereServed } from '../directory.ts';
import { accessRoutesOf, howToGetInSummary } from '../ways-in.ts';
import { parseUkPhone } from '../phone.ts';
import { accessRoutes, ageGroups, areas, helpKindOf, helpKinds, topics, type Topic } from '../vocabulary.ts';
import type { FilterKey } from './state.ts';

/** Routes offered as a search filter: the ways in a person can act on themselves or through someone they know. */
export const searchableRoutes = ['self-referral', 'drop-in', 'gp', 'school'] as const;

/** Filter values for one service, keyed like the URL parameters. */
export function searchFilters(service: Service): Record<FilterKey, string[]> {
	return {
		topic: service.topics.map((topic) => topics.label(topic)),
		age: ageGroupsOf(service).map((id) => ageGroups.find((group) => group.id === id)!.label),
		area: service.areas.map((area) => areas.label(area)),
		access: accessRoutesOf(service).filter((route) => (searchableRoutes as readonly string[]).includes(route)).map((route) => accessRoutes.label(route)),
		help: [...new Set(service.levels.map(helpKindOf))].map((kind) => helpKinds.label(kind)),
	};
}

/** Metadata shown in a search result, so results need no extra page loads. */
export function searchMeta(service: Service): Record<string, string> {
	const phone = mainPhone(service);
	const parsed = phone ? parseUkPhone(phone.number) : undefined;
	return {
		summary: service.summary,
		ages: service.ages.label,
		where: whereServed(service),
		access: howToGetInSummary(service),
		...(parsed ? { phone: parsed.display, phoneHref: `tel:${parsed.dial}` } : {}),
	};
}

/** The everyday words for a service's topics, from content/search-vocabulary.yaml, plus the topic labels. */
export function searchWords(service: Service, vocabulary: Partial<Record<Topic, string[]>>): string {
	const words = service.topics.flatMap((topic) => [topics.label(topic), ...(vocabulary[topic] ?? [])]);
	return [...new Set(words)].join(', ');
}
