/**
 * Safety rule 1 in the bytes of every built page: the skip link, quick exit and the help-now strip come first,
 * and the strip (with 999 and 111 option 2) arrives in the first round trip, before any CSS or JavaScript.
 * Chromium checks that the strip is seen above the fold (tests/e2e/help-now.spec.ts).
 */
import { describe, expect, test } from 'vitest';
import { pages } from './built-site.ts';

const firstRoundTrip = 14 * 1024;

describe('every built page, read from dist/', () => {
	test('the build has pages to check', () => {
		expect(pages().length).toBeGreaterThan(5);
	});

	test('skip link, exit, help-now, header, main and footer are all there, in that order', () => {
		const markers = ['class="skip-link"', 'class="exit-this-page"', 'class="help-now"', 'class="site-header"', 'id="main-content"', 'class="site-footer"'];
		const wrong: string[] = [];
		for (const { url, html } of pages()) {
			const positions = markers.map((marker) => html.indexOf(marker));
			const missing = markers.filter((_, i) => positions[i] === -1);
			if (missing.length > 0) wrong.push(`${url}: missing ${missing.join(', ')}`);
			else if ([...positions].sort((a, b) => a - b).join() !== positions.join()) wrong.push(`${url}: out of order (${markers.toSorted((a, b) => html.indexOf(a) - html.indexOf(b)).join(' < ')})`);
		}
		expect(wrong).toEqual([]);
	});

	test('the help-now strip has the 999 and 111 links and option 2, and ends within the first 14 KB', () => {
		const wrong: string[] = [];
		for (const { url, html } of pages()) {
			const start = html.indexOf('class="help-now"');
			if (start === -1) {
				wrong.push(`${url}: no help-now strip`);
				continue;
			}
			const end = html.indexOf('</section>', start);
			const strip = html.slice(start, end);
			for (const needed of ['href="tel:999"', 'href="tel:111"', 'option 2']) if (!strip.includes(needed)) wrong.push(`${url}: the strip lacks ${needed}`);
			const bytes = Buffer.byteLength(html.slice(0, end), 'utf8');
			if (bytes >= firstRoundTrip) wrong.push(`${url}: the strip ends at byte ${bytes}, after 14 KB`);
		}
		expect(wrong).toEqual([]);
	});
});
