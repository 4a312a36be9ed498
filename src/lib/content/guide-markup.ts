/**
 * Guides are content, not code. A guide's Markdown may hold text, headings, lists, emphasis, links to web pages,
 * phone numbers and email addresses, and images from this site. It may not hold raw HTML (which could carry a
 * script, an event handler or an internal note in a comment), a link that runs code (`javascript:`, `data:` ...),
 * or an image from another site (which would tell that site who is reading about what). Links are https:// only,
 * carry no user name or password, and a link inside the site goes to a page that exists; phone numbers, linked or
 * written, are valid UK numbers.
 * The check reads the Markdown tree, so every problem names the line it is on.
 */
import { markdownToMdast, type MdastNode } from 'satteri';
import { dialledNumbersIn, parseUkPhone } from '../../base/phone.ts';
import type { Problem } from './check.ts';
import { lengthProblems } from './text-limits.ts';

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

/**
 * Words the refusal of a raw HTML fragment. Markdown hands over fragments such as a lone closing tag, which the HTML
 * parser cannot read, so the reason is picked with patterns; every fragment is refused whatever they find.
 */
function htmlProblem(html: string): string {
	const handler = html.match(/\s(on[a-z]+)\s*=/i)?.[1];
	if (handler) return `has an event handler (${handler.toLowerCase()}) in raw HTML: ${short(html)}. Guides are Markdown only`;
	if (/<\s*script/i.test(html)) return `has a <script> in raw HTML: ${short(html)}. Guides are Markdown only`;
	if (/^\s*<!--/.test(html)) return `has an HTML comment, which would be published: ${short(html)}. Keep notes for the content team out of guides`;
	return `has raw HTML: ${short(html)}. Guides are Markdown only: use Markdown for headings, lists, emphasis and links`;
}

/** Problems with a link's address beyond being safe to follow. */
function addressProblem(url: string, pageExists: ((href: string) => boolean) | undefined): string | undefined {
	const scheme = urlScheme(url);
	if (scheme === 'http') return `links to "${short(url)}": use the https:// address, so no page sends a person to an insecure site`;
	if (scheme === 'https' && /^[a-z]+:\/\/[^/?#]*@/i.test(url.trim())) return `links to an address with a user name or password in it (user:password@); leave them out`;
	if (scheme === 'tel' && !parseUkPhone(decodeURIComponentSafely(url.trim().slice(4))))
		return `links to "${short(url)}", which is not a valid UK phone number`;
	if (scheme === undefined && pageExists) {
		const [page = '', fragment] = url.trim().replace(/\?[^#]*/, '').split('#');
		if (!page.startsWith('/')) return `links to "${short(url)}": write links inside the site from the root, e.g. /urgent-help/`;
		const pagePath = page.endsWith('/') ? page : `${page}/`;
		if (!pageExists(pagePath)) return `links to "${short(url)}", which is not a page on this site`;
		if (pagePath === '/glossary/' && fragment && !pageExists(`/glossary/#${fragment}`)) return `links to "${short(url)}", which is not a term in the glossary`;
	}
	return undefined;
}

function decodeURIComponentSafely(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

type Node = MdastNode & { children?: Node[]; url?: string; identifier?: string; value?: string; position?: { start: { line: number } } };

/**
 * Every unsafe thing in a guide's Markdown, each with its line. `source` is the whole file (frontmatter included),
 * so the lines are the file's own.
 */
export function guideMarkupProblems(file: string, source: string, options: { pageExists?: (href: string) => boolean } = {}): Problem[] {
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
			case 'definition': {
				const url = node.url ?? '';
				if (node.type === 'definition') definitions.set(node.identifier ?? '', url);
				const verb = node.type === 'link' ? 'links' : 'defines a link';
				if (!isSafeLink(url)) report(node, `${verb} to "${short(url)}", which is not a web page, phone number or email address`);
				else {
					const problem = addressProblem(url, options.pageExists);
					if (problem) report(node, problem);
				}
				break;
			}
			case 'text':
				// A run of digits that starts like a phone number (0 or +44), or is as long as one, must be a real number.
				for (const number of dialledNumbersIn(node.value ?? ''))
					if ((number.startsWith('0') || number.length >= 10) && !parseUkPhone(number)) report(node, `has the number "${number}", which is not a valid UK phone number`);
				for (const message of lengthProblems(node.value ?? '')) report(node, message);
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
