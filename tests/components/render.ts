/**
 * Renders one component through Astro's container API and reads the result as a person would meet it: the text,
 * the links and their addresses, the language and direction of each part, and what is hidden. The HTML is parsed
 * (ultrahtml), never matched with regular expressions.
 */
import { decodeEntities } from '../../src/lib/html.ts';
import { experimental_AstroContainer as AstroContainer, type ContainerRenderOptions } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/react/container-renderer';
import { ELEMENT_NODE, TEXT_NODE, parse, walkSync, type ElementNode, type Node } from 'ultrahtml';
import { querySelectorAll } from 'ultrahtml/selector';
import { getCrisisLine } from '../../src/data/content.ts';
import { telHref } from '../../src/base/phone.ts';

type Component = Parameters<AstroContainer['renderToString']>[0];

const site = 'http://localhost:4321';
let container: Promise<AstroContainer> | undefined;

function theContainer(): Promise<AstroContainer> {
	container ??= loadRenderers([getContainerRenderer()]).then((renderers) =>
		AstroContainer.create({ renderers, astroConfig: { site, trailingSlash: 'always' } }),
	);
	return container;
}

/** A crisis line's phone number as the content gives it, and the tel: address a link to it must have. */
export async function phoneOf(lineId: string): Promise<{ number: string; href: string }> {
	const line = await getCrisisLine(lineId);
	const phone = line.contacts.find((contact) => contact.kind === 'phone');
	if (!phone) throw new Error(`${lineId} has no phone number`);
	return { number: phone.number, href: telHref(phone.number) };
}

/** The words in a part of the page, with the spaces a browser would show between them. */
export function textOf(node: Node): string {
	return rawText(node).replace(/\s+/g, ' ').trim();
}

/** Elements a browser shows on a line of their own, so their words never run into the next ones. */
const blocks = new Set(
	'address article aside br dd details div dl dt fieldset figure footer form h1 h2 h3 h4 h5 h6 header hr legend li main nav ol p section summary table td th tr ul'.split(
		' ',
	),
);

function rawText(node: Node): string {
	if (node.type === TEXT_NODE) return decodeEntities(node.value);
	if (node.type !== ELEMENT_NODE && node.type !== 0) return '';
	if (node.type === ELEMENT_NODE && ['script', 'style', 'template'].includes(node.name)) return '';
	const text = (node.children as Node[]).map(rawText).join('');
	return node.type === ELEMENT_NODE && blocks.has(node.name) ? ` ${text} ` : text;
}

/** Splits a selector at `separator` where it is outside [attribute] brackets and quotes. */
function splitOutside(selector: string, separator: (char: string) => boolean): string[] {
	const parts: string[] = [];
	let current = '';
	let depth = 0;
	let quote = '';
	for (const char of selector) {
		if (quote) quote = char === quote ? '' : quote;
		else if (char === '"' || char === "'") quote = char;
		else if (char === '[') depth += 1;
		else if (char === ']') depth -= 1;
		if (separator(char) && depth === 0 && !quote) {
			parts.push(current.trim());
			current = '';
		} else current += char;
	}
	return [...parts, current.trim()].filter(Boolean);
}

/** The elements matching one selector with no list: each step of a chain of descendants in turn. */
function matching(node: Node, selector: string): Set<Node> {
	if (selector.includes('>')) return new Set(querySelectorAll(node, selector));
	let found: Node[] = [node];
	for (const part of splitOutside(selector, (char) => /\s/.test(char))) {
		const next = new Set<Node>();
		for (const from of found) for (const match of querySelectorAll(from, part)) if (match !== from) next.add(match);
		found = [...next];
	}
	return new Set(found);
}

/**
 * Every element inside a part of the page that matches a CSS selector, in document order. ultrahtml matches one
 * compound selector at a time; lists ("a, button") and chains of descendants ("main li a") are followed here.
 */
export function find(node: Node, selector: string): ElementNode[] {
	const wanted = new Set(splitOutside(selector, (char) => char === ',').flatMap((part) => [...matching(node, part)]));
	const ordered: ElementNode[] = [];
	walkSync(node, (child) => {
		if (wanted.has(child)) ordered.push(child as ElementNode);
	});
	return ordered;
}

/** True when the element or one of its ancestors is hidden from everyone (the `hidden` attribute). */
export function isHidden(node: Node): boolean {
	for (let at: Node | undefined = node; at && at.type === ELEMENT_NODE; at = at.parent) {
		if ('hidden' in at.attributes) return true;
	}
	return false;
}

export type Rendered = {
	html: string;
	/** Every element that matches a CSS selector, in document order. */
	all(selector: string): ElementNode[];
	/** The one element that matches; fails when there is none or more than one. */
	one(selector: string): ElementNode;
	/** The text of the whole render, or of the one element that matches. */
	text(selector?: string): string;
	/** Each link's text and address, in order. */
	links(selector?: string): { text: string; href: string }[];
};

/** Renders a component with its props and slots; `path` is the address of the page it is on (Astro.url). */
export async function render(
	component: Component,
	{ path = '/', ...options }: ContainerRenderOptions & { path?: string } = {},
): Promise<Rendered> {
	const request = new Request(new URL(path, site));
	return read(await (await theContainer()).renderToString(component, { request, ...options }));
}

/** Reads rendered HTML (for example a React island's server render) as a person would meet it. */
export function read(html: string): Rendered {
	// React marks where two pieces of text meet with an empty comment; ultrahtml 1.7 drops the text before a comment.
	const root = parse(html.replaceAll('<!-- -->', '')) as Node;
	const all = (selector: string) => find(root, selector);
	const one = (selector: string) => {
		const found = all(selector);
		if (found.length !== 1) throw new Error(`${found.length} elements match "${selector}" in:\n${html}`);
		return found[0]!;
	};
	return {
		html,
		all,
		one,
		text: (selector) => textOf(selector ? one(selector) : root),
		links: (selector = 'a') =>
			all(selector).map((link) => ({ text: textOf(link), href: decodeEntities(link.attributes['href'] ?? '') })),
	};
}
