/** Content queries run once and shared by pages, so every page reads the same sorted lists. */
import { getCollection } from 'astro:content';
import type { CrisisLine } from '../schemas/crisis-line.ts';
import type { CrisisModel } from '../lib/search/crisis-model.ts';
import { siteCrisisModel } from '../lib/search/crisis-training.ts';
import type { Service } from '../schemas/service.ts';
import type { SourceDocument } from '../schemas/source-document.ts';
import type { CrisisTerms, SearchVocabulary } from '../schemas/search.ts';
import { loadContent } from '../integrations/content/load.ts';
import type { LanguageFile } from '../lib/translations/check.ts';
import { placeholderValues } from '../lib/translations/crisis-values.ts';

/** Entries in the order their file lists them (the store may hand them back in another order). */
function inFileOrder<T extends { id: string }>(entries: T[], order: readonly string[]): T[] {
	return entries.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/** Crisis lines in the order content/crisis-lines.yaml gives them (the emergency line, NHS 111 option 2, then the rest). */
export async function getCrisisLines(): Promise<CrisisLine[]> {
	const entries = await getCollection('crisisLines');
	return inFileOrder(
		entries.map((entry) => entry.data),
		loadContent().crisisLines.map((line) => line.id),
	);
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

/** The documents facts come from, in the order content/source-documents.yaml gives them. */
export async function getSourceDocuments(): Promise<SourceDocument[]> {
	const entries = await getCollection('sourceDocuments');
	return inFileOrder(
		entries.map((entry) => entry.data),
		loadContent().sourceDocuments.map((document) => document.id),
	);
}

/** Search vocabularies: how search understands everyday words, and what counts as a crisis. */
export async function getSearchContent(): Promise<{ searchVocabulary: SearchVocabulary; crisisTerms: CrisisTerms }> {
	const [searchVocabulary] = await getCollection('searchVocabulary');
	const [crisisTerms] = await getCollection('crisisTerms');
	if (!searchVocabulary || !crisisTerms)
		throw new Error('content/search-vocabulary.yaml and content/crisis-terms.yaml are both needed');
	return { searchVocabulary: searchVocabulary.data, crisisTerms: crisisTerms.data };
}

/** Who runs the site (content/site.yaml); undefined parts are not set yet. */
export function getSiteOperator() {
	return loadContent().siteOperator;
}

let crisisModel: CrisisModel | undefined;

/** The crisis classifier, trained at build time on the training part of content/crisis-phrasings.yaml only. */
export function getCrisisModel(): CrisisModel {
	crisisModel ??= siteCrisisModel(loadContent());
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

/** The English source and every language file, checked with the rest of the content (a problem stops the build). */
export function getTranslations() {
	return loadContent().translations;
}

/** One static page per language, for a language page's getStaticPaths. */
export function languagePaths() {
	return getTranslations().languages.map((language) => ({ params: { language: language.slug }, props: { language } }));
}

/** What a translated string needs: its language, the English source, and the crisis numbers for its placeholders. */
export async function translationContext(language: LanguageFile) {
	return {
		language,
		source: getTranslations().source,
		values: placeholderValues(await getCrisisLines(), language.englishName),
	};
}
