// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import pagefindIndex from './src/integrations/pagefind.ts';
import contentReview from './src/integrations/content-review.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import offlineSupport from './src/integrations/offline.ts';
import sitemap from './src/integrations/sitemap.ts';
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { loadContent } from './src/integrations/content/load.ts';
import { explainableTerms } from './src/lib/glossary-terms.ts';
import { explainTermsPlugin } from './src/lib/markdown/explain-terms.ts';

export default defineConfig({
	output: 'static',
	trailingSlash: 'always',
	// The public address, for sitemap.xml and robots.txt. Set SITE_URL when building the real site.
	site: process.env['SITE_URL'] || 'http://localhost:4321',
	// Order matters after the build: the security headers change every page, and the offline worker is
	// versioned by the final pages.
	integrations: [contentReview(), react(), securityHeaders(), offlineSupport(), sitemap(), pagefindIndex()],
	build: {
		// Keep CSS in a file: an inline <style> in <head> would push the help-now strip further from the first bytes.
		inlineStylesheets: 'never',
		format: 'directory',
	},
	markdown: {
		// Guides explain the first use of each glossary abbreviation, working on the document tree (see the plugin).
		processor: satteri({ hastPlugins: [explainTermsPlugin(explainableTerms(loadContent(fileURLToPath(new URL('.', import.meta.url))).glossary))] }),
	},
	// Nothing on this site talks to a server: no prefetching of pages the person did not ask for.
	prefetch: false,
	devToolbar: { enabled: false },
});
