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
 * A sample of pages for the slower checks (JavaScript off, 320px, print): one of each kind of page.
 * Pages of the same template differ only in content, which the fast per-page checks already cover.
 */
export function onePerTemplate(): { url: string; file: string }[] {
	const seen = new Set<string>();
	return builtPages().filter(({ url }) => {
		const parts = url.split('/').filter(Boolean);
		const template = parts.length <= 1 ? url : `/${parts.slice(0, -1).join('/')}/*`;
		if (seen.has(template)) return false;
		seen.add(template);
		return true;
	});
}
