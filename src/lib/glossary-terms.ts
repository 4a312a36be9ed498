/**
 * Explains jargon where it is used: splits text so the first use on a page of each glossary abbreviation
 * becomes a link to its entry with what it stands for, working without JavaScript.
 * This is the one place terms are found: service pages use it through <Explained>, guides through the
 * Markdown plugin in src/lib/markdown/explain-terms.ts. Both work on text, never on HTML source, so
 * "A&E" is found however the page's HTML escapes it.
 */
export type TermEntry = { id: string; term: string; standsFor?: string | undefined; definition: string };
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
		explained.add(entry.id);
		if (match.index > last) pieces.push(text.slice(last, match.index));
		pieces.push({ text: match[1]!, id: entry.id, title: entry.standsFor! });
		last = match.index + match[1]!.length;
	}
	if (last < text.length) pieces.push(text.slice(last));
	return pieces;
}
