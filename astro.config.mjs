// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import pagefindIndex from './src/integrations/pagefind.ts';
import contentReview from './src/integrations/content-review.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import offlineSupport from './src/integrations/offline.ts';
import sitemap from './src/integrations/sitemap.ts';
import publishing from './src/integrations/publishing.ts';
import { siteAddress } from './src/lib/hosting/publishing.ts';
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { loadContent } from './src/integrations/content/load.ts';
import { explainableTerms } from './src/lib/glossary-terms.ts';
import { explainTermsPlugin } from './src/lib/markdown/explain-terms.ts';
import { callLinksPlugin } from './src/lib/markdown/call-links.ts';
import { callNumbersOf } from './src/lib/call-links.ts';

const content = loadContent(fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
	output: 'static',
	trailingSlash: 'always',
	// The public address, for sitemap.xml, robots.txt and the open data. Setting SITE_URL makes this a production
	// build, which fails without an operator (content/site.yaml); without it, a local build at localhost.
	site: siteAddress(process.env),
	// Order matters after the build: the security headers change every page, and the offline worker is
	// versioned by the final pages.
	integrations: [
		publishing(),
		contentReview(),
		react(),
		securityHeaders(),
		offlineSupport(),
		sitemap(),
		pagefindIndex(),
	],
	build: {
		// Keep CSS in a file: an inline <style> in <head> would push the help-now strip further from the first bytes.
		inlineStylesheets: 'never',
		format: 'directory',
	},
	markdown: {
		// Guides explain the first use of each glossary abbreviation, and link every emergency and urgent number,
		// working on the document tree (see the plugins).
		processor: satteri({
			hastPlugins: [
				explainTermsPlugin(explainableTerms(content.glossary)),
				callLinksPlugin(callNumbersOf(content.crisisLines)),
			],
		}),
	},
	// Nothing on this site talks to a server: no prefetching of pages the person did not ask for.
	prefetch: false,
	devToolbar: { enabled: false },
});
