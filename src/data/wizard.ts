/** "Which service?" worked out from the content once, for all its pages (see src/lib/wizard/pages.ts). */
import { wizardFrom, type Wizard } from '../lib/wizard/pages.ts';
import { getCrisisLines, getGuides, getServices } from './content.ts';

let cached: Promise<Wizard> | undefined;

export function getWizardData(): Promise<Wizard> {
	cached ??= (async () =>
		wizardFrom(
			await getServices(),
			(await getGuides()).map((guide) => guide.data),
			(await getCrisisLines()).map((line) => line.id),
		))();
	return cached;
}
