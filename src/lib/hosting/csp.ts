/**
 * The Content Security Policy, worked out from the built pages: every inline script and style is allowed by
 * its SHA-256 hash, so nothing is hand-maintained and anything injected into a page does not run.
 * Pure functions over HTML text; the security-headers integration applies them to `dist/`.
 */
import { createHash } from 'node:crypto';

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

function attribute(attributes: string, name: string): string | undefined {
	const match = attributes.match(new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
	return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/** The text of every inline script in a page that a browser would run (not `src=` scripts, not JSON data). */
export function inlineScripts(html: string): string[] {
	const scripts: string[] = [];
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
		const attributes = match[1] ?? '';
		if (/(?:^|\s)src(?:\s*=|\s|$)/i.test(attributes)) continue;
		if (!isExecutableScriptType(attribute(attributes, 'type'))) continue;
		scripts.push(match[2] ?? '');
	}
	return scripts;
}

/** The text of every inline <style> element in a page. */
export function inlineStyles(html: string): string[] {
	return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((match) => match[1] ?? '');
}

/**
 * Inline code a hash cannot allow without weakening the policy for every page ('unsafe-hashes'):
 * event handler attributes, style attributes and javascript: links. The build refuses these.
 */
export function unhashableInlineCode(html: string): string[] {
	const found: string[] = [];
	// Only inside tags, so words such as "onion=" in text are never matched.
	for (const tag of html.matchAll(/<[a-z][a-z0-9-]*\b[^>]*>/gi)) {
		const handler = tag[0].match(/\s(on[a-z]+)\s*=/i)?.[1];
		if (handler) found.push(`an event handler attribute (${handler})`);
		if (/\sstyle\s*=/i.test(tag[0])) found.push('a style attribute');
		if (/\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(tag[0])) found.push('a javascript: address');
	}
	return found;
}

/** The hashes every page needs, sorted so the policy (and the service worker version) only changes when pages do. */
export type InlineHashes = { scripts: string[]; styles: string[] };

/** Collects the distinct hashes of inline scripts and styles over a set of pages. */
export function collectInlineHashes(pages: Iterable<string>): InlineHashes {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	for (const html of pages) {
		for (const script of inlineScripts(html)) scripts.add(sha256Source(script));
		for (const style of inlineStyles(html)) styles.add(sha256Source(style));
	}
	return { scripts: [...scripts].sort(), styles: [...styles].sort() };
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
export function blockedInline(html: string, policy: string): string[] {
	const directives = parsePolicy(policy);
	const scriptSources = directives.get('script-src') ?? directives.get('default-src') ?? [];
	const styleSources = directives.get('style-src') ?? directives.get('default-src') ?? [];
	const blocked: string[] = [];
	for (const script of inlineScripts(html))
		if (!scriptSources.includes(sha256Source(script)))
			blocked.push(`an inline script without its hash (${sha256Source(script)}): ${script.slice(0, 60)}`);
	for (const style of inlineStyles(html))
		if (!styleSources.includes(sha256Source(style)))
			blocked.push(`an inline style without its hash (${sha256Source(style)}): ${style.slice(0, 60)}`);
	return [...blocked, ...unhashableInlineCode(html)];
}

function escapeAttribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The policy already in a page's <meta http-equiv="Content-Security-Policy">, if any. */
export function metaPolicy(html: string): string | undefined {
	const tag = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i);
	return tag?.[1]
		?.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&amp;/g, '&');
}

/**
 * Puts the policy in the page as a <meta> tag, straight after <meta charset> so it comes before any script
 * (a meta policy only covers what follows it) and stays small, ahead of the help-now strip.
 * Replaces a policy the page already has, so running twice gives the same page.
 */
export function withMetaPolicy(html: string, policy: string): string {
	const tag = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">`;
	const existing = /<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*"\s*\/?>/i;
	if (existing.test(html)) return html.replace(existing, tag);
	const charset = html.match(/<meta\s+charset=["']?[^"'>\s]+["']?\s*\/?>/i);
	if (charset?.index !== undefined) {
		const end = charset.index + charset[0].length;
		return html.slice(0, end) + tag + html.slice(end);
	}
	const head = html.match(/<head\b[^>]*>/i);
	if (head?.index === undefined) throw new Error('The page has no <head> to put its Content-Security-Policy in');
	const end = head.index + head[0].length;
	return html.slice(0, end) + tag + html.slice(end);
}
