/**
 * A Markdown (hast) plugin that explains the first use in a guide of each glossary abbreviation, the same way
 * service pages do: a link to its jargon-buster entry, with what it stands for. It works on the document tree,
 * so it sees text as the reader does ("A&E", not "A&amp;E") and never touches tags or attributes.
 * The ids it explained, in order, are left in the page's frontmatter as `explainedTerms`, for the
 * "Words used in this guide" list.
 */
import type { Element, ElementContent, Parents, Text } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { explainFirstUses, termHref, type ExplainedTerm, type TermEntry } from '../glossary-terms.ts';

/** Text inside these is left alone: links and abbreviations already are one, code is literal, headings stay short. */
const leaveAlone = new Set(['a', 'abbr', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'dfn']);

/** The explained term as hast, matching termHtml() in glossary-terms.ts (every other page). */
export function termElement(term: ExplainedTerm): Element {
	return {
		type: 'element',
		tagName: 'a',
		properties: { className: ['term'], href: termHref(term.id) },
		children: [
			{
				type: 'element',
				tagName: 'abbr',
				properties: { title: term.title },
				children: [{ type: 'text', value: term.text }],
			},
			{ type: 'text', value: ' ' },
			{
				type: 'element',
				tagName: 'span',
				properties: { className: ['term__expansion'] },
				children: [{ type: 'text', value: `(${term.title})` }],
			},
		],
	};
}

function insideLeftAlone(node: Readonly<Text>, ctx: HastVisitorContext): boolean {
	let parent: Readonly<Parents> | undefined = ctx.parent(node);
	while (parent && parent.type !== 'root') {
		if (parent.type === 'element' && leaveAlone.has(parent.tagName)) return true;
		parent = ctx.parent(parent);
	}
	return false;
}

/** Where the plugin leaves its list of explained ids. */
type AstroData = { frontmatter?: Record<string, unknown> };

/**
 * The plugin, for `satteri({ hastPlugins: [...] })`. It is a factory, so each document starts with no term
 * explained. `terms` are the explainable glossary entries (see `explainableTerms`).
 */
export function explainTermsPlugin(terms: readonly TermEntry[]): () => HastPluginDefinition {
	return () => {
		const explained = new Set<string>();
		const order: string[] = [];
		return {
			name: 'llr-explain-terms',
			text(node, ctx) {
				if (node.value.trim() === '' || insideLeftAlone(node, ctx)) return;
				const pieces = explainFirstUses(node.value, terms, explained);
				if (pieces.every((piece) => typeof piece === 'string')) return;
				const replacement: ElementContent[] = pieces.map((piece) => {
					if (typeof piece === 'string') return { type: 'text', value: piece };
					order.push(piece.id);
					return termElement(piece);
				});
				ctx.replaceNode(node, replacement);
			},
			after(_root, ctx) {
				const astro = (ctx.data as { astro?: AstroData }).astro;
				if (astro?.frontmatter) astro.frontmatter['explainedTerms'] = order;
			},
		};
	};
}
