/**
 * What the built site publishes, on every page: no number from the do-not-publish list however it is written,
 * every tel: and sms: link a real UK number, and the footer listing every crisis line.
 */
import { describe, expect, test } from 'vitest';
import { forbiddenNumbersIn } from '../../src/lib/content/check.ts';
import { parseUkPhone } from '../../src/base/phone.ts';
import { loadContent } from '../../src/integrations/content/load.ts';
import { pages } from './built-site.ts';

const { doNotPublish: forbidden, crisisLines } = loadContent();

describe('every built page, read from dist/', () => {
	test('no page publishes a number from the do-not-publish list, however it is spaced or split by markup', () => {
		expect(forbidden.length).toBeGreaterThan(0);
		const found: string[] = [];
		for (const { url, html } of pages()) {
			// The markup as written, and its text with the tags taken out, so "0116 <b>295</b> 3060" is caught too.
			const text = html.replace(/<[^>]*>/g, '');
			const hits = new Set([...forbiddenNumbersIn(html, forbidden), ...forbiddenNumbersIn(text, forbidden)].map((entry) => entry.number));
			for (const number of hits) found.push(`${url}: ${number}`);
		}
		expect(found).toEqual([]);
	});

	test('every tel: and sms: link is a valid UK number', () => {
		const bad: string[] = [];
		let count = 0;
		for (const { url, html } of pages()) {
			for (const match of html.matchAll(/href="(tel|sms):([^"?]*)/g)) {
				count++;
				if (!parseUkPhone(match[2]!)) bad.push(`${url}: ${match[1]}:${match[2]}`);
			}
		}
		expect(count).toBeGreaterThan(pages().length * 2);
		expect(bad).toEqual([]);
	});

	test('the footer of every page lists every crisis line', () => {
		expect(crisisLines.length).toBeGreaterThan(0);
		const lacking: string[] = [];
		for (const { url, html } of pages()) {
			const start = html.indexOf('class="site-footer"');
			const footer = start === -1 ? '' : html.slice(start);
			const missing = crisisLines.filter((line) => !footer.includes(`data-crisis-line="${line.id}"`)).map((line) => line.name);
			if (missing.length > 0) lacking.push(`${url}: the footer lacks ${missing.join(', ')}`);
		}
		expect(lacking).toEqual([]);
	});
});
