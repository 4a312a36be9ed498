/**
 * Writes sitemap.xml and robots.txt from the built pages (see src/lib/hosting/sitemap.ts for which pages).
 * Our own few lines rather than @astrojs/sitemap: that needs a filter for every rule below anyway, and brings
 * a dependency tree for what is one list of addresses.
 * The addresses need the site's public origin: set SITE_URL when building for the real site.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtSite } from './built-site.ts';
import { isPublicPage, robotsTxt, sitemapXml } from '../lib/hosting/sitemap.ts';

export default function sitemap(): AstroIntegration {
	let site: URL | undefined;
	return {
		name: 'llr:sitemap',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ? new URL(config.site) : undefined;
			},
			'astro:build:done': ({ dir, logger }) => {
				if (!site) throw new Error('sitemap.xml needs the site address: set `site` in astro.config.mjs (SITE_URL)');
				const { dir: root, pages } = builtSite(dir);
				const addresses = pages.filter((page) => isPublicPage(page.url, page)).map((page) => page.url);
				writeFileSync(join(root, 'sitemap.xml'), sitemapXml(site, addresses));
				writeFileSync(join(root, 'robots.txt'), robotsTxt(site));
				logger.info(`sitemap.xml lists ${addresses.length} public pages on ${site.origin}.`);
			},
		},
	};
}
