/**
 * Builds the Pagefind search index as the last step of `astro build`, from the pages as the build steps before it
 * left them (the build's one read of dist/), so the preview and the deployed site are always searchable.
 * Any Pagefind error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { builtSite } from './built-site.ts';

function assertNoErrors(step: string, errors: string[]) {
	if (errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n${errors.join('\n')}`);
}

export default function pagefindIndex(): AstroIntegration {
	return {
		name: 'llr:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { pages } = builtSite(dir);
				try {
					// No forced language: each page is indexed in its <html lang>, so the pages in other languages have their own
					// indexes and their words never turn up in an English search.
					const created = await pagefind.createIndex();
					assertNoErrors('start', created.errors);
					const index = created.index!;
					const added = await Promise.all(pages.map(({ url, html }) => index.addHTMLFile({ url, content: html })));
					assertNoErrors(
						'index the site',
						added.flatMap((file) => file.errors),
					);
					const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) });
					assertNoErrors('write the index', written.errors);
					// Pagefind is given every page, and leaves out those with no data-pagefind-body: its own count of the
					// pages it kept is the number a search can return.
					const entry = JSON.parse(readFileSync(new URL('./pagefind/pagefind-entry.json', dir), 'utf8')) as {
						languages: Record<string, { page_count: number }>;
					};
					const searchable = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
					logger.info(`Search index: ${searchable} searchable pages (${pages.length} HTML files read).`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
