/**
 * Guides are content, not code. A guide's Markdown may hold text, headings, lists, emphasis, links to web pages,
 * phone numbers and email addresses, and images from this site. It may not hold raw HTML (which could carry a
 * script, an event handler or an internal note in a comment), a link that runs code (`javascript:`, `data:` ...),
 * or an image from another site (which would tell that site who is reading about what).
 * The check reads the Markdown tree, so every problem names the line it is on.
 */
import { markdownToMdast, type MdastNode } from 'satteri';
import type { Problem } from './check.ts';

/** Link schemes a reader can follow safely; anything else (javascript:, vbscript:, data:, file:) is refused. */
const safeLinkSchemes = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * The scheme of a URL as a browser reads it: browsers drop tabs, new lines and leading spaces or control
 * characters, so "java\tscript:" and " javascript:" still run. Undefined for a relative address.
 */
export function urlScheme(url: string): string | undefined {
	const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
	return cleaned.match(/^([a-z][a-z0-9+.-]*):/i)?.[1]?.toLowerCase();
}

/** Whether a link address is one a reader can follow safely: relative, or http(s), mailto or tel. */
export function isSafeLink(url: string): boolean {
	const scheme = urlScheme(url);
	return scheme === undefined || safeLinkSchemes.has(scheme);
}

/** Whether an image address is a file on this site: relative and not protocol-relative ("//other.site/..."). */
export function isLocalImage(url: string): boolean {
	return urlScheme(url) === undefined && !/^[\\/]{2}/.test(url.replace(/[\u0000-\u0020\u007f]/g, ''));
}

function short(text: string): string {
	const oneLine = text.replace(/\s+/g, ' ').trim();
	return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}

function htmlProblem(html: string): string {
	const handler = html.match(/\s(on[a-z]+)\s*=/i)?.[1];
	if (handler) return `has an event handler (${handler.toLowerCase()}) in raw HTML: ${short(html)}. Guides are Markdown only`;
	if (/<\s*script/i.test(html)) return `has a <script> in raw HTML: ${short(html)}. Guides are Markdown only`;
	if (/^\s*<!--/.test(html)) return `has an HTML comment, which would be published: ${short(html)}. Keep notes for the content team out of guides`;
	return `has raw HTML: ${short(html)}. Guides are Markdown only: use Markdown for headings, lists, emphasis and links`;
}

type Node = MdastNode & { children?: Node[]; url?: string; identifier?: string; value?: string; position?: { start: { line: number } } };

/**
 * Every unsafe thing in a guide's Markdown, each with its line. `source` is the whole file (frontmatter included),
 * so the lines are the file's own.
 */
export function guideMarkupProblems(file: string, source: string): Problem[] {
	const tree = markdownToMdast(source.replace(/\r\n?/g, '\n')) as Node;
	const problems: Problem[] = [];
	const definitions = new Map<string, string>();
	const imageReferences: Node[] = [];
	const report = (node: Node, message: string) => problems.push({ file, field: `line ${node.position?.start.line ?? '?'}`, message });

	const visit = (node: Node) => {
		switch (node.type) {
			case 'html':
				report(node, htmlProblem(node.value ?? ''));
				break;
			case 'link':
				if (!isSafeLink(node.url ?? '')) report(node, `links to "${short(node.url ?? '')}", which is not a web page, phone number or email address`);
				break;
			case 'definition':
				definitions.set(node.identifier ?? '', node.url ?? '');
				if (!isSafeLink(node.url ?? '')) report(node, `defines a link to "${short(node.url ?? '')}", which is not a web page, phone number or email address`);
				break;
			case 'image':
				if (!isLocalImage(node.url ?? '')) report(node, `shows an image from another site ("${short(node.url ?? '')}"). Images must be files on this site`);
				break;
			case 'imageReference':
				imageReferences.push(node);
				break;
		}
		for (const child of node.children ?? []) visit(child);
	};
	visit(tree);
	// A reference image's address is in its definition, which may come later in the file.
	for (const node of imageReferences) {
		const url = definitions.get(node.identifier ?? '');
		if (url !== undefined && !isLocalImage(url)) report(node, `shows an image from another site ("${short(url)}"). Images must be files on this site`);
	}
	return problems.sort((a, b) => Number(a.field.slice(5)) - Number(b.field.slice(5)));
}
