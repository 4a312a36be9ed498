/**
 * How many services "which service?" offers, over every answer path: each who, age band and area, for each need
 * offered on its own. Run with `node scripts/wizard-stats.ts` (no build needed).
 * "Fits best" counts the services shown for the need (at most six, plus a website that is the way in to them);
 * "made for it" counts those whose topics include the need.
 */
import { loadContent } from '../src/integrations/content/load.ts';
import { pageResults, wizardFrom } from '../src/lib/wizard/pages.ts';
import { answerSteps } from '../src/lib/wizard/paths.ts';
import { areaIds, whoIds } from '../src/lib/wizard/questions.ts';

const content = loadContent();
const wizard = wizardFrom(
	content.services,
	content.guides.map((guide) => guide.data),
	content.crisisLines.map((line) => line.id),
);
const counts: { fits: number; made: number; path: string }[] = [];
for (const who of whoIds)
	for (const band of wizard.bands)
		for (const area of areaIds) {
			const results = pageResults(wizard, { who, band, area });
			for (const { id: need } of wizard.needs) {
				const shown = results.list.filter((fit) => fit.needs.some((entry) => entry.need === need));
				counts.push({
					fits: shown.length,
					made: shown.filter((fit) => fit.needs.some((entry) => entry.need === need && entry.fit === 'made')).length,
					path: `${who}/${band.id}/${area} ${need}`,
				});
			}
		}

const average = (values: number[]) => (values.reduce((sum, value) => sum + value, 0) / values.length).toFixed(2);
const fits = counts.map((count) => count.fits);
const made = counts.map((count) => count.made);
console.log(
	`Wizard pages: ${answerSteps(wizard.ageIndex).length + 6} (results pages: ${whoIds.length * wizard.bands.length * areaIds.length})`,
);
console.log(`Age bands: ${wizard.bands.map((band) => band.label).join(', ')}`);
console.log(`Answer paths (who x age x area x need): ${counts.length}`);
console.log(
	`"Fits best" per path: average ${average(fits)}, minimum ${Math.min(...fits)}, paths with none ${fits.filter((n) => n === 0).length}`,
);
console.log(`Made for the need: average ${average(made)}, paths with none ${made.filter((n) => n === 0).length}`);
const fewest = counts.filter((count) => count.fits === Math.min(...fits)).slice(0, 5);
console.log(`Fewest, for example: ${fewest.map((count) => count.path).join('; ')}`);
