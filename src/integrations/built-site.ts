/**
 * The built site in `dist/`, walked and read in one place: by the build steps that run after the pages are built,
 * by the checks over dist/, by the browser tests that choose pages, and by the scripts that measure pages.
 * Each page is read once, and parsed (with src/lib/html.ts) when something asks for its tree.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageAddress } from '../lib/hosting/built-site.ts';
import { parseHtml, type HtmlPage } from '../lib/html.ts';

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function builtFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** The tree of the page parsed last (see BuiltPage.root). */
let lastParsed: { page: BuiltPage; root: HtmlPage['root'] } | undefined;

/** One built HTML page: where it is, the address it is served at, its text and, parsed when asked for, its tree. */
export class BuiltPage implements HtmlPage {
	/** The file, relative to dist/: "about/index.html". */
	readonly file: string;
	/** The file's full path. */
	readonly path: string;
	/** The address it is served at: "/about/", "/404.html". */
	readonly url: string;
	#html: string;

	constructor(file: string, path: string, html: string) {
		this.file = file;
		this.path = path;
		this.url = pageAddress(file);
		this.#html = html;
	}

	get html(): string {
		return this.#html;
	}

	/**
	 * The page's tree. Only the last page asked for keeps its tree: code goes through the pages one by one, and
	 * keeping every page's tree (a few hundred thousand nodes) made the garbage collector cost ten times the parsing.
	 */
	get root() {
		if (lastParsed?.page !== this) lastParsed = { page: this, root: parseHtml(this.#html).root };
		return lastParsed.root;
	}

	/** Writes new text for the page, to the file and to this copy. */
	rewrite(html: string): void {
		writeFileSync(this.path, html);
		this.#html = html;
		if (lastParsed?.page === this) lastParsed = undefined;
	}
}

/** Every built HTML page under `dir` (among `files`, if the folder was already walked), read, sorted by address. */
export function readBuiltPages(dir: string, files = builtFiles(dir)): BuiltPage[] {
	return files
		.filter((file) => file.endsWith('.html'))
		.map((file) => new BuiltPage(file, join(dir, file), readFileSync(join(dir, file), 'utf8')))
		.sort((a, b) => a.url.localeCompare(b.url));
}

/** The built site: its folder, every file in it, and every page, read. */
export type BuiltSite = {
	dir: string;
	files: string[];
	pages: BuiltPage[];
	/** The page served at an address, e.g. "/urgent-help/". */
	page(url: string): BuiltPage | undefined;
};

function readBuiltSite(dir: string): BuiltSite {
	const files = builtFiles(dir);
	const pages = readBuiltPages(dir, files);
	const byUrl = new Map(pages.map((page) => [page.url, page]));
	return { dir, files, pages, page: (url) => byUrl.get(url) };
}

/**
 * The build steps share one read of the built site. Astro hands every step of one build the same `dir` object
 * (astro:build:done), so a read is kept for exactly that build; a step that changes a page writes it through
 * BuiltPage.rewrite, so the steps after it see the final page without reading it again.
 */
const readForBuild = new WeakMap<URL, BuiltSite>();

/** The built site of the build that handed a step `dir`, read the first time a step asks for it. */
export function builtSite(dir: URL): BuiltSite {
	let site = readForBuild.get(dir);
	if (!site) {
		site = readBuiltSite(fileURLToPath(dir));
		readForBuild.set(dir, site);
	}
	return site;
}
