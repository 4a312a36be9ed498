/**
 * Words a person can act on, read from every built page: each thing said once, jargon explained where it is first
 * read, "they" never standing for the wrong person, and no note meant for the content team.
 *
 * "Main content" is the page's <main> as a person sees it: hidden elements, templates, scripts and styles are left
 * out. A service card in a list is read as its own short text: the same sentence on two cards ("Your GP can refer
 * you.") is a fact about two services, not the page saying one thing twice, so repetition is counted within each
 * card and within the rest of the page.
 */
import { parse } from 'ultrahtml';
import { loadContent } from '../../src/integrations/content/load.ts';
import { explainableTerms, keepsTermsPlain, spelledOut } from '../../src/lib/glossary-terms.ts';
import { attribute, elements, parseHtml } from '../../src/lib/html.ts';

type Node = { type: number; name?: string; value?: string; attributes?: Record<string, string>; children?: Node[] };

/** Text of <main> as blocks (paragraphs, list items, headings ...), each tagged with the card it belongs to. */
export type Block = { text: string; scope: string };
/**
 * The visible text of <main> in reading order (`flat`); the running text alone (`running`: no headings, link text or
 * form labels, which are names an explanation cannot sit inside), with the places in it that are an explained term.
 */
export type MainText = { blocks: Block[]; flat: string; running: string; explainedAt: Set<number>; english: boolean };

/** Names, not running text: headings, link text, form controls and code. A <dfn> is running text: it defines. */
const names = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'abbr', 'code', 'pre', 'label', 'legend', 'button', 'option', 'summary']);
const notShown = new Set(['script', 'style', 'template', 'noscript']);
const blockTags = new Set([
	'p',
	'li',
	'dd',
	'dt',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'td',
	'th',
	'caption',
	'figcaption',
	'summary',
	'label',
	'legend',
	'blockquote',
	'div',
	'section',
	'ul',
	'ol',
	'dl',
	'table',
	'tr',
	'details',
	'form',
	'fieldset',
	'nav',
	'aside',
	'header',
	'footer',
	'article',
	'br',
	'option',
	'button',
]);

function decode(text: string): string {
	return text
		.replace(/&nbsp;|&#160;/g, ' ')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

function findMain(node: Node): Node | undefined {
	if (node.type === 1 && node.name === 'main') return node;
	for (const child of node.children ?? []) {
		const found = findMain(child);
		if (found) return found;
	}
	return undefined;
}

export function mainText(html: string): MainText {
	const main = findMain(parse(html) as Node);
	const blocks: Block[] = [];
	let flat = '';
	let running = '';
	const explainedAt = new Set<number>();
	let current: Block | undefined;
	const close = () => {
		if (current && current.text.trim() !== '') {
			current.text = current.text.replace(/\s+/g, ' ').trim();
			blocks.push(current);
		}
		current = undefined;
		flat += '\n';
		running += '\n';
	};
	let cards = 0;
	const walk = (node: Node, scope: string, inName: boolean, inTerm: boolean) => {
		if (node.type === 2) {
			const text = decode(node.value ?? '');
			current ??= { text: '', scope };
			current.text += text;
			flat += text;
			if (inName) return;
			if (inTerm) for (let at = 0; at < text.length; at++) explainedAt.add(running.length + at);
			running += text;
			return;
		}
		if (node.type !== 1) return;
		const name = node.name ?? '';
		const attributes = node.attributes ?? {};
		if (notShown.has(name) || 'hidden' in attributes || attributes['aria-hidden'] === 'true') return;
		const isBlock = blockTags.has(name);
		const termLink = name === 'a' && /(^|\s)term(\s|$)/.test(attributes['class'] ?? '');
		const nextScope = attributes['data-service'] ? `card ${++cards} ${attributes['data-service']}` : scope;
		const nextInName =
			inName || keepsTermsPlain(name, attributes) || (names.has(name) && !termLink && !(inTerm && name === 'abbr'));
		if (isBlock) close();
		for (const child of node.children ?? []) walk(child, nextScope, nextInName, inTerm || termLink);
		if (isBlock) close();
	};
	if (main) walk(main, 'page', false, false);
	close();
	const lang = main?.attributes?.['lang'];
	return { blocks, flat, running, explainedAt, english: lang === undefined || lang.startsWith('en') };
}

/** A block split into sentences, e.g. "Your GP can refer you. Call 111." -> ["Your GP can refer you.", "Call 111."]. */
export function sentencesOf(text: string): string[] {
	return text
		.split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])/)
		.map((sentence) => sentence.trim())
		.filter(Boolean);
}

function wordCount(sentence: string): number {
	return sentence.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;
}

