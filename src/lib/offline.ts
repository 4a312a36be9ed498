/**
 * What the site keeps on a person's device for use with no signal, and how the service worker is versioned.
 * The same pages for everyone, fixed at build time: the worker never stores a page because someone visited it,
 * so the cache says nothing about what a person looked at, and never holds anything they typed.
 */
import { createHash } from 'node:crypto';

/** The page shown, from the device, for any page that is not kept when there is no connection. */
export const offlinePage = '/offline/';

/** Pages kept on the device: help now, the home page, and the safety plans (the fill-in plan works offline). */
export const offlinePages = [
	'/',
	'/urgent-help/',
	'/safety-plan/',
	'/safety-plan/fill-in/',
	'/safety-plan/my-safety-plan/',
	'/safety-plan/carer/',
	'/safety-plan/crisis-card/',
	offlinePage,
] as const;

/** Whether a page is one of those kept offline, so it offers to keep them (registers the service worker). */
export function keepsOffline(pathname: string): boolean {
	return (offlinePages as readonly string[]).includes(pathname);
}

/** Files every kept page needs besides its own: the home-screen manifest and icon. */
export const offlineExtras = ['/manifest.webmanifest', '/favicon.svg'] as const;

/** Same-site files a page loads: scripts, styles, icons, images and island components (not the pages it links to). */
export function assetsInPage(html: string): string[] {
	const found = new Set<string>();
	for (const match of html.matchAll(/\s(?:src|component-url|renderer-url|before-hydration-url)="(\/(?!\/)[^"]+)"/g)) found.add(match[1]!);
	for (const tag of html.matchAll(/<link\b[^>]*>/g)) {
		const href = tag[0].match(/\shref="(\/(?!\/)[^"]+)"/)?.[1];
		if (href && /\srel="(?:stylesheet|icon|manifest|modulepreload|preload)"/.test(tag[0])) found.add(href);
	}
	return [...found].map((url) => url.replace(/[?#].*$/, ''));
}

/** Modules a JavaScript module imports by relative address, resolved against its own address. */
export function importsInModule(js: string, moduleUrl: string): string[] {
	const found = new Set<string>();
	for (const match of js.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)) found.add(new URL(match[1]!, `http://site${moduleUrl}`).pathname);
	return [...found];
}

/**
 * Every address to keep: the kept pages and, following them, every file they load (modules' imports too).
 * `read` gives a built file's text by its address, or undefined if there is no such file (which is an error).
 */
export function offlineUrls(read: (url: string) => string | undefined): string[] {
	const urls = new Set<string>();
	const queue: string[] = [...offlinePages, ...offlineExtras];
	while (queue.length > 0) {
		const url = queue.shift()!;
		if (urls.has(url)) continue;
		const text = read(url);
		if (text === undefined) throw new Error(`A file kept for offline use is not in the build: ${url}`);
		urls.add(url);
		if (url.endsWith('/')) queue.push(...assetsInPage(text));
		else if (url.endsWith('.js')) queue.push(...importsInModule(text, url));
	}
	return [...urls];
}

/** A short version for the kept files: it changes whenever any of them, or the worker itself, changes. */
export function offlineVersion(files: readonly { url: string; content: string | Uint8Array }[], workerSource: string): string {
	const hash = createHash('sha256');
	for (const file of [...files].sort((a, b) => a.url.localeCompare(b.url))) hash.update(file.url).update('\0').update(file.content).update('\0');
	hash.update(workerSource);
	return hash.digest('hex').slice(0, 16);
}

/** The service worker: its source with the version and the list of kept addresses filled in. */
export function serviceWorkerScript(template: string, version: string, urls: readonly string[]): string {
	for (const placeholder of ['__OFFLINE_VERSION__', '__OFFLINE_URLS__', '__OFFLINE_PAGE__'])
		if (!template.includes(placeholder)) throw new Error(`The service worker template has no ${placeholder}`);
	return template
		.replace('__OFFLINE_VERSION__', JSON.stringify(version))
		.replace('__OFFLINE_URLS__', JSON.stringify(urls))
		.replace('__OFFLINE_PAGE__', JSON.stringify(offlinePage));
}
