/**
 * Builds the Pagefind search index as the last step of `astro build`, so the preview and the deployed
 * site are always searchable (after Starlight's integration). Any Pagefind error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** How many built pages mark content for search (data-pagefind-body): the pages a search can return. */
function searchablePages(dir: string): number {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.filter((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8').includes('data-pagefind-body')).length;
}

function assertNoErrors(step: string, errors: string[]) {
	if (errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n${errors.join('\n')}`);
}

export default function pagefindIndex(): AstroIntegration {
	return {
		name: 'llr:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				try {
					// No forced language: each page is indexed in its <html lang>, so the pages in other languages have their own
					// indexes and their words never turn up in an English search.
					const created = await pagefind.createIndex();
					assertNoErrors('start', created.errors);
					const index = created.index!;
					const added = await index.addDirectory({ path: fileURLToPath(dir) });
					assertNoErrors('index the site', added.errors);
					const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) });
					assertNoErrors('write the index', written.errors);
					// Pagefind's page_count is every HTML file it read, including pages it skips for having no
					// data-pagefind-body, so the log names the pages a search can actually return.
					logger.info(
						`Search index: ${searchablePages(fileURLToPath(dir))} searchable pages (${added.page_count} HTML files read).`,
					);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
