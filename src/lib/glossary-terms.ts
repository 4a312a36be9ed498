/**
 * Explains jargon where it is used: splits text so the first use on a page of each glossary abbreviation
 * becomes a link to its entry with what it stands for, working without JavaScript.
 */
export type TermEntry = { id: string; term: string; standsFor?: string | undefined; definition: string };
export type Piece = string | { text: string; id: string; title: string };

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Abbreviations worth explaining in place: short upper-case terms with an expansion (CAMHS, CMHT, GP, PALS). */
export function explainableTerms(entries: readonly TermEntry[]): TermEntry[] {
	return entries.filter((entry) => entry.standsFor && /^[A-Z][A-Z&]{1,7}$/.test(entry.term));
}

/**
 * Splits text into plain pieces and term pieces. `explained` is shared across the page, so each term is
 * explained once, at its first use. Whole words only and case-sensitive, so "GP" matches but "gap" does not.
 */
export function explainFirstUses(text: string, entries: readonly TermEntry[], explained: Set<string>): Piece[] {
	const pending = entries.filter((entry) => !explained.has(entry.id));
	if (pending.length === 0) return [text];
	const pattern = new RegExp(`(?<![A-Za-z0-9])(${pending.map((e) => escapeRegExp(e.term)).join('|')})(?![A-Za-z0-9])`, 'g');
	const pieces: Piece[] = [];
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		const entry = pending.find((e) => e.term === match[1]);
		if (!entry || explained.has(entry.id)) continue;
		explained.add(entry.id);
		if (match.index > last) pieces.push(text.slice(last, match.index));
		pieces.push({ text: match[1]!, id: entry.id, title: entry.standsFor! });
		last = match.index + match[1]!.length;
	}
	if (last < text.length) pieces.push(text.slice(last));
	return pieces;
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The markup for an explained term: a link to its glossary entry, with the expansion in an <abbr> and in words. */
export function termHtml(piece: Exclude<Piece, string>): string {
	const title = escapeHtml(piece.title);
	return `<a class="term" href="/glossary/#${piece.id}"><abbr title="${title}">${escapeHtml(piece.text)}</abbr> <span class="term__expansion">(${title})</span></a>`;
}

/**
 * Explains first uses inside rendered HTML (a guide's Markdown): only in text, never inside tags, links,
 * headings, <abbr> or code, so the markup stays valid and headings stay short.
 */
export function explainInHtml(html: string, entries: readonly TermEntry[], explained: Set<string>): string {
	const skip = /^(a|abbr|code|pre|h[1-6]|script|style)$/i;
	const open: string[] = [];
	return html
		.split(/(<[^>]+>)/)
		.map((part) => {
			if (part.startsWith('<')) {
				const tag = part.match(/^<\/?\s*([a-z0-9]+)/i)?.[1];
				if (tag && skip.test(tag) && !part.endsWith('/>')) {
					if (part.startsWith('</')) open.pop();
					else open.push(tag);
				}
				return part;
			}
			if (open.length > 0 || part.trim() === '') return part;
			return explainFirstUses(part, entries, explained)
				.map((piece) => (typeof piece === 'string' ? piece : termHtml(piece)))
				.join('');
		})
		.join('');
}
