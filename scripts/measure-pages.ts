/**
 * `npm run measure` (after a build): page count, where the help-now strip ends in each page's HTML,
 * and gzip sizes of pages with their CSS and JavaScript. Figures for notes, not a test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readBuiltPages, type BuiltPage } from '../src/integrations/built-site.ts';
import { attribute, elements, hasClass, sourceRange } from '../src/lib/html.ts';

const distDir = join(import.meta.dirname, '..', 'dist');
const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** The site's own CSS and JavaScript a page loads. */
function assetsOf(page: BuiltPage): string[] {
	return elements(page)
		.flatMap((element) => [attribute(element, 'href'), attribute(element, 'src')])
		.filter((url): url is string => url !== undefined && /^\/_astro\/[^?#]+\.(css|js)$/.test(url));
}

function allIn(page: BuiltPage) {
	const html = Buffer.from(page.html, 'utf8');
	const assetGzip = assetsOf(page).reduce((sum, asset) => sum + gz(readFileSync(join(distDir, asset))), 0);
	const strip = elements(page).find((element) => hasClass(element, 'help-now'));
	const { start, end } = strip ? sourceRange(strip) : { start: -1, end: -1 };
	return {
		html: html.length,
		htmlGzip: gz(html),
		assetGzip,
		total: gz(html) + assetGzip,
		stripStart: Buffer.byteLength(page.html.slice(0, start)),
		stripEnd: Buffer.byteLength(page.html.slice(0, end)),
	};
}

const rows = readBuiltPages(distDir).map((page) => ({ url: page.url, ...allIn(page) }));
const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
};
const services = rows.filter((r) => /^\/services\/[^/]+\/$/.test(r.url));
const home = rows.find((r) => r.url === '/')!;
console.log(`Pages built: ${rows.length} (${services.length} service pages)`);
console.log(
	`Help-now strip: starts at byte ${Math.min(...rows.map((r) => r.stripStart))}-${Math.max(...rows.map((r) => r.stripStart))}, ends by byte ${Math.max(...rows.map((r) => r.stripEnd))} on every page`,
);
console.log(`Home page: ${home.html} B HTML, ${home.htmlGzip} B gzip; with CSS and JS ${home.total} B gzip`);
console.log(
	`Service pages, gzip with CSS and JS: median ${median(services.map((r) => r.total))} B, largest ${Math.max(...services.map((r) => r.total))} B`,
);
console.log(
	`Largest page: ${rows.reduce((a, b) => (a.total > b.total ? a : b)).url} ${Math.max(...rows.map((r) => r.total))} B gzip all-in`,
);
