/**
 * Astro content loaders over `loadContent`: every collection comes from the same checked read of content/, so a
 * problem anywhere (a clash of ids, a number that must never be published, a source document that does not exist)
 * stops `astro build`, `astro sync` and `astro check`, naming the file and the field. Entry ids come from file names
 * (services, guides) or from the entries themselves (crisis lines, glossary terms, source documents).
 */
import { pathToFileURL, fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { forgetContent, formatProblem, loadContent, type Content } from './load.ts';

type Entry = { id: string; data: Record<string, unknown>; filePath: string; body?: string };

/** What each collection holds, taken from the checked content. */
const entriesOf = {
	services: (content: Content) => content.services.map((service) => ({ id: service.slug, data: service, filePath: `content/services/${service.slug}.yaml` })),
	guides: (content: Content) => content.guides.map((guide) => ({ id: guide.slug, data: guide.data, filePath: guide.path, body: guide.body })),
	crisisLines: (content: Content) => content.crisisLines.map((line) => ({ id: line.id, data: line, filePath: 'content/crisis-lines.yaml' })),
	glossary: (content: Content) => content.glossary.map((term) => ({ id: term.id, data: term, filePath: 'content/glossary.yaml' })),
	sourceDocuments: (content: Content) => content.sourceDocuments.map((document) => ({ id: document.id, data: document, filePath: 'content/source-documents.yaml' })),
	doNotPublish: (content: Content) => content.doNotPublish.map((entry) => ({ id: entry.number.replace(/\D/g, ''), data: entry, filePath: 'content/do-not-publish.yaml' })),
	searchVocabulary: (content: Content) => [{ id: 'search-vocabulary', data: content.searchVocabulary, filePath: 'content/search-vocabulary.yaml' }],
	crisisTerms: (content: Content) => [{ id: 'crisis-terms', data: content.crisisTerms, filePath: 'content/crisis-terms.yaml' }],
} satisfies Record<string, (content: Content) => Entry[]>;

export type ContentCollection = keyof typeof entriesOf;

/** The checked content, or an error listing every problem by file and field. */
function checkedContent(root: string): Content {
	const content = loadContent(root);
	if (content.problems.length > 0) {
		const list = content.problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n');
		throw new Error(`The content has ${content.problems.length} problem(s):\n${list}`);
	}
	return content;
}

async function load(collection: ContentCollection, context: LoaderContext): Promise<void> {
	const root = fileURLToPath(context.config.root);
	const content = checkedContent(root);
	context.store.clear();
	for (const entry of entriesOf[collection](content) as Entry[]) {
		const data = await context.parseData({ id: entry.id, data: entry.data, filePath: entry.filePath });
		const digest = context.generateDigest({ data: entry.data, body: entry.body ?? '' });
		const rendered = entry.body === undefined ? undefined : await context.renderMarkdown(entry.body, { fileURL: pathToFileURL(join(root, entry.filePath)) });
		context.store.set({ id: entry.id, data, filePath: entry.filePath, digest, ...(entry.body === undefined ? {} : { body: entry.body }), ...(rendered ? { rendered } : {}) });
	}
}

/** The loader for one collection. While developing, an edit anywhere in content/ reloads it. */
export function contentLoader(collection: ContentCollection): Loader {
	let watching = false;
	return {
		name: `llr-content-${collection}`,
		load: async (context) => {
			await load(collection, context);
			if (!context.watcher || watching) return;
			watching = true;
			const contentDir = join(fileURLToPath(context.config.root), 'content');
			context.watcher.add(contentDir);
			const reload = (path: string) => {
				if (!path.startsWith(contentDir)) return;
				forgetContent();
				load(collection, context)
					.then(() => context.logger.info(`Reloaded ${collection} after a change to ${path.slice(contentDir.length + 1)}`))
					.catch((error: unknown) => context.logger.error(String(error instanceof Error ? error.message : error)));
			};
			for (const event of ['add', 'change', 'unlink'] as const) context.watcher.on(event, reload);
		},
	};
}
