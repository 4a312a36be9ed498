/** The built site, read once per test worker through the walker the build steps use (src/integrations/built-site.ts). */
import { readBuiltPages, type BuiltPage } from '../../src/integrations/built-site.ts';
import { distDir } from '../e2e/built-pages.ts';

export { distDir };
export type { BuiltPage };

let cache: BuiltPage[] | undefined;

/** Every built HTML page, e.g. { url: "/urgent-help/", html: "<!DOCTYPE html>…", root: its tree }, sorted by URL. */
export function pages(): BuiltPage[] {
	cache ??= readBuiltPages(distDir);
	return cache;
}

/** The page at an address. */
export function page(url: string): BuiltPage {
	const found = pages().find((candidate) => candidate.url === url);
	if (!found) throw new Error(`${url} is not built`);
	return found;
}

/** The service pages, /services/<slug>/ (not the browse pages). */
export function servicePages(): BuiltPage[] {
	return pages().filter(({ url }) => /^\/services\/[^/]+\/$/.test(url));
}
