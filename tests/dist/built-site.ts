/** The built site as text, read once: every HTML page in dist/ with its URL path. */
import { readFileSync } from 'node:fs';
import { builtPages } from '../e2e/built-pages.ts';

export { distDir } from '../e2e/built-pages.ts';

export type BuiltPage = { url: string; file: string; html: string };

let cache: BuiltPage[] | undefined;

/** Every built HTML page, e.g. { url: "/urgent-help/", html: "<!DOCTYPE html>…" }, sorted by URL. */
export function pages(): BuiltPage[] {
	cache ??= builtPages().map(({ url, file }) => ({ url, file, html: readFileSync(file, 'utf8') }));
	return cache;
}

/** The service pages, /services/<slug>/ (not the browse pages). */
export function servicePages(): BuiltPage[] {
	return pages().filter(({ url }) => /^\/services\/[^/]+\/$/.test(url));
}

/** Decodes the few entities Astro writes in text. */
export function decodeText(text: string): string {
	return text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
