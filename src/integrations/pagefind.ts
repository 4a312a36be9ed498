/**
 * Builds the Pagefind search index as the last step of `astro build`, so the preview and the deployed
 * site are always searchable (after Starlight's integration). Any Pagefind error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

function assertNoErrors(step: string, errors: string[]) {
	if (errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n${errors.join('\n')}`);
}

export default function pagefindIndex(): AstroIntegration {
	return {
		name: 'llr:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				try {
					const created = await pagefind.createIndex({ forceLanguage: 'en' });
					assertNoErrors('start', created.errors);
					const index = created.index!;
					const added = await index.addDirectory({ path: fileURLToPath(dir) });
					assertNoErrors('index the site', added.errors);
					const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) });
					assertNoErrors('write the index', written.errors);
					logger.info(`Indexed ${added.page_count} pages for search.`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
