/**
 * `npm run figures:crisis`: how well search's crisis detector does on content/crisis-phrasings.yaml. The held-back
 * part (chosen by a stable hash of each text, never trained on) gives recall and false alarms for the word lists,
 * the classifier and both together; the whole set gives how many crisis phrasings are caught and near misses spared.
 * Prints figures and never fails: the targets are checked by tests/unit/search-v3.test.ts.
 */
import { loadContent } from '../src/integrations/content/load.ts';
import { crisisDetector, crisisMatcher } from '../src/lib/search/crisis.ts';
import { modelSaysCrisis, splitPhrasings } from '../src/lib/search/crisis-model.ts';
import { siteCrisisModel } from '../src/lib/search/crisis-training.ts';

const content = loadContent();
const lists = crisisMatcher(content.crisisTerms);
const { test: heldBack } = splitPhrasings(content.crisisPhrasings);
const model = siteCrisisModel(content);
const detector = crisisDetector(content.crisisTerms, model);
const percent = (part: number, whole: number) =>
	`${((100 * part) / Math.max(whole, 1)).toFixed(1)}% (${part} of ${whole})`;
const count = (texts: readonly string[], says: (text: string) => boolean) => texts.filter((text) => says(text)).length;

const crisis = heldBack.filter((example) => example.crisis).map((example) => example.text);
const notCrisis = heldBack.filter((example) => !example.crisis).map((example) => example.text);
console.log(
	`Held back: ${crisis.length} crisis phrasings, ${notCrisis.length} that are not (threshold ${model.threshold})`,
);
for (const [name, says] of [
	['word lists', lists],
	['classifier', (text: string) => modelSaysCrisis(model, text)],
	['both (the search page)', detector],
] as const)
	console.log(
		`  ${name}: recall ${percent(count(crisis, says), crisis.length)}, false alarms ${percent(count(notCrisis, says), notCrisis.length)}`,
	);
const everyCrisis = Object.values(content.crisisPhrasings.crisis).flat();
const nearMisses = content.crisisPhrasings.notCrisis['near_misses'] ?? [];
console.log(
	`Whole set: ${count(everyCrisis, detector)} of ${everyCrisis.length} crisis phrasings caught; ` +
		`${nearMisses.length - count(nearMisses, detector)} of ${nearMisses.length} near misses not alarmed`,
);
for (const [kind, texts] of Object.entries(content.crisisPhrasings.crisis)) {
	const held = texts.filter((text) => crisis.includes(text));
	console.log(`  ${kind}: held back ${percent(count(held, detector), held.length)} caught`);
}
