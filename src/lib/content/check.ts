/**
 * Checks the whole content folder, file by file and across files: where each file belongs, its schema, unique ids,
 * cited source documents that exist, numbers that must never be published (however written), safe text and links,
 * length limits, and entries past their review date. Every problem names the file and the field (or line).
 * Pure: the loader (src/integrations/content/load.ts) reads and parses the files and hands them here.
 */
import type { z } from 'astro/zod';
import { serviceSchema, type Service } from '../../schemas/service.ts';
import { crisisLineSchema, type CrisisLine } from '../../schemas/crisis-line.ts';
import { doNotPublishSchema, type DoNotPublish } from '../../schemas/do-not-publish.ts';
import { guideSchema, type Guide } from '../../schemas/guide.ts';
import { glossaryEntrySchema, glossaryId, type GlossaryEntry } from '../../schemas/glossary.ts';
import { crisisPhrasingsSchema, crisisTermsSchema, searchVocabularySchema, type CrisisPhrasings, type CrisisTerms, type SearchVocabulary } from '../../schemas/search.ts';
import { sourceDocumentSchema, type SourceDocument } from '../../schemas/source-document.ts';
import { siteOperatorSchema, type SiteOperator } from '../../schemas/site-operator.ts';
import { checkTranslations, type LanguageFile } from '../translations/check.ts';
import { forbiddenNumbersIn } from './do-not-publish.ts';
import { guideMarkupProblems } from './guide-markup.ts';
import { sectionProblems } from '../guides.ts';
import { reviewDueDate } from '../directory.ts';
import { formatDate } from '../../base/dates.ts';
import { lengthProblems } from './text-limits.ts';

export { forbiddenNumbersIn } from './do-not-publish.ts';

/**
 * One file under content/: its path from the project root (always with forward slashes) and its text, with the
 * data the loader parsed from it (for a guide, the frontmatter, and the Markdown after it as `body`), or why it
 * could not be parsed.
 */
export type ContentFile = { path: string; text: string; data?: unknown; body?: string; unreadable?: string };

/** One thing wrong with the content, named so the content team can find and fix it. */
export type Problem = { file: string; field: string; message: string };

/** A guide: its slug (from the file name), frontmatter data and Markdown body. */
export type GuideFile = { path: string; slug: string; data: Guide; body: string };

/** A glossary entry with its link id. */
export type GlossaryTerm = GlossaryEntry & { id: string };

/** The whole content, checked. Only valid entries are listed; `problems` says what was left out and why. */
export type Content = {
	services: Service[];
	crisisLines: CrisisLine[];
	guides: GuideFile[];
	glossary: GlossaryTerm[];
	searchVocabulary: SearchVocabulary;
	crisisTerms: CrisisTerms;
	/** Labelled phrasings the search's crisis classifier learns from (content/crisis-phrasings.yaml). */
	crisisPhrasings: CrisisPhrasings;
	doNotPublish: DoNotPublish;
	sourceDocuments: SourceDocument[];
	/** The English the language pages are made from, and each language (content/languages/). */
	translations: { source: Record<string, string>; languages: LanguageFile[] };
	/** Who runs the site (content/site.yaml); each part null until the organisation gives it. */
	siteOperator: SiteOperator | undefined;
	/** The source spreadsheet's snapshot and the decision files (content/source-tables/), as parsed. */
	sourceTables: { path: string; data: unknown }[];
	problems: Problem[];
};

export type CheckOptions = {
	/** Today, YYYY-MM-DD: entries past their review date by today fail a production check. */
	today: string;
	/** True for a production build and `npm run content:check`: an overdue entry without a recorded reason fails. */
	production: boolean;
	/** The site's fixed pages (e.g. "/urgent-help/"), which a guide may link to, with services, guides and glossary terms. */
	fixedPages: readonly string[];
};

/** Formats a problem as one line: "content/services/x.yaml: summary: must end with a full stop". */
export function formatProblem(problem: Problem): string {
	return `${problem.file}: ${problem.field || '(whole entry)'}: ${problem.message}`;
}

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Files that computers make by themselves; never content. */
const systemFiles = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/** The single-file collections, each at content/<name>.yaml. */
export const singleFiles = ['crisis-lines', 'crisis-phrasings', 'crisis-terms', 'do-not-publish', 'glossary', 'search-vocabulary', 'site', 'source-documents', 'translation-source'] as const;
type SingleFile = (typeof singleFiles)[number];

