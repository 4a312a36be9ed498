/**
 * `npm run measure` (after a build): page count, where the help-now strip ends in each page's HTML,
 * and gzip sizes of pages with their CSS and JavaScript. Figures for notes, not a test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages, distDir } from '../tests/e2e/built-pages.ts';

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const pages = builtPages();

function assetsOf(html: string): string[] {
	return [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!);
}

function allIn(file: string) {
	const html = readFileSync(file);
	const assets = assetsOf(html.toString('utf8'));
	const assetGzip = assets.reduce((sum, asset) => sum + gz(readFileSync(join(distDir, asset))), 0);
	const text = html.toString('utf8');
	const start = text.indexOf('class="help-now"');
	const stripEnd = Buffer.byteLength(text.slice(0, text.indexOf('</section>', start)), 'utf8');
	return {
		html: html.length,
		htmlGzip: gz(html),
		assetGzip,
		total: gz(html) + assetGzip,
		stripStart: Buffer.byteLength(text.slice(0, start)),
		stripEnd,
	};
}

const rows = pages.map((page) => ({ url: page.url, ...allIn(page.file) }));
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
