/**
 * What the site keeps on a person's device for use with no signal, and how the service worker is versioned.
 * The same pages for everyone, fixed at build time: the worker never stores a page because someone visited it,
 * so the cache says nothing about what a person looked at, and never holds anything they typed.
 */
import { createHash } from 'node:crypto';
import { asPage, attribute, elements, type ElementNode, type HtmlPage } from './html.ts';

/** The page shown, from the device, for any page that is not kept when there is no connection. */
export const offlinePage = '/offline/';

/**
 * Pages kept on the device at the first visit: help now, the home page (both list every crisis line) and the
 * offline page. Only their HTML and CSS, so a first visit costs a few KB: they work without JavaScript.
 */
export const precachedPages = ['/', '/urgent-help/', offlinePage] as const;

/**
 * Pages kept, with every file they load (the plan editor's code), only once the person opens one of them: the
 * files are already in the browser's cache then, so keeping them costs no second download. The same files for
 * everyone who opens the page, never anything typed.
 */
export const keptWhenOpened = [
	'/safety-plan/',
	'/safety-plan/fill-in/',
	'/safety-plan/my-safety-plan/',
	'/safety-plan/carer/',
	'/safety-plan/crisis-card/',
] as const;

/**
 * Sections whose every page is kept, with its files, once opened: help in other languages and in Easy Read. For
 * someone who cannot read the English pages these are the crisis pages; each is small and works without scripts.
 */
export const keptWhenOpenedSections = ['/help-in-your-language/', '/easy-read/'] as const;

function inKeptSection(pathname: string): boolean {
	return keptWhenOpenedSections.some((section) => pathname.startsWith(section));
}

/** Every page that can be kept offline, besides the pages of the kept sections. */
export const offlinePages = [...precachedPages, ...keptWhenOpened] as const;

/** Whether a page is one of those kept offline, so it offers to keep them (registers the service worker). */
export function keepsOffline(pathname: string): boolean {
	return (offlinePages as readonly string[]).includes(pathname) || inKeptSection(pathname);
}

/** Attributes that make a page load a file: scripts, images and island components. */
const loadingAttributes = ['src', 'component-url', 'renderer-url', 'before-hydration-url'];
/** <link> kinds that make a page load the file they name. */
const loadedLinks = ['stylesheet', 'icon', 'manifest', 'modulepreload', 'preload'];

/** A same-site address (not another site's, not protocol-relative), without its query or fragment. */
function sameSite(address: string | undefined): string | undefined {
	return address?.startsWith('/') && !address.startsWith('//') ? address.split(/[?#]/)[0] : undefined;
}

/** The kinds of a <link>: its rel, in lower case. */
function linkKinds(link: ElementNode): string[] {
	return (attribute(link, 'rel') ?? '').toLowerCase().split(/\s+/);
}

/** Same-site files a page loads: scripts, styles, icons, images and island components (not the pages it links to). */
export function assetsInPage(html: string | HtmlPage): string[] {
	const all = elements(asPage(html));
	const found = new Set<string>();
	for (const element of all)
		for (const name of loadingAttributes) {
			const url = sameSite(attribute(element, name));
			if (url) found.add(url);
		}
	for (const link of all)
		if (link.name === 'link' && linkKinds(link).some((kind) => loadedLinks.includes(kind))) {
			const url = sameSite(attribute(link, 'href'));
			if (url) found.add(url);
		}
	return [...found];
}

/** Modules a JavaScript module imports by relative address, resolved against its own address. */
export function importsInModule(js: string, moduleUrl: string): string[] {
	const found = new Set<string>();
	for (const match of js.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g))
		found.add(new URL(match[1]!, `http://site${moduleUrl}`).pathname);
	return [...found];
}

/** Stylesheets a page links to: all a kept crisis page needs to look right, since it works without scripts. */
export function stylesheetsInPage(html: string | HtmlPage): string[] {
	return elements(asPage(html), 'link')
		.filter((link) => linkKinds(link).includes('stylesheet'))
		.flatMap((link) => sameSite(attribute(link, 'href')) ?? []);
}

/**
 * Reads a built file by its address: its text, or a page already parsed; undefined when there is no such file
 * (which stops the build).
 */
type ReadBuilt = (url: string) => string | HtmlPage | undefined;

function mustRead(read: ReadBuilt, url: string): string | HtmlPage {
	const text = read(url);
	if (text === undefined) throw new Error(`A file kept for offline use is not in the build: ${url}`);
	return text;
}

/** What the worker keeps when it installs: the crisis pages and their stylesheets, nothing else. */
export function precacheUrls(read: ReadBuilt): string[] {
	const urls = new Set<string>();
	for (const page of precachedPages) {
		urls.add(page);
		for (const sheet of stylesheetsInPage(mustRead(read, page))) urls.add(sheet);
	}
	for (const url of urls) mustRead(read, url);
	return [...urls];
}

/** One page and, following it, every file it loads (modules' imports too). */
export function pageWithFiles(read: ReadBuilt, page: string): string[] {
	const urls = new Set<string>();
	const queue: string[] = [page];
	while (queue.length > 0) {
		const url = queue.shift()!;
		if (urls.has(url)) continue;
		const text = mustRead(read, url);
		urls.add(url);
		if (url.endsWith('/')) queue.push(...assetsInPage(text));
		else if (url.endsWith('.js')) queue.push(...importsInModule(typeof text === 'string' ? text : text.html, url));
	}
	return [...urls];
}

/** For each page kept when it is opened (the list above, then the built pages of the kept sections), the files to keep then. */
export function keptWhenOpenedUrls(read: ReadBuilt, builtPages: readonly string[] = []): Record<string, string[]> {
	const sectionPages = builtPages.filter(inKeptSection).toSorted();
	return Object.fromEntries([...keptWhenOpened, ...sectionPages].map((page) => [page, pageWithFiles(read, page)]));
}

/** A short version for the kept files: it changes whenever any of them, or the worker itself, changes. */
export function offlineVersion(
	files: readonly { url: string; content: string | Uint8Array }[],
	workerSource: string,
): string {
	const hash = createHash('sha256');
	for (const file of [...files].sort((a, b) => a.url.localeCompare(b.url)))
		hash.update(file.url).update('\0').update(file.content).update('\0');
	hash.update(workerSource);
	return hash.digest('hex').slice(0, 16);
}

/** The service worker: its source with the version and the addresses to keep filled in. */
export function serviceWorkerScript(
	template: string,
	version: string,
	precache: readonly string[],
	onOpen: Record<string, readonly string[]>,
): string {
	for (const placeholder of ['__OFFLINE_VERSION__', '__OFFLINE_URLS__', '__OFFLINE_PAGE__', '__KEPT_WHEN_OPENED__'])
		if (!template.includes(placeholder)) throw new Error(`The service worker template has no ${placeholder}`);
	return template
		.replace('__OFFLINE_VERSION__', JSON.stringify(version))
		.replace('__OFFLINE_URLS__', JSON.stringify(precache))
		.replace('__KEPT_WHEN_OPENED__', JSON.stringify(onOpen))
		.replace('__OFFLINE_PAGE__', JSON.stringify(offlinePage));
}
