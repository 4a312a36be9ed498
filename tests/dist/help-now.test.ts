/**
 * Safety rule 1 in the bytes of every built page: the skip link, quick exit and the help-now strip come first,
 * and the strip (with 999 and 111 option 2) arrives in the first round trip, before any CSS or JavaScript.
 * Chromium checks that the strip is seen above the fold (tests/e2e/help-now.spec.ts).
 */
import { describe, expect, test } from 'vitest';
import { attribute, elements, hasClass, readable, sourceRange, textOf, type ElementNode } from '../../src/lib/html.ts';
import { pages } from './built-site.ts';

const firstRoundTrip = 14 * 1024;

describe('every built page, read from dist/', () => {
	test('the build has pages to check', () => {
		expect(pages().length).toBeGreaterThan(5);
	});

	test('skip link, exit, help-now, header, main and footer are all there, in that order', () => {
		const markers: [string, (element: ElementNode) => boolean][] = [
			['.skip-link', (element) => hasClass(element, 'skip-link')],
			['.exit-this-page', (element) => hasClass(element, 'exit-this-page')],
			['.help-now', (element) => hasClass(element, 'help-now')],
			['.site-header', (element) => hasClass(element, 'site-header')],
			['#main-content', (element) => attribute(element, 'id') === 'main-content'],
			['.site-footer', (element) => hasClass(element, 'site-footer')],
		];
		const wrong: string[] = [];
		for (const page of pages()) {
			const all = elements(page);
			const positions = markers.map(([, is]) => all.findIndex(is));
			const missing = markers.filter((_, i) => positions[i] === -1).map(([name]) => name);
			if (missing.length > 0) wrong.push(`${page.url}: missing ${missing.join(', ')}`);
			else if ([...positions].sort((a, b) => a - b).join() !== positions.join())
				wrong.push(`${page.url}: out of order (${markers.map(([name], i) => [name, positions[i]!] as const).toSorted((a, b) => a[1] - b[1]).map(([name]) => name).join(' < ')})`);
		}
		expect(wrong).toEqual([]);
	});

	test('the help-now strip has the 999 and 111 links and option 2, and ends within the first 14 KB', () => {
		const wrong: string[] = [];
		for (const page of pages()) {
			const { url, html } = page;
			const strip = elements(page).find((element) => hasClass(element, 'help-now'));
			if (!strip) {
				wrong.push(`${url}: no help-now strip`);
				continue;
			}
			const links = elements(strip, 'a').map((link) => attribute(link, 'href'));
			for (const needed of ['tel:999', 'tel:111']) if (!links.includes(needed)) wrong.push(`${url}: the strip lacks a link to ${needed}`);
			if (!readable(textOf(strip)).includes('option 2')) wrong.push(`${url}: the strip lacks option 2`);
			const bytes = Buffer.byteLength(html.slice(0, sourceRange(strip).end), 'utf8');
			if (bytes >= firstRoundTrip) wrong.push(`${url}: the strip ends at byte ${bytes}, after 14 KB`);
		}
		expect(wrong).toEqual([]);
	});
});