/** What a file under content/ is, from its path alone; or why the site will not read it. */
export type Place =
	| { kind: 'service'; slug: string }
	| { kind: 'guide'; slug: string }
	| { kind: 'language'; slug: string }
	| { kind: 'single'; name: SingleFile }
	| { kind: 'source-table' }
	| { kind: 'skipped' }
	| { kind: 'refused'; message: string };

export function placeOf(path: string): Place {
	const parts = path.split('/').slice(1);
	const name = parts.at(-1) ?? '';
	if (systemFiles.has(name)) return { kind: 'skipped' };
	const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
	const stem = extension ? name.slice(0, -extension.length - 1) : name;
	const isYaml = /^ya?ml$/i.test(extension);
	const folder = parts.slice(0, -1).join('/');
	const named = (kind: 'service' | 'guide', wanted: string): Place => {
		if (!(kind === 'service' ? isYaml : /^(md|markdown)$/i.test(extension)))
			return { kind: 'refused', message: `is not read: a ${kind} is a ${wanted} file (${kind === 'service' ? 'name.yaml' : 'name.md'})` };
		if (stem.startsWith('_')) return { kind: 'skipped' };
		if (!slugPattern.test(stem))
			return { kind: 'refused', message: `is not read: the file name is the page's web address, so it must be lower-case words joined by hyphens, e.g. ${stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.${kind === 'service' ? 'yaml' : 'md'}` };
		return { kind, slug: stem };
	};
	if (parts[0] === 'services' && parts.length === 2) return named('service', 'YAML');
	if (parts[0] === 'services') return { kind: 'refused', message: 'is not read: service files go directly in content/services/, not in a folder inside it' };
	if (parts[0] === 'guides' && parts.length === 2) return named('guide', 'Markdown');
	if (parts[0] === 'guides') return { kind: 'refused', message: 'is not read: guides go directly in content/guides/, not in a folder inside it' };
	if (parts[0] === 'languages' && parts.length === 2 && extension === 'yaml' && slugPattern.test(stem)) return { kind: 'language', slug: stem };
	if (parts[0] === 'languages') return { kind: 'refused', message: 'is not read: a language is content/languages/<name>.yaml, its name in lower-case English words' };
	if (folder === 'source-tables' && name === 'at-a-glance.yaml') return { kind: 'source-table' };
	if (folder === 'source-tables/decisions' && isYaml && extension === 'yaml') return { kind: 'source-table' };
	if (parts.length === 1 && extension === 'yaml' && (singleFiles as readonly string[]).includes(stem)) return { kind: 'single', name: stem as SingleFile };
	const near = singleFiles.find((single) => single === stem.toLowerCase());
	if (parts.length === 1 && near) return { kind: 'refused', message: `is not read: name it ${near}.yaml` };
	return {
		kind: 'refused',
		message: 'is not a file the site reads: services go in content/services/ (name.yaml), guides in content/guides/ (name.md); drafts start with _',
	};
}

/**
 * Results kept per parsed file (the loader hands back the same object for a file whose text has not changed), so
 * checking the folder again with one file changed re-checks only that file and what depends on it.
 */
const memo = new WeakMap<object, Map<string, unknown>>();
function remembered<T>(file: object, key: string, compute: () => T): T {
	let byKey = memo.get(file);
	if (!byKey) memo.set(file, (byKey = new Map()));
	if (!byKey.has(key)) byKey.set(key, compute());
	return byKey.get(key) as T;
}

function fieldPath(path: readonly PropertyKey[]): string {
	return path.map(String).join('.');
}

function schemaProblems(file: string, error: z.ZodError, prefix: PropertyKey[] = []): Problem[] {
	return error.issues.map((issue) => ({ file, field: fieldPath([...prefix, ...issue.path]), message: issue.message }));
}

/** Every string inside a value (numbers too, as YAML reads 01162953060 as one), with the field path that leads to it. */
function* stringsIn(value: unknown, path: string[] = []): Generator<[string, string]> {
	if (typeof value === 'string') yield [path.join('.'), value];
	else if (typeof value === 'number') yield [path.join('.'), String(value)];
	else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsIn(item, [...path, String(i)]);
	else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...path, key]);
}

