/** The site's built pages, found by walking dist/, so every new page is tested without a hand-kept list. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const distDir = join(process.cwd(), 'dist');

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_astro' || name === 'pagefind' ? [] : walk(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** Every built HTML file as its URL path, e.g. "/urgent-help/" or "/404.html". */
export function builtPages(): { url: string; file: string }[] {
	return walk(distDir)
		.map((file) => {
			const rel = relative(distDir, file).split('\\').join('/');
			const url = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
			return { url, file };
		})
		.sort((a, b) => a.url.localeCompare(b.url));
}

/** The raw bytes of a built page. */
export function pageBytes(file: string): Buffer {
	return readFileSync(file);
}

/**
 * Pages for the checks that drive a browser (axe, JavaScript off at 320px).
 * Every page is included, except the deep "which service?" pages: about 2,900 pages built from two templates
 * (the "how would you like support?" question and the results), which differ only in their data. Of those we take
 * every 20th, in a fixed order, plus every page for one whole persona, so each template and every answer value is
 * covered on each run. The quick HTML checks still read every page.
 */
export function sweepPages(): { url: string; file: string }[] {
	const deep = /^\/which-service\/[^/]+\/[^/]+\/[^/]+\/[^/]+\//;
	let index = 0;
	return builtPages().filter(({ url }) => {
		if (!deep.test(url)) return true;
		if (url.startsWith('/which-service/me/18-to-25/leicester/')) return true;
		return index++ % 20 === 0;
	});
}
