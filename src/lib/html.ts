/**
 * Reading built HTML with a parser (ultrahtml: small, already in Astro's own tree, and it keeps each element's
 * place in the source), so build steps and tests ask for elements and attributes instead of matching markup with
 * regular expressions. A parsed page keeps its source text, so code that must see the exact bytes (the hash of an
 * inline script) slices them from the source.
 */
import { ELEMENT_NODE, TEXT_NODE, parse, type DocumentNode, type ElementNode, type Node } from 'ultrahtml';

export type { ElementNode };

/** A page's source and its tree, parsed once. */
export type HtmlPage = { readonly html: string; readonly root: DocumentNode };

/** Parses a page or a fragment. Attribute names are made lower case, as a browser makes them. */
export function parseHtml(html: string): HtmlPage {
	const root = parse(html) as DocumentNode;
	for (const element of elements(root))
		if (Object.keys(element.attributes).some((key) => key !== key.toLowerCase()))
			element.attributes = Object.fromEntries(
				Object.entries(element.attributes).map(([key, value]) => [key.toLowerCase(), value]),
			);
	return { html, root };
}

/** The page as given, or parsed from its text. */
export function asPage(page: string | HtmlPage): HtmlPage {
	return typeof page === 'string' ? parseHtml(page) : page;
}

/** Every element under a node (itself too, if it is one), in document order; only those named `name`, if given. */
export function elements(from: Node | HtmlPage, name?: string): ElementNode[] {
	const found: ElementNode[] = [];
	const visit = (node: Node) => {
		if (node.type === ELEMENT_NODE && (name === undefined || node.name.toLowerCase() === name)) found.push(node);
		if ('children' in node) for (const child of node.children as Node[]) visit(child);
	};
	visit('root' in from ? from.root : from);
	return found;
}

/** The first element for which `test` holds, in document order. */
export function findElement(from: Node | HtmlPage, test: (element: ElementNode) => boolean): ElementNode | undefined {
	return elements(from).find(test);
}

/** An attribute's value (`name` in lower case), with character references decoded; undefined when it has none. */
export function attribute(element: ElementNode, name: string): string | undefined {
	const value = element.attributes[name];
	return value === undefined ? undefined : decodeEntities(value);
}

/** The names of an element's attributes, in lower case. */
export function attributeNames(element: ElementNode): string[] {
	return Object.keys(element.attributes);
}

/** An element's classes. */
export function classesOf(element: ElementNode): string[] {
	return (attribute(element, 'class') ?? '').split(/\s+/).filter(Boolean);
}

/** Whether an element has a class. */
export function hasClass(element: ElementNode, name: string): boolean {
	return classesOf(element).includes(name);
}

/**
 * The text a node holds, character references decoded. Scripts and styles are left out unless `withCode` is set:
 * they are not words a person reads. With `apart`, each element's text is kept apart from the next's by a space
 * (two table cells, or a label and a field, never run together into one word).
 */
export function textOf(node: Node | HtmlPage, options: { withCode?: boolean; apart?: boolean } = {}): string {
	const parts: string[] = [];
	const visit = (current: Node) => {
		if (current.type === TEXT_NODE) parts.push(current.value);
		else if (current.type === ELEMENT_NODE && !options.withCode && ['script', 'style'].includes(current.name)) return;
		const gap = options.apart && current.type === ELEMENT_NODE;
		if (gap) parts.push(' ');
		if ('children' in current) for (const child of current.children as Node[]) visit(child);
		if (gap) parts.push(' ');
	};
	visit('root' in node ? node.root : node);
	return decodeEntities(parts.join(''));
}

/** Text with its runs of white space made one space, and trimmed: as a person reads it. */
export function readable(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Where an element starts and ends in the page's source (the end of its end tag, or of its start tag if it has none). */
export function sourceRange(element: ElementNode): { start: number; end: number } {
	return { start: element.loc[0].start, end: (element.loc[1] ?? element.loc[0]).end };
}

/**
 * The exact source between an element's start and end tags: for a script or a style, the bytes a browser runs
 * and a Content Security Policy hash covers, with nothing decoded or changed.
 */
export function innerSource(page: HtmlPage, element: ElementNode): string {
	const end = element.loc[1];
	if (!end || end === element.loc[0]) return '';
	return page.html.slice(element.loc[0].end, end.start);
}

const namedEntities: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	shy: '\u00ad',
	ndash: '\u2013',
	mdash: '\u2014',
	lsquo: '\u2018',
	rsquo: '\u2019',
	ldquo: '\u201c',
	rdquo: '\u201d',
	hellip: '\u2026',
	copy: '\u00a9',
	pound: '\u00a3',
};

/** Decodes character references in text: every numeric one, and the named ones Astro and Markdown write. */
export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (whole, decimal, hex, name) => {
		if (decimal || hex) return String.fromCodePoint(Number.parseInt(decimal ?? hex, decimal ? 10 : 16));
		return namedEntities[name.toLowerCase()] ?? whole;
	});
}
