/**
 * A person in a crisis who reads 999 or 111 on a page can tap it: every visible 999 and 111 on every built page is
 * inside a tel: link (or an sms: link, where the page says to text it). "Visible" is text in <body> that is not in
 * <script>, <style> or <template>, nor under an element that is hidden or aria-hidden. A 999 or 111 that is part of
 * a web address (111.nhs.uk) or of a longer number (18001 111) is not the number to call.
 */
import { describe, expect, test } from 'vitest';
import { decodeEntities, parseHtml, type HtmlPage } from '../../src/lib/html.ts';
import { pages } from './built-site.ts';
import { loadContent } from '../../src/integrations/content/load.ts';
import { callNumbersOf, splitCallNumbers } from '../../src/lib/call-links.ts';

type Node = { type: number; name?: string; value?: string; attributes?: Record<string, string>; children?: Node[] };

const notShown = new Set(['script', 'style', 'template', 'head']);
const crisisNumber = /(?<!\d )\b(999|111)\b(?!\.[a-z]| \d)/g;

function hidden(node: Node): boolean {
	const attributes = node.attributes ?? {};
	return 'hidden' in attributes || attributes['aria-hidden'] === 'true' || notShown.has(node.name ?? '');
}

function linksToCall(node: Node): boolean {
	return node.name === 'a' && /^(tel|sms):/.test(node.attributes?.href ?? '');
}

/**
 * Each visible 999 or 111 outside a tel: or sms: link, with the words around it; with `numbers`, each of those
 * (the crisis lines' numbers, as the content writes them) instead.
 */
export function unlinkedCrisisNumbers(page: string | HtmlPage, numbers?: readonly string[]): string[] {
	const found: string[] = [];
	const walk = (node: Node, linked: boolean) => {
		if (node.type === 2) {
			if (linked) return;
			const text = decodeEntities(node.value ?? '').replace(/\s+/g, ' ');
			if (numbers) {
				let at = 0;
				for (const piece of splitCallNumbers(text, numbers)) {
					const length = 'text' in piece ? piece.text.length : piece.number.length;
					if (!('text' in piece)) found.push(text.slice(Math.max(0, at - 40), at + length + 40).trim());
					at += length;
				}
			} else
				for (const match of text.matchAll(crisisNumber))
					found.push(text.slice(Math.max(0, match.index - 40), match.index + 45).trim());
			return;
		}
		if (node.type === 1 && hidden(node)) return;
		for (const child of node.children ?? []) walk(child, linked || linksToCall(node));
	};
	walk((typeof page === 'string' ? parseHtml(page) : page).root as Node, false);
	return found;
}

describe('crisis numbers on every built page', () => {
	test('the rule sees an unlinked number, and not a linked one, a hidden one or an address', () => {
		expect(unlinkedCrisisNumbers('<body><p>Call 999 now</p></body>')).toEqual(['Call 999 now']);
		expect(unlinkedCrisisNumbers('<body><p>Call <a href="tel:999"><b>999</b></a>, or <a href="sms:999">text 999</a></p></body>')).toEqual([]);
		expect(unlinkedCrisisNumbers('<body><span aria-hidden="true">111</span><script>"111"</script><a href="https://111.nhs.uk">111.nhs.uk</a></body>')).toEqual([]);
		expect(unlinkedCrisisNumbers('<body><a href="/urgent-help/">NHS 111</a></body>')).toEqual(['NHS 111']);
	});

	test('every visible 999 and 111 is a link a person can tap', () => {
		const wrong = pages().flatMap((page) => unlinkedCrisisNumbers(page).map((words) => `${page.url}: "${words}"`));
		expect(wrong).toEqual([]);
	});

	test("every crisis line's number a page shows (Samaritans, Childline, Relay UK ...) is a link too", () => {
		const numbers = callNumbersOf(loadContent().crisisLines);
		expect(unlinkedCrisisNumbers('<body><p>Call Samaritans on 116 123.</p></body>', numbers)).toEqual([
			'Call Samaritans on 116 123.',
		]);
		const wrong = pages().flatMap((page) =>
			unlinkedCrisisNumbers(page, numbers).map((words) => `${page.url}: "${words}"`),
		);
		expect(wrong).toEqual([]);
	});
});
