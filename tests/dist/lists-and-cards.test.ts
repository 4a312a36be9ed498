/**
 * Lists that say something about every card in them, read from every built page: a heading never contradicts its
 * cards, crisis lines keep the site's order, and no card shows an opening time its own service does not have.
 */
import { ELEMENT_NODE } from 'ultrahtml';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/integrations/content/load.ts';
import { contactHours } from '../../src/lib/reach.ts';
import { openAt } from '../../src/lib/wizard/reasons.ts';
import { attribute, elements, readable, textOf, type ElementNode, type HtmlPage } from '../../src/lib/html.ts';
import { pages } from './built-site.ts';

const content = loadContent();
const bySlug = new Map(content.services.map((service) => [service.slug, service]));
const crisisOrder = content.crisisLines.map((line) => line.id);

/** An element's words, each element's apart from the next's. */
const wordsOf = (element: ElementNode) => readable(textOf(element, { apart: true }));

/** Each heading's text with the cards of the list that follows it (before the next heading of any level). */
function listsUnderHeadings(page: HtmlPage): { page: string; heading: string; cards: { slug: string; text: string }[] }[] {
	const main = elements(page, 'main')[0];
	if (!main) return [];
	const found: { page: string; heading: string; cards: { slug: string; text: string }[] }[] = [];
	let current: (typeof found)[number] | undefined;
	const walk = (node: ElementNode) => {
		if (/^h[1-6]$/.test(node.name)) {
			current = { page: '', heading: wordsOf(node), cards: [] };
			found.push(current);
			return;
		}
		const slug = attribute(node, 'data-service');
		if (slug && current) {
			current.cards.push({ slug, text: wordsOf(node) });
			return;
		}
		for (const child of node.children) if (child.type === ELEMENT_NODE) walk(child);
	};
	walk(main);
	return found.filter((list) => list.cards.length > 0);
}

const lists = pages().flatMap((page) => listsUnderHeadings(page).map((list) => ({ ...list, page: page.url })));

describe('lists and their cards, on every built page', () => {
	test('the pages have lists to check', () => {
		expect(lists.filter((list) => /contact these yourself/.test(list.heading)).length).toBeGreaterThan(20);
		expect(lists.filter((list) => list.heading === 'People you can contact now').length).toBeGreaterThan(50);
	});

	test('no card under "contact these yourself" or "contact now" says you cannot, or only may', () => {
		const wrong = lists
			.filter((list) => /contact these yourself|contact now/i.test(list.heading))
			.flatMap((list) => list.cards.filter((card) => /You cannot refer yourself|You may be able to contact/.test(card.text)).map((card) => `${list.page} "${list.heading}": ${card.slug}`));
		expect(wrong).toEqual([]);
	});

	test('every card under "You need a referral for these" says you cannot refer yourself', () => {
		const wrong = lists
			.filter((list) => list.heading === 'You need a referral for these')
			.flatMap((list) => list.cards.filter((card) => !card.text.includes('You cannot refer yourself.')).map((card) => `${list.page}: ${card.slug}`));
		expect(wrong).toEqual([]);
	});

	test('"People you can contact now" lists crisis lines only, each with a number or address, in the site\'s crisis order', () => {
		const wrong: string[] = [];
		for (const list of lists.filter((candidate) => candidate.heading === 'People you can contact now')) {
			const order = list.cards.map((card) => crisisOrder.indexOf(card.slug));
			if (order.some((index) => index < 0)) wrong.push(`${list.page}: not a crisis line: ${list.cards.map((card) => card.slug).join(', ')}`);
			if (order.some((index, at) => at > 0 && index < order[at - 1]!)) wrong.push(`${list.page}: out of order: ${list.cards.map((card) => card.slug).join(', ')}`);
			if (list.cards[0]?.slug !== 'nhs-111-option-2') wrong.push(`${list.page}: NHS 111 option 2 is not first`);
		}
		expect(wrong).toEqual([]);
	});

	test('no card shows an opening time that its own service\'s contacts do not have', () => {
		const wrong: string[] = [];
		let checked = 0;
		for (const list of lists)
			for (const card of list.cards) {
				const shown = card.text.match(/Open [^.]*\./g) ?? [];
				if (shown.length === 0) continue;
				const service = bySlug.get(card.slug)!;
				const own = new Set([...contactHours(service), ...[service.hours ?? []].flat()].map((hours) => openAt(hours)));
				for (const text of shown) {
					checked++;
					if (!own.has(text)) wrong.push(`${list.page}: ${card.slug} says "${text}"`);
				}
			}
		expect(checked).toBeGreaterThan(0);
		expect(wrong).toEqual([]);
	});
});
