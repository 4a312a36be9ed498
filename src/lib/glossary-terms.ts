/**
 * Explains jargon where it is used: the first use on a page of each glossary abbreviation
 * becomes a link to its entry with what it stands for, working without JavaScript.
 * This is the one place terms are found: every page through <ExplainTerms> around its main content, guides through the
 * Markdown plugin in src/lib/markdown/explain-terms.ts. Both work on text, never on HTML source, so
 * "A&E" is found however the page's HTML escapes it.
 */
import { parse } from 'ultrahtml';
import { decodeEntities } from './html.ts';

export type TermEntry = {
	id: string;
	term: string;
	standsFor?: string | undefined;
	definition: string;
	/** Other names for the term; a use already followed by one in brackets ("GP (family doctor)") is explained. */
	also?: readonly string[] | undefined;
};
export type Piece = string | ExplainedTerm;
/** One explained use: the text as written, its glossary entry's id, and what it stands for. */
export type ExplainedTerm = { text: string; id: string; title: string };

/** Where an explained term links to: its entry in the jargon buster. */
export function termHref(id: string): string {
	return `/glossary/#${id}`;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Abbreviations worth explaining in place: short upper-case terms with an expansion (CAMHS, CMHT, GP, PALS). */
export function explainableTerms(entries: readonly TermEntry[]): TermEntry[] {
	return entries.filter((entry) => entry.standsFor && /^[A-Z][A-Z&]{1,7}$/.test(entry.term));
}

function insideBrackets(text: string, at: number): boolean {
	const before = text.slice(0, at);
	return (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
}

/** Whether the use at `at` is already followed by what it means in brackets, or is the bracket after it. */
export function spelledOut(text: string, at: number, entry: TermEntry): boolean {
	const meanings = [entry.standsFor, ...(entry.also ?? [])].filter(Boolean).map((meaning) => meaning!.toLowerCase());
	const after = text
		.slice(at + entry.term.length)
		.toLowerCase()
		.replace(/^\s*\(\s*(the\s+)?/, '\u0000');
	const before = text.slice(0, at).toLowerCase().trimEnd();
	return meanings.some(
		(meaning) =>
			after.startsWith(`\u0000${meaning}`) || (before.endsWith('(') && before.slice(0, -1).trimEnd().endsWith(meaning)),
	);
}

/**
 * Splits text into plain pieces and term pieces. `explained` is shared across the page, so each term is
 * explained once, at its first use. Whole words only and case-sensitive, so "GP" matches but "gap" does not.
 */
export function explainFirstUses(text: string, entries: readonly TermEntry[], explained: Set<string>): Piece[] {
	const pending = entries.filter((entry) => !explained.has(entry.id));
	if (pending.length === 0) return [text];
	const pattern = new RegExp(
		`(?<![A-Za-z0-9])(${pending.map((e) => escapeRegExp(e.term)).join('|')})(?![A-Za-z0-9])`,
		'g',
	);
	const pieces: Piece[] = [];
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		const entry = pending.find((e) => e.term === match[1]);
		if (!entry || explained.has(entry.id)) continue;
		// Already spelled out in the text ("ECT (electroconvulsive therapy)", "electroconvulsive therapy (ECT)"):
		// explaining it again would say it twice.
		if (spelledOut(text, match.index, entry)) {
			explained.add(entry.id);
			continue;
		}
		// Inside brackets an explanation would be brackets in brackets: it waits for a use outside them.
		if (insideBrackets(text, match.index)) continue;
		explained.add(entry.id);
		if (match.index > last) pieces.push(text.slice(last, match.index));
		pieces.push({ text: match[1]!, id: entry.id, title: entry.standsFor! });
		last = match.index + match[1]!.length;
	}
	if (last < text.length) pieces.push(text.slice(last));
	return pieces;
}

type HtmlNode = {
	type: number;
	name?: string;
	value?: string;
	attributes?: Record<string, string>;
	children?: HtmlNode[];
	loc?: { start: number; end: number }[];
};

/** Text inside these is left alone: links and abbreviations already are one, headings and form labels are names. */
const leaveAloneInHtml = new Set([
	'a',
	'abbr',
	'dfn',
	'code',
	'pre',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'label',
	'legend',
	'button',
	'option',
	'select',
	'textarea',
	'summary',
	'script',
	'style',
	'template',
	'title',
	'svg',
]);

/**
 * Where terms stay plain on purpose, so neither the explainer nor the page rule that checks it reads them as running
 * text: a React island, whose server HTML must match what it renders in the browser (or React draws it again and
 * loses what was typed before it was ready), and a short line marked `data-plain-terms` that must fit the first
 * screen (the help line under the search box).
 */
export function keepsTermsPlain(name: string, attributes: Readonly<Record<string, string>>): boolean {
	return name === 'astro-island' || 'data-plain-terms' in attributes;
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The markup of one explained use, the same as the guides plugin draws. */
export function termHtml(term: ExplainedTerm): string {
	return `<a class="term" href="${termHref(term.id)}"><abbr title="${escapeHtml(term.title).replace(/"/g, '&quot;')}">${escapeHtml(term.text)}</abbr> <span class="term__expansion">(${escapeHtml(term.title)})</span></a>`;
}

function isTermLink(node: HtmlNode): boolean {
	return node.name === 'a' && /(^|\s)term(\s|$)/.test(node.attributes?.['class'] ?? '');
}

function textOfNode(node: HtmlNode): string {
	if (node.type === 2) return node.value ?? '';
	return (node.children ?? []).map(textOfNode).join('');
}

/**
 * Explains each glossary abbreviation once in a whole page's HTML (its main content): the first use in running text
 * becomes a term link, and a term link that comes after the term is already explained becomes plain text again, so
 * text from many components (summaries, ways in, cards, guides) explains each term once between them.
 * Works by splicing the original string, so every byte it does not change (scripts, attributes) stays as it was.
 */
export function explainTermsInHtml(
	html: string,
	entries: readonly TermEntry[],
	explained: Set<string> = new Set(),
): string {
	const edits: { start: number; end: number; text: string }[] = [];
	const visit = (parent: HtmlNode, innerStart: number, innerEnd: number) => {
		let cursor = innerStart;
		const children = parent.children ?? [];
		children.forEach((child, index) => {
			if (child.type === 2) {
				const next = children.slice(index + 1).find((sibling) => sibling.loc?.[0]);
				const end = next?.loc?.[0]?.start ?? innerEnd;
				const raw = html.slice(cursor, end);
				if (raw === child.value) {
					const pieces = explainFirstUses(decodeEntities(raw), entries, explained);
					if (pieces.some((piece) => typeof piece !== 'string'))
						edits.push({
							start: cursor,
							end,
							text: pieces.map((piece) => (typeof piece === 'string' ? escapeHtml(piece) : termHtml(piece))).join(''),
						});
				}
				cursor = end;
				return;
			}
			const open = child.loc?.[0];
			if (!open) return;
			const close = child.loc?.[1];
			const outerEnd = close?.end ?? open.end;
			cursor = outerEnd;
			if (child.type !== 1) return;
			const attributes = child.attributes ?? {};
			if (isTermLink(child)) {
				const id = decodeURIComponent((attributes['href'] ?? '').split('#')[1] ?? '');
				if (explained.has(id)) {
					const abbr = (child.children ?? []).find((node) => node.name === 'abbr');
					// The parser gives text as written ("A&amp;E"): decode it before writing it out again.
					edits.push({ start: open.start, end: outerEnd, text: escapeHtml(decodeEntities(textOfNode(abbr ?? child))) });
				} else explained.add(id);
				return;
			}
			// A definition on the page (the jargon buster's own entry) explains its term there.
			if (child.name === 'dfn') {
				const defined = entries.find((entry) => entry.term === decodeEntities(textOfNode(child)).trim());
				if (defined) explained.add(defined.id);
			}
			if (
				leaveAloneInHtml.has(child.name ?? '') ||
				'hidden' in attributes ||
				keepsTermsPlain(child.name ?? '', attributes) ||
				!close
			)
				return;
			visit(child, open.end, close.start);
		});
	};
	visit(parse(html) as HtmlNode, 0, html.length);
	let out = html;
	for (const edit of edits.sort((a, b) => b.start - a.start))
		out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
	return out;
}
