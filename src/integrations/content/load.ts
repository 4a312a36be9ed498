/**
 * The one door content comes in by. Reads every file under content/ (whatever its folder, case or extension),
 * parses YAML and Markdown frontmatter, and runs every check (src/lib/content/check.ts). The Astro collections
 * (src/integrations/content/loaders.ts), the Markdown glossary plugin, `npm run content:*` scripts and the tests
 * all read content through `loadContent`, so they all see the same entries and the same problems.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { checkContent, type CheckOptions, type Content, type ContentFile } from '../../lib/content/check.ts';
import { todayIso } from '../../base/dates.ts';
import { resolveCrisisLines } from './crisis-line-references.ts';

export type { Content, ContentFile, GlossaryTerm, GuideFile, Problem } from '../../lib/content/check.ts';
export { formatProblem } from '../../lib/content/check.ts';

/** Every file under `root/content`, with its path from `root` (forward slashes) and its text. */
export function readContentFolder(root: string): { path: string; text: string }[] {
	const contentDir = join(root, 'content');
	return readdirSync(contentDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.sort()
		.map((path) => ({ path: relative(root, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }));
}

function yamlError(error: unknown): string {
	return `is not valid YAML: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`;
}

/**
 * Parses one file by its kind: Markdown (frontmatter between --- lines, then the body) or YAML. Windows line
 * endings and a byte-order mark read as plain text, so a file saved on any machine parses the same.
 */
export function parseContentFile(file: { path: string; text: string }): ContentFile {
	const text = file.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	if (/\.(md|markdown)$/i.test(file.path)) {
		const match = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
		if (!match) return { ...file, unreadable: 'must start with frontmatter between --- lines' };
		try {
			return { ...file, data: parse(match[1]!), body: match[2]! };
		} catch (error) {
			return { ...file, unreadable: yamlError(error) };
		}
	}
	if (!/\.ya?ml$/i.test(file.path)) return { ...file };
	try {
		return { ...file, data: parse(text) };
	} catch (error) {
		return { ...file, unreadable: yamlError(error) };
	}
}

/** The site's fixed pages, from the route files in src/pages/ that take no parameters: "/", "/urgent-help/"... */
export function fixedPages(root: string): string[] {
	const pagesDir = join(root, 'src', 'pages');
	if (!existsSync(pagesDir)) return [];
	return readdirSync(pagesDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.astro') && !entry.name.includes('['))
		.map((entry) => relative(pagesDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.filter((path) => !path.startsWith('404'))
		.map((path) => `/${path.replace(/(^|\/)index\.astro$/, '').replace(/\.astro$/, '/')}`.replace(/\/+$/, '/'));
}

// Parsed files by path and text: checking the folder again with one file changed parses only that file, and the
// checks (which remember their results per parsed file) re-check only what changed.
const parsedFiles = new Map<string, ContentFile>();
function parsedOnce(file: { path: string; text: string }): ContentFile {
	const key = `${file.path}\0${file.text}`;
	let parsed = parsedFiles.get(key);
	if (!parsed) {
		parsed = parseContentFile(file);
		parsedFiles.set(key, parsed);
	}
	return parsed;
}

/** Parses and checks a set of content files: the real folder, or the folder with one file changed (for tests). */
export function checkContentFiles(files: readonly { path: string; text: string }[], options: Partial<CheckOptions> & { root?: string } = {}): Content {
	const resolved = resolveCrisisLines(files.map(parsedOnce));
	const content = checkContent(resolved.files, {
		today: options.today ?? todayIso(),
		production: options.production ?? process.env.NODE_ENV === 'production',
		fixedPages: options.fixedPages ?? fixedPages(options.root ?? process.cwd()),
	});
	return resolved.problems.length === 0 ? content : { ...content, problems: [...resolved.problems, ...content.problems] };
}

// Kept on globalThis so the Astro config, the content collections and the pages, which Vite loads as separate
// module instances, share one read of the folder per build.
const cacheKey = Symbol.for('llr.content');
type Cache = Map<string, { files: { path: string; text: string }[]; content?: Content }>;
const cache: Cache = ((globalThis as Record<symbol, unknown>)[cacheKey] as Cache | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[cacheKey] = cache;

function cached(root: string) {
	let entry = cache.get(resolve(root));
	if (!entry) {
		entry = { files: readContentFolder(root) };
		cache.set(resolve(root), entry);
	}
	return entry;
}

/** Every file under `root/content` with its text, read once (until `forgetContent`). Tests vary one file of these. */
export function contentFolderFiles(root: string = process.cwd()): readonly { path: string; text: string }[] {
	return cached(root).files;
}

/** The content of the project at `root`, read and checked once (until `forgetContent`). */
export function loadContent(root: string = process.cwd()): Content {
	const entry = cached(root);
	entry.content ??= checkContentFiles(entry.files, { root });
	return entry.content;
}

/** Forgets what was read, so the next `loadContent` reads the folder again (after an edit while developing). */
export function forgetContent(): void {
	cache.clear();
	parsedFiles.clear();
}