const credentialsInAddress = /[a-z][a-z0-9+.-]*:\/\/[^\s/?#@]*@/i;

function forbiddenProblem(entry: DoNotPublish[number]): string {
	return `contains ${entry.number}, which must not be published: ${entry.reason}`;
}

/**
 * Problems with every piece of text in a YAML file: numbers that must never be published, markup, web addresses
 * with a user name or password, and length. Text is published as text on pages and in the open data, so markup
 * characters are refused rather than escaped in some outputs and not others.
 */
function textProblems(file: string, data: unknown, forbidden: DoNotPublish): Problem[] {
	const problems: Problem[] = [];
	for (const [field, text] of stringsIn(data)) {
		for (const entry of forbiddenNumbersIn(text, forbidden)) problems.push({ file, field, message: forbiddenProblem(entry) });
		if (/[<>]/.test(text)) problems.push({ file, field, message: 'has a < or > character: write it in words, because markup is not allowed in content' });
		if (credentialsInAddress.test(text)) problems.push({ file, field, message: 'has a web address with a user name or password in it (user:password@); leave them out' });
		for (const message of lengthProblems(text)) problems.push({ file, field, message });
	}
	return problems;
}

/** The line (1-based) where the first of a text's forbidden numbers ends, for a message that says where to look. */
function lineOfNumber(text: string, entry: DoNotPublish[number]): number {
	const lines = text.split('\n');
	for (let end = 1; end <= lines.length; end++) if (forbiddenNumbersIn(lines.slice(0, end).join('\n'), [entry]).length > 0) return end;
	return 1;
}

/** Every source document an entry cites, with the field that cites it. */
function citedDocuments(data: unknown): [string, string][] {
	return [...stringsIn(data)].filter(([field]) => /(^|\.)sources?\.(\d+\.)?document$/.test(field)).map(([field, id]) => [field, id]);
}

const emptySearchVocabulary: SearchVocabulary = { topics: {}, everyday: [], people: [], places: [], stopWords: [], genericNameWords: [], spellings: {} };
const emptyCrisisTerms: CrisisTerms = { words: [], phrases: [], except: [], fragments: [], combinations: [] };

/** A list file (crisis lines, glossary, source documents): each item checked, ids unique. */
function checkList<T>(file: ContentFile, schema: z.ZodType<T>, idOf: (item: T) => string, idField: string, what: string): { items: T[]; problems: Problem[] } {
	if (!Array.isArray(file.data)) return { items: [], problems: [{ file: file.path, field: '', message: `must be a list of ${what}` }] };
	const items: T[] = [];
	const problems: Problem[] = [];
	const seen = new Set<string>();
	for (const [index, item] of file.data.entries()) {
		const parsed = schema.safeParse(item);
		if (!parsed.success) {
			problems.push(...schemaProblems(file.path, parsed.error, [index]));
			continue;
		}
		const id = idOf(parsed.data);
		if (seen.has(id)) problems.push({ file: file.path, field: `${index}.${idField}`, message: `"${id}" is listed twice` });
		seen.add(id);
		items.push(parsed.data);
	}
	return { items, problems };
}

/** Checks one service file. Its slug is its file name, so the file never repeats it. */
export function checkService(file: ContentFile, slug: string): { service?: Service; problems: Problem[] } {
	if (file.data && typeof file.data === 'object' && 'slug' in file.data)
		return { problems: [{ file: file.path, field: 'slug', message: 'remove this line: the web address comes from the file name' }] };
	const parsed = serviceSchema.safeParse({ ...(file.data as object), slug });
	if (!parsed.success) return { problems: schemaProblems(file.path, parsed.error) };
	return { service: parsed.data, problems: [] };
}

/** An entry past its review date fails a production check unless the content team has said why. */
function overdueProblems(
	file: string,
	field: string,
	entry: { lastChecked: string; overdueBecause?: string | undefined },
	options: CheckOptions,
	dateField = 'lastChecked'
): Problem[] {
	if (!options.production || entry.overdueBecause) return [];
	const due = reviewDueDate(entry);
	if (due > options.today) return [];
	return [{
		file,
		field: field ? `${field}.${dateField}` : dateField,
		message: `was last checked on ${formatDate(entry.lastChecked)} and was due again on ${formatDate(due)}: check it against its sources and update ${dateField}, or record why not in overdueBecause`,
	}];
}

/** Every address a guide may link to inside the site. */
function knownPages(options: CheckOptions, services: readonly Service[], guides: readonly { slug: string }[], glossary: readonly GlossaryTerm[]): Set<string> {
	return new Set([
		...options.fixedPages,
		...services.map((service) => `/services/${service.slug}/`),
		...guides.map((guide) => `/self-help/${guide.slug}/`),
		...glossary.map((term) => `/glossary/#${term.id}`),
	]);
}

type Sorted = {
	byName: Map<SingleFile, ContentFile>;
	serviceFiles: [ContentFile, string][];
	guideFiles: [ContentFile, string][];
	languageFiles: [ContentFile, string][];
	sourceTables: { path: string; data: unknown }[];
};

/** Each file to its place: one of the single files, a service, a guide, a language or a source table. */
function sortFiles(files: readonly ContentFile[], problems: Problem[]): Sorted {
	const sorted: Sorted = { byName: new Map(), serviceFiles: [], guideFiles: [], languageFiles: [], sourceTables: [] };
	const slugOwners = new Map<string, string>();
	for (const file of files) {
		const place = placeOf(file.path);
		if (place.kind === 'skipped') continue;
		if (place.kind === 'refused') {
			problems.push({ file: file.path, field: '', message: place.message });
			continue;
		}
		if (file.unreadable !== undefined) {
			problems.push({ file: file.path, field: '', message: file.unreadable });
			continue;
		}
		if (place.kind === 'single') sorted.byName.set(place.name, file);
		else if (place.kind === 'source-table') sorted.sourceTables.push({ path: file.path, data: file.data });
		else if (place.kind === 'language') sorted.languageFiles.push([file, place.slug]);
		else {
			const owner = slugOwners.get(`${place.kind}:${place.slug}`);
			if (owner) {
				problems.push({ file: file.path, field: '', message: `has the same name as ${owner}; keep one of them` });
				continue;
			}
			slugOwners.set(`${place.kind}:${place.slug}`, file.path);
			(place.kind === 'service' ? sorted.serviceFiles : sorted.guideFiles).push([file, place.slug]);
		}
	}
	for (const name of singleFiles) if (!sorted.byName.has(name)) problems.push({ file: `content/${name}.yaml`, field: '', message: 'is missing' });
	return sorted;
}

/** The numbers that must never be published, and a check of any file's text against them. */
function forbiddenNumbers(file: ContentFile, problems: Problem[]) {
	const doNotPublish = doNotPublishSchema.safeParse(file.data);
	if (!doNotPublish.success) problems.push(...schemaProblems(file.path, doNotPublish.error));
	else if (doNotPublish.data.length === 0) problems.push({ file: file.path, field: '', message: 'is empty: it must list the numbers that must never be published' });
	const forbidden = doNotPublish.success ? doNotPublish.data : [];
	const forbiddenKey = forbidden.map((entry) => entry.number).join('|');
	const textProblemsOf = (checked: ContentFile) => remembered(checked, `text ${forbiddenKey}`, () => textProblems(checked.path, checked.data, forbidden));
	return { forbidden, forbiddenKey, textProblemsOf };
}

/** The files that hold one list or one document each: source documents, crisis lines, glossary, search words, the site. */
function checkSingleFiles(single: (name: SingleFile) => ContentFile, languageFiles: [ContentFile, string][], textProblemsOf: (file: ContentFile) => Problem[], problems: Problem[]) {
	const documents = remembered(single('source-documents'), 'list', () => checkList(single('source-documents'), sourceDocumentSchema, (document) => document.id, 'id', 'source documents'));
	const lines = remembered(single('crisis-lines'), 'list', () => checkList(single('crisis-lines'), crisisLineSchema, (line) => line.id, 'id', 'crisis lines'));
	const glossaryList = remembered(single('glossary'), 'list', () => checkList(single('glossary'), glossaryEntrySchema, (entry) => glossaryId(entry.term), 'term', 'terms'));
	const glossary = glossaryList.items.map((entry) => ({ ...entry, id: glossaryId(entry.term) }));
	const vocabularyFile = single('search-vocabulary');
	const vocabulary = remembered(vocabularyFile, 'schema', () => searchVocabularySchema.safeParse(vocabularyFile.data));
	const crisisTermsFile = single('crisis-terms');
	const crisisTerms = remembered(crisisTermsFile, 'schema', () => crisisTermsSchema.safeParse(crisisTermsFile.data));
	const phrasingsFile = single('crisis-phrasings');
	const crisisPhrasings = remembered(phrasingsFile, 'schema', () => crisisPhrasingsSchema.safeParse(phrasingsFile.data));
	if (!crisisPhrasings.success) problems.push(...schemaProblems(phrasingsFile.path, crisisPhrasings.error));
	const siteFile = single('site');
	const siteOperator = remembered(siteFile, 'schema', () => siteOperatorSchema.safeParse(siteFile.data));
	if (!siteOperator.success) problems.push(...schemaProblems(siteFile.path, siteOperator.error));
	const translations = checkTranslations(single('translation-source'), languageFiles);
	problems.push(...translations.problems);
	problems.push(...documents.problems, ...lines.problems, ...glossaryList.problems);
	if (!vocabulary.success) problems.push(...schemaProblems(vocabularyFile.path, vocabulary.error));
	if (!crisisTerms.success) problems.push(...schemaProblems(crisisTermsFile.path, crisisTerms.error));
	for (const file of [single('source-documents'), single('crisis-lines'), single('glossary'), vocabularyFile, crisisTermsFile, siteFile])
		problems.push(...textProblemsOf(file));
	return {
		sourceDocuments: documents.items,
		crisisLines: lines.items,
		glossary,
		searchVocabulary: vocabulary.success ? vocabulary.data : emptySearchVocabulary,
		crisisTerms: crisisTerms.success ? crisisTerms.data : emptyCrisisTerms,
		crisisPhrasings: crisisPhrasings.success ? crisisPhrasings.data : { crisis: {}, notCrisis: {} },
		siteOperator: siteOperator.success ? siteOperator.data : undefined,
		translations: { source: translations.source, languages: translations.languages },
	};
}

/** Every cited document must be one of the source documents. */
function citationProblems(files: readonly ContentFile[], documents: readonly SourceDocument[]): Problem[] {
	if (documents.length === 0) return [];
	const documentIds = new Set(documents.map((document) => document.id));
	return files.flatMap((file) =>
		citedDocuments(file.data)
			.filter(([, id]) => !documentIds.has(id))
			.map(([field, id]) => ({ file: file.path, field, message: `"${id}" is not a document in content/source-documents.yaml` }))
	);
}

type GuideChecks = { options: CheckOptions; pages: Set<string>; forbidden: DoNotPublish; forbiddenKey: string; textProblemsOf: (file: ContentFile) => Problem[] };

/** Checks one guide: its frontmatter, its text, its sections, its links and its numbers. */
function checkGuide(file: ContentFile, slug: string, checks: GuideChecks, problems: Problem[]): GuideFile | undefined {
	const { options, pages, forbidden, forbiddenKey, textProblemsOf } = checks;
	const pagesKey = [...pages].join(' ');
	const text = file.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const body = file.body ?? '';
	const parsed = remembered(file, 'schema', () => guideSchema.safeParse(file.data));
	if (!parsed.success) problems.push(...schemaProblems(file.path, parsed.error));
	problems.push(
		...textProblemsOf(file),
		...sectionProblems(body).map((message) => ({ file: file.path, field: 'body', message })),
		...remembered(file, `markup ${pagesKey}`, () => guideMarkupProblems(file.path, text, { pageExists: (href) => pages.has(href) })),
		...remembered(file, `numbers ${forbiddenKey}`, () =>
			forbiddenNumbersIn(text, forbidden).map((entry) => ({ file: file.path, field: `line ${lineOfNumber(text, entry)}`, message: forbiddenProblem(entry) }))
		)
	);
	if (!parsed.success) return undefined;
	problems.push(...overdueProblems(file.path, '', { lastChecked: parsed.data.lastReviewed, overdueBecause: parsed.data.overdueBecause }, options, 'lastReviewed'));
	return { path: file.path, slug, data: parsed.data, body };
}

/** Checks every file of the content folder, alone and together. */
export function checkContent(files: readonly ContentFile[], options: CheckOptions): Content {
	const problems: Problem[] = [];
	const { byName, serviceFiles, guideFiles, languageFiles, sourceTables } = sortFiles(files, problems);
	const single = (name: SingleFile): ContentFile => byName.get(name) ?? { path: `content/${name}.yaml`, text: '', data: undefined };
	const { forbidden, forbiddenKey, textProblemsOf } = forbiddenNumbers(single('do-not-publish'), problems);
	const singles = checkSingleFiles(single, languageFiles, textProblemsOf, problems);

	const services: Service[] = [];
	for (const [file, slug] of serviceFiles) {
		const result = remembered(file, `service ${slug}`, () => checkService(file, slug));
		problems.push(...result.problems, ...textProblemsOf(file));
		if (result.service) {
			services.push(result.service);
			problems.push(...overdueProblems(file.path, '', result.service, options));
		}
	}
	for (const [index, line] of singles.crisisLines.entries()) problems.push(...overdueProblems(single('crisis-lines').path, String(index), line, options));
	problems.push(...citationProblems([single('crisis-lines'), ...serviceFiles.map(([serviceFile]) => serviceFile)], singles.sourceDocuments));

	const pages = knownPages(options, services, guideFiles.map(([, slug]) => ({ slug })), singles.glossary);
	const checks: GuideChecks = { options, pages, forbidden, forbiddenKey, textProblemsOf };
	const guides = guideFiles.flatMap(([file, slug]) => checkGuide(file, slug, checks, problems) ?? []);

	return { ...singles, services, guides, doNotPublish: forbidden, sourceTables, problems };
}