function normalise(sentence: string): string {
	return sentence
		.toLowerCase()
		.replace(/[.!?:;,]+$/, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The instruction under each box of the safety plan: a person writes in one box at a time, so each box says what to
 * write in it.
 */
const saidOncePerBox = new Set(['write their names and numbers', 'write their names and phone numbers']);

/**
 * Sentences of 5 or more words said more than once in the same scope (one card, or the rest of the page). A sentence
 * ends with a full stop, question or exclamation mark: labels, headings and the "On this page" links to them are not
 * sentences. A list item written as a label ("You can call for yourself or for someone else") counts when the same
 * page also says it as a sentence.
 */
export function repeatedSentences({ blocks, english }: MainText): string[] {
	// A translation says what its English source says, line by line; the English is checked.
	if (!english) return [];
	const seen = new Map<string, number>();
	const labels: string[] = [];
	for (const block of blocks)
		for (const sentence of sentencesOf(block.text)) {
			if (wordCount(sentence) < 5 || saidOncePerBox.has(normalise(sentence))) continue;
			const key = `${block.scope}\u0000${normalise(sentence)}`;
			if (/[.!?]["')]?$/.test(sentence)) seen.set(key, (seen.get(key) ?? 0) + 1);
			else if (sentence === block.text.trim()) labels.push(key);
		}
	for (const key of labels) if (seen.has(key)) seen.set(key, seen.get(key)! + 1);
	return [...seen].filter(([, count]) => count > 1).map(([key, count]) => `${count}x "${key.split('\u0000')[1]}"${key.startsWith('card') ? ` (${key.split('\u0000')[0]})` : ''}`);
}

/** An expansion said twice: "SEND (special …) (SEND …)", "ECT (electroconvulsive therapy) (electroconvulsive therapy)", or nested. */
export function doubledExpansions(flat: string): string[] {
	const found: string[] = [];
	for (const line of flat.split('\n')) {
		for (const match of line.matchAll(/\(([^()]*)\)\s*\(([^()]*)\)/g)) {
			const first = new Set(match[1]!.toLowerCase().match(/[a-z]{4,}/g) ?? []);
			if ((match[2]!.toLowerCase().match(/[a-z]{4,}/g) ?? []).some((word) => first.has(word))) found.push(match[0]);
		}
		for (const match of line.matchAll(/\([^()]*\([^()]*\)[^()]*\)/g)) found.push(match[0]);
	}
	return found;
}

/** "They can refer you" where the sentence before it is about someone other than the service. */
export function unclearThey(blocks: readonly Block[]): string[] {
	const found: string[] = [];
	for (const block of blocks) {
		const sentences = sentencesOf(block.text);
		sentences.forEach((sentence, at) => {
			if (!/^They can refer you\b/i.test(sentence)) return;
			const before = sentences[at - 1];
			if (before === undefined || /^They\b/.test(before)) return;
			found.push(`"${before} ${sentence}"`);
		});
	}
	return found;
}

const terms = explainableTerms(loadContent().glossary);

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Glossary abbreviations whose first use in the main content's running text is not explained there: explained means
 * the site's term link (<a class="term"><abbr>), or the text already says it, as spelledOut() reads it: "GP (family
 * doctor)", "electroconvulsive therapy (ECT)".
 */
export function unexplainedTerms({ running: flat, explainedAt, english }: MainText): string[] {
	const found: string[] = [];
	// A page in another language explains terms in its own words ("lekarz rodzinny (GP)").
	if (!english) return found;
	for (const term of terms) {
		const match = new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(term.term)}(?![A-Za-z0-9])`).exec(flat);
		if (!match) continue;
		const at = match.index;
		const explained = explainedAt.has(at) || spelledOut(flat, at, term);
		if (!explained) found.push(`${term.term}: "…${flat.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ').trim()}…"`);
	}
	return found;
}

/** Notes to the content team written in public words. */
export const internalNotePhrasings: RegExp[] = [
	/\b(times|hours|ages|places) (are|is) not given\b/i,
	/\bno age limit given\b/i,
	/\bthe sources? (do|does) not say\b/i,
	/\bnot (been )?published\b/i,
	/\bhas been published\b/i,
	/\bsaid in (19|20)\d\d that\b/i,
	/\bour sources\b/i,
];

export function internalNotes(flat: string): string[] {
	const text = flat.replace(/\s+/g, ' ');
	return internalNotePhrasings.flatMap((pattern) => {
		const match = pattern.exec(text);
		return match ? [`"…${text.slice(Math.max(0, match.index - 40), match.index + 60).trim()}…"`] : [];
	});
}


/**
 * Each contact given once: the phone, text and email links that a page's main content gives more than once, outside
 * service cards (a card is its own short text) and templates. The emergency and urgent numbers (`repeatable`) are
 * left out: a page repeats those on purpose, in each place a person might need them.
 */
export function repeatedContacts(html: string, repeatable: ReadonlySet<string>): string[] {
	const main = elements(parseHtml(html), 'main')[0];
	if (!main) return [];
	const aside = new Set(
		elements(main)
			.filter((element) => element.name === 'template' || element.attributes['data-service'] !== undefined)
			.flatMap((element) => elements(element)),
	);
	const counts = new Map<string, number>();
	for (const link of elements(main, 'a')) {
		const href = attribute(link, 'href') ?? '';
		if (aside.has(link) || !/^(tel|sms|mailto):/.test(href) || repeatable.has(href)) continue;
		counts.set(href, (counts.get(href) ?? 0) + 1);
	}
	return [...counts].filter(([, count]) => count > 1).map(([href, count]) => `${count}x ${href}`);
}
