/**
 * Reads the content folder from disk and runs every cross-file check.
 * Used by the build (through the content-check integration) and by `npm run content:check`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { crisisPhrasingsSchema, crisisTermsSchema, searchVocabularySchema } from '../../schemas/search.ts';
import { guideSchema, type Guide } from '../../schemas/guide.ts';
import type { DoNotPublish } from '../../schemas/do-not-publish.ts';
import { glossaryEntrySchema, glossaryId, type GlossaryEntry } from '../../schemas/glossary.ts';
import { sectionProblems } from '../guides.ts';
import { guideMarkupProblems } from './guide-markup.ts';
import {
	checkWith,
	checkCrisisLines,
	checkDoNotPublish,
	checkServices,
	forbiddenNumberProblems,
	forbiddenNumberProblemsInText,
	type ContentFile,
	type Problem,
} from './check.ts';

function readYaml(root: string, path: string): ContentFile {
	const file = relative(root, path);
	try {
		return { path: file, data: parse(readFileSync(path, 'utf8')) };
	} catch (error) {
		return { path: file, data: { __unreadable: String(error) } };
	}
}

/** Checks all content under `root/content`; returns every problem found. */
export function checkContentFolder(root: string) {
	const contentDir = join(root, 'content');
	const { list: forbidden, problems } = checkDoNotPublish(readYaml(root, join(contentDir, 'do-not-publish.yaml')));
	const serviceDir = join(contentDir, 'services');
	const serviceFiles = readdirSync(serviceDir)
		.filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('_'))
		.sort()
		.map((name) => readYaml(root, join(serviceDir, name)));
	const unreadable: Problem[] = serviceFiles
		.filter((file) => (file.data as { __unreadable?: string })?.__unreadable)
		.map((file) => ({ file: file.path, field: '', message: `is not valid YAML: ${(file.data as { __unreadable: string }).__unreadable}` }));
	const services = checkServices(serviceFiles, forbidden);
	const lines = checkCrisisLines(readYaml(root, join(contentDir, 'crisis-lines.yaml')), forbidden);
	const vocabularyFile = readYaml(root, join(contentDir, 'search-vocabulary.yaml'));
	const vocabulary = checkWith(vocabularyFile, searchVocabularySchema);
	const crisisTermsFile = readYaml(root, join(contentDir, 'crisis-terms.yaml'));
	const crisisTerms = checkWith(crisisTermsFile, crisisTermsSchema);
	// Optional: without it, search has the word lists alone.
	const phrasingsPath = join(contentDir, 'crisis-phrasings.yaml');
	const crisisPhrasings = existsSync(phrasingsPath) ? checkWith(readYaml(root, phrasingsPath), crisisPhrasingsSchema) : { data: undefined, problems: [] };
	const guides = checkGuides(root, join(contentDir, 'guides'), forbidden);
	const glossaryFile = readYaml(root, join(contentDir, 'glossary.yaml'));
	const glossary = checkGlossary(glossaryFile);
	// Numbers that must never be published are looked for in every content file, however they are written.
	problems.push(...[vocabularyFile, crisisTermsFile, glossaryFile].flatMap((file) => forbiddenNumberProblems(file.path, file.data, forbidden)));
	return {
		guides: guides.guides,
		glossary: glossary.entries,
		services: services.services,
		crisisLines: lines.lines,
		searchVocabulary: vocabulary.data ?? { topics: {}, everyday: [], people: [], places: [], stopWords: [], genericNameWords: [], spellings: {} },
		crisisTerms: crisisTerms.data ?? { words: [], phrases: [], fragments: [], combinations: [] },
		crisisPhrasings: crisisPhrasings.data ?? { crisis: {}, notCrisis: {} },
		problems: [...problems, ...unreadable, ...services.problems, ...lines.problems, ...vocabulary.problems, ...crisisTerms.problems, ...crisisPhrasings.problems, ...guides.problems, ...glossary.problems],
	};
}

/** A guide file split into its frontmatter data and Markdown body. */
export type GuideFile = { path: string; slug: string; data: Guide; body: string };

/**
 * Splits a guide file into its frontmatter and Markdown body, and checks both.
 * Windows line endings are read as plain ones, so a guide saved on any machine parses the same.
 */
export function parseGuideFile(path: string, slug: string, raw: string): { guide?: GuideFile; problems: Problem[] } {
	const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const match = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
	if (!match) return { problems: [{ file: path, field: '', message: 'must start with frontmatter between --- lines' }] };
	const parsed = guideSchema.safeParse(parse(match[1]!));
	if (!parsed.success)
		return { problems: parsed.error.issues.map((issue) => ({ file: path, field: issue.path.map(String).join('.'), message: issue.message })) };
	const body = match[2]!;
	const problems = [...sectionProblems(body).map((message) => ({ file: path, field: 'body', message })), ...guideMarkupProblems(path, text)];
	return { guide: { path, slug, data: parsed.data, body }, problems };
}

function checkGuides(root: string, dir: string, forbidden: DoNotPublish): { guides: GuideFile[]; problems: Problem[] } {
	const guides: GuideFile[] = [];
	const problems: Problem[] = [];
	const names = existsSync(dir) ? readdirSync(dir) : [];
	for (const name of names.filter((n) => n.endsWith('.md') && !n.startsWith('_')).sort()) {
		const path = relative(root, join(dir, name));
		const text = readFileSync(join(dir, name), 'utf8');
		const result = parseGuideFile(path, name.replace(/\.md$/, ''), text);
		problems.push(...result.problems, ...forbiddenNumberProblemsInText(path, text.replace(/\r\n?/g, '\n'), forbidden));
		if (result.guide) guides.push(result.guide);
	}
	return { guides, problems };
}

/** The glossary entries with their link ids, for the Markdown plugin that explains terms in guides. */
export function readGlossary(root: string): (GlossaryEntry & { id: string })[] {
	return checkGlossary(readYaml(root, join(root, 'content', 'glossary.yaml'))).entries;
}

function checkGlossary(file: ContentFile): { entries: (GlossaryEntry & { id: string })[]; problems: Problem[] } {
	if (!Array.isArray(file.data)) return { entries: [], problems: [{ file: file.path, field: '', message: 'must be a list of terms' }] };
	const entries: (GlossaryEntry & { id: string })[] = [];
	const problems: Problem[] = [];
	const seen = new Set<string>();
	for (const [index, item] of file.data.entries()) {
		const parsed = glossaryEntrySchema.safeParse(item);
		if (!parsed.success) {
			problems.push(...parsed.error.issues.map((issue) => ({ file: file.path, field: [index, ...issue.path].map(String).join('.'), message: issue.message })));
			continue;
		}
		const id = glossaryId(parsed.data.term);
		if (seen.has(id)) problems.push({ file: file.path, field: `${index}.term`, message: `"${parsed.data.term}" is listed twice` });
		seen.add(id);
		entries.push({ ...parsed.data, id });
	}
	return { entries, problems };
}
