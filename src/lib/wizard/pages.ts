/**
 * What "which service?" is built from, worked out from the content once: the age bands and groups (from the
 * services' age limits), the address index, the needs offered, and each results page's results.
 * Pure, so the tests build exactly what the pages show.
 */
import type { Service } from '../../schemas/service.ts';
import { ageBands, ageGroups, type AgeBand, type AgeGroup } from './ages.ts';
import { resultsFor, type Person, type Results } from './match.ts';
import type { AgeIndex } from './paths.ts';
import { needOptions, situationsToAsk, type NeedOption } from './questions.ts';

export type Wizard = {
	services: readonly Service[];
	bands: AgeBand[];
	groups: AgeGroup[];
	/** The groups and their bands' ids: what an address's age part may be. */
	ageIndex: AgeIndex;
	/** The needs offered: topics that some service or self-help guide is made for. */
	needs: NeedOption[];
	/** The crisis lines' ids, in the site's crisis order (content/crisis-lines.yaml). */
	crisisLineIds: readonly string[];
};

export function wizardFrom(
	services: readonly Service[],
	guides: readonly { topics: readonly string[] }[],
	crisisLineIds: readonly string[],
): Wizard {
	const groups = ageGroups(services);
	const topicsInUse = new Set([
		...services.flatMap((service) => service.topics),
		...guides.flatMap((guide) => guide.topics),
	]);
	return {
		services,
		bands: ageBands(services),
		groups,
		ageIndex: groups.map((group) => ({ id: group.id, bands: group.bands.map((band) => band.id) })),
		needs: needOptions(topicsInUse),
		crisisLineIds,
	};
}

/** Everything one results page shows: every need offered, and every situation worth asking this person about. */
export function pageResults(wizard: Wizard, person: Person): Results {
	return resultsFor(
		wizard.services,
		person,
		wizard.needs.map((need) => need.id),
		situationsToAsk(person.who, person.band),
		wizard.crisisLineIds,
	);
}
