/**
 * sitemap.xml and robots.txt for search engines: the public pages only. Left out: pages that ask not to be
 * indexed (the content review report, the offline page), the not-found page, and the thousands of
 * "which service?" answer pages, which are the same few questions and results for every combination of answers.
 */

import { asPage, attribute, elements, type HtmlPage } from '../html.ts';

/** "Which service?" pages deeper than its fixed first questions: /which-service/<who>/... (answers in the path). */
const fixedWizardPages = new Set(['who', 'danger', 'emergency', 'today', 'urgent']);

/** Whether a built page belongs in the sitemap. `html` is the page, to honour its own robots noindex. */
export function isPublicPage(address: string, html: string | HtmlPage): boolean {
	if (!address.endsWith('/')) return false;
	// The address first: it rules out most pages without reading them.
	const wizard = address.match(/^\/which-service\/([^/]+)\//);
	if (wizard && !fixedWizardPages.has(wizard[1]!)) return false;
	return !asksNotToBeIndexed(asPage(html));
}

/** Whether a page says <meta name="robots" content="noindex">. */
function asksNotToBeIndexed(page: HtmlPage): boolean {
	return elements(page, 'meta').some(
		(meta) =>
			attribute(meta, 'name')?.toLowerCase() === 'robots' &&
			(attribute(meta, 'content') ?? '')
				.toLowerCase()
				.split(/[\s,]+/)
				.includes('noindex'),
	);
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The sitemap for some page addresses on a site (absolute, as the sitemap protocol requires). */
export function sitemapXml(site: URL, addresses: readonly string[]): string {
	const urls = [...addresses]
		.sort()
		.map((address) => `<url><loc>${escapeXml(new URL(address, site).href)}</loc></url>`);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** robots.txt: every page may be crawled (pages that should not be indexed say so themselves); where the sitemap is. */
export function robotsTxt(site: URL): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`;
}
