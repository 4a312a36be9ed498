/**
 * Builds the Pagefind search index as the last step of `astro build`, from the pages as the build steps before it
 * left them (the build's one read of dist/), so the preview and the deployed site are always searchable.
 * Any Pagefind error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { builtSite } from './built-site.ts';
import { elements } from '../lib/html.ts';

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
					const created = await pagefind.createIndex({ forceLanguage: 'en' });
					assertNoErrors('start', created.errors);
					const index = created.index!;
					const added = await Promise.all(pages.map(({ url, html }) => index.addHTMLFile({ url, content: html })));
					assertNoErrors(
						'index the site',
						added.flatMap((file) => file.errors),
					);
					const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) });
					assertNoErrors('write the index', written.errors);
					// Pagefind reads every page it is given, and leaves out those with no data-pagefind-body: the log
					// names the pages a search can actually return.
					const searchable = pages.filter((page) =>
						elements(page).some((element) => 'data-pagefind-body' in element.attributes),
					);
					logger.info(`Search index: ${searchable.length} searchable pages (${pages.length} HTML files read).`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
