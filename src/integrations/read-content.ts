/**
 * Reads the content folder from disk and runs every cross-file check.
 * Used by the build (through the content-check integration) and by `npm run content:check`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { crisisTermsSchema, searchVocabularySchema } from '../schemas/search.ts';
import {
	checkWith,
	checkCrisisLines,
	checkDoNotPublish,
	checkServices,
	type ContentFile,
	type Problem,
} from '../lib/content/check.ts';

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
	const vocabulary = checkWith(readYaml(root, join(contentDir, 'search-vocabulary.yaml')), searchVocabularySchema);
	const crisisTerms = checkWith(readYaml(root, join(contentDir, 'crisis-terms.yaml')), crisisTermsSchema);
	return {
		services: services.services,
		crisisLines: lines.lines,
		searchVocabulary: vocabulary.data ?? {},
		crisisPhrases: crisisTerms.data?.phrases ?? [],
		problems: [...problems, ...unreadable, ...services.problems, ...lines.problems, ...vocabulary.problems, ...crisisTerms.problems],
	};
}
