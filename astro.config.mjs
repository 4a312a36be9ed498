// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import contentCheck from './src/integrations/content-check.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import contentReview from './src/integrations/content-review.ts';

export default defineConfig({
	output: 'static',
	trailingSlash: 'always',
	integrations: [contentCheck(), contentReview(), react(), pagefindIndex()],
	build: {
		// Keep CSS in a file: an inline <style> in <head> would push the help-now strip further from the first bytes.
		inlineStylesheets: 'never',
		format: 'directory',
	},
	// Nothing on this site talks to a server: no prefetching of pages the person did not ask for.
	prefetch: false,
	devToolbar: { enabled: false },
});
