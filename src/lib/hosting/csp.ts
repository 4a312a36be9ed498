/**
 * The Content Security Policy, worked out from the built pages: every inline script and style is allowed by
 * its SHA-256 hash, so nothing is hand-maintained and anything injected into a page does not run.
 * Pure functions over HTML, read with a parser; the security-headers integration applies them to `dist/`.
 */
import { createHash } from 'node:crypto';
import {
	asPage,
	attribute,
	attributeNames,
	elements,
	innerSource,
	sourceRange,
	type ElementNode,
	type HtmlPage,
} from '../html.ts';

/** A CSP source expression for some inline text: 'sha256-<base64>'. */
export function sha256Source(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Script types a browser runs (and CSP governs); data blocks such as JSON-LD are not run, so need no hash. */
function isExecutableScriptType(type: string | undefined): boolean {
	if (type === undefined) return true;
	const value = type.trim().toLowerCase();
	return (
		value === '' ||
		value === 'module' ||
		value === 'importmap' ||
		value === 'speculationrules' ||
		/^(text|application)\/(x-)?(java|ecma)script$/.test(value)
	);
}

/** The text of every inline script in a page that a browser would run (not `src=` scripts, not JSON data). */
export function inlineScripts(html: string | HtmlPage): string[] {
	const page = asPage(html);
	return elements(page, 'script')
		.filter((script) => attribute(script, 'src') === undefined && isExecutableScriptType(attribute(script, 'type')))
		.map((script) => innerSource(page, script));
}

/** The text of every inline <style> element in a page. */
export function inlineStyles(html: string | HtmlPage): string[] {
	const page = asPage(html);
	return elements(page, 'style').map((style) => innerSource(page, style));
}

/** Attributes whose value is an address, where a javascript: address would run code. */
const addressAttributes = ['href', 'src', 'action', 'formaction'];

/**
 * Inline code a hash cannot allow without weakening the policy for every page ('unsafe-hashes'):
 * event handler attributes, style attributes and javascript: links. The build refuses these.
 */
export function unhashableInlineCode(html: string | HtmlPage): string[] {
	const found: string[] = [];
	for (const element of elements(asPage(html))) {
		const names = attributeNames(element);
		const handler = names.find((name) => name.startsWith('on'));
		if (handler) found.push(`an event handler attribute (${handler})`);
		if (names.includes('style')) found.push('a style attribute');
		if (addressAttributes.some((name) => attribute(element, name)?.trim().toLowerCase().startsWith('javascript:')))
			found.push('a javascript: address');
	}
	return found;
}

/** The hashes every page needs, sorted so the policy (and the service worker version) only changes when pages do. */
export type InlineHashes = { scripts: string[]; styles: string[] };

/** Collects the distinct hashes of inline scripts and styles over a set of pages. */
export function collectInlineHashes(pages: Iterable<string | HtmlPage | InlineCode>): InlineHashes {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	for (const page of pages) {
		const code = typeof page !== 'string' && 'scripts' in page ? page : asPage(page);
		for (const script of 'scripts' in code ? code.scripts : inlineScripts(code)) scripts.add(sha256Source(script));
		for (const style of 'styles' in code ? code.styles : inlineStyles(code)) styles.add(sha256Source(style));
	}
	return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

/** What the policy needs from one page, read from one parse of it. */
export type InlineCode = {
	scripts: string[];
	styles: string[];
	unhashable: string[];
	/** Where its <meta> policy goes (see metaPolicyPlace). */
	policyPlace: { start: number; end: number };
};

/** A page's inline scripts and styles, the inline code no hash can allow, and where its <meta> policy goes. */
export function inlineCodeOf(html: string | HtmlPage): InlineCode {
	const page = asPage(html);
	return {
		scripts: inlineScripts(page),
		styles: inlineStyles(page),
		unhashable: unhashableInlineCode(page),
		policyPlace: metaPolicyPlace(page),
	};
}

/** Directives a <meta> policy cannot carry: browsers ignore them there (frame-ancestors, reporting, sandbox). */
const headerOnlyDirectives = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/**
 * The site's policy, as directives in order. Only 'self' and hashes: no other site is ever contacted.
 * 'wasm-unsafe-eval' lets Pagefind's search start its WebAssembly (it allows compiling WebAssembly only,
 * not JavaScript eval); its worker script gets the header policy too.
 */
export function policyDirectives(hashes: InlineHashes): [string, string[]][] {
	return [
		['default-src', ["'self'"]],
		['script-src', ["'self'", "'wasm-unsafe-eval'", ...hashes.scripts]],
		['style-src', ["'self'", ...hashes.styles]],
		['img-src', ["'self'"]],
		['object-src', ["'none'"]],
		['base-uri', ["'none'"]],
		['form-action', ["'self'"]],
		['frame-ancestors', ["'none'"]],
	];
}

/** The policy as a header value (`for: 'header'`) or for a <meta http-equiv> tag (`for: 'meta'`). */
export function contentSecurityPolicy(hashes: InlineHashes, options: { for: 'header' | 'meta' }): string {
	return policyDirectives(hashes)
		.filter(([name]) => options.for === 'header' || !headerOnlyDirectives.has(name))
		.map(([name, sources]) => `${name} ${sources.join(' ')}`)
		.join('; ');
}

/** Parses a policy into directive name -> sources, for checking a page against it. */
export function parsePolicy(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

/** What in a page a policy would block: inline scripts and styles without their hash, and unhashable inline code. */
export function blockedInline(html: string | HtmlPage, policy: string): string[] {
	const page = asPage(html);
	const directives = parsePolicy(policy);
	const scriptSources = directives.get('script-src') ?? directives.get('default-src') ?? [];
	const styleSources = directives.get('style-src') ?? directives.get('default-src') ?? [];
	const blocked: string[] = [];
	for (const script of inlineScripts(page))
		if (!scriptSources.includes(sha256Source(script)))
			blocked.push(`an inline script without its hash (${sha256Source(script)}): ${script.slice(0, 60)}`);
	for (const style of inlineStyles(page))
		if (!styleSources.includes(sha256Source(style)))
			blocked.push(`an inline style without its hash (${sha256Source(style)}): ${style.slice(0, 60)}`);
	return [...blocked, ...unhashableInlineCode(page)];
}

function escapeAttribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** A page's <meta http-equiv="Content-Security-Policy">, if it has one. */
function metaPolicyElement(page: HtmlPage): ElementNode | undefined {
	return elements(page, 'meta').find(
		(meta) => attribute(meta, 'http-equiv')?.toLowerCase() === 'content-security-policy',
	);
}

/** The policy already in a page's <meta http-equiv="Content-Security-Policy">, if any. */
export function metaPolicy(html: string | HtmlPage): string | undefined {
	const meta = metaPolicyElement(asPage(html));
	return meta ? attribute(meta, 'content') : undefined;
}

/**
 * Puts the policy in the page as a <meta> tag, straight after <meta charset> so it comes before any script
 * (a meta policy only covers what follows it) and stays small, ahead of the help-now strip.
 * Replaces a policy the page already has, so running twice gives the same page.
 */
export function withMetaPolicy(html: string | HtmlPage, policy: string, place = metaPolicyPlace(asPage(html))): string {
	const text = typeof html === 'string' ? html : html.html;
	const tag = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">`;
	return text.slice(0, place.start) + tag + text.slice(place.end);
}

/**
 * Where a page's <meta> policy goes, as the part of its source it replaces: the policy it already has, or nothing
 * just after <meta charset> (or <head>).
 */
export function metaPolicyPlace(page: HtmlPage): { start: number; end: number } {
	const existing = metaPolicyElement(page);
	if (existing) return sourceRange(existing);
	const after =
		elements(page, 'meta').find((meta) => attribute(meta, 'charset') !== undefined) ?? elements(page, 'head')[0];
	if (!after) throw new Error('The page has no <head> to put its Content-Security-Policy in');
	return { start: after.loc[0].end, end: after.loc[0].end };
}
