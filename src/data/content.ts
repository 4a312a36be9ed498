/** Content queries run once and shared by pages, so every page reads the same sorted lists. */
import { getCollection } from 'astro:content';
import type { CrisisLine } from '../schemas/crisis-line.ts';
import { checkContentFolder } from '../lib/content/read.ts';
import { splitPhrasings, trainCrisisModel, type CrisisModel } from '../lib/search/crisis-model.ts';
import { ordinaryPhrases } from '../lib/search/crisis-training.ts';
import type { Service } from '../schemas/service.ts';

/** Crisis lines in the order content/crisis-lines.yaml gives them (999, NHS 111 option 2, then the rest). */
export async function getCrisisLines(): Promise<CrisisLine[]> {
	const order = checkedContent().crisisLines.map((line) => line.id);
	const entries = await getCollection('crisisLines');
	return entries.map((entry) => entry.data).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/** A crisis line by id; throws if it is missing, because pages depend on it. */
export async function getCrisisLine(id: string): Promise<CrisisLine> {
	const line = (await getCrisisLines()).find((candidate) => candidate.id === id);
	if (!line) throw new Error(`content/crisis-lines.yaml has no line with id "${id}"`);
	return line;
}

/** Every service, sorted by name. */
export async function getServices(): Promise<Service[]> {
	const entries = await getCollection('services');
	return entries.map((entry) => entry.data).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

let checked: ReturnType<typeof checkContentFolder> | undefined;

/** The content folder, read and checked once by the same code as the build's content check. */
function checkedContent() {
	checked ??= checkContentFolder(process.cwd());
	return checked;
}

/** Search vocabularies, read and checked once by the same code as the build's content check. */
export function getSearchContent() {
	const { searchVocabulary, crisisTerms } = checkedContent();
	return { searchVocabulary, crisisTerms };
}

let crisisModel: CrisisModel | undefined;

/** The crisis classifier, trained at build time on the training part of content/crisis-phrasings.yaml only. */
export function getCrisisModel(): CrisisModel {
	const { crisisPhrasings, searchVocabulary } = checkedContent();
	crisisModel ??= trainCrisisModel(splitPhrasings(crisisPhrasings).train, { ordinary: ordinaryPhrases(searchVocabulary) });
	return crisisModel;
}

/** Self-help guides, sorted by title. */
export async function getGuides() {
	const entries = await getCollection('guides');
	return entries.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en-GB'));
}

/** Glossary entries with their link ids, sorted A to Z. */
export async function getGlossary() {
	const entries = await getCollection('glossary');
	return entries
		.map((entry) => ({ ...entry.data, id: entry.id }))
		.sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' }));
}
