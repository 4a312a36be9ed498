/**
 * What the built site publishes, on every page: no number from the do-not-publish list however it is written,
 * every tel: and sms: link a real UK number, and the footer listing every crisis line.
 */
import { describe, expect, test } from 'vitest';
import { forbiddenNumbersIn } from '../../src/lib/content/check.ts';
import { parseUkPhone } from '../../src/base/phone.ts';
import { loadContent } from '../../src/integrations/content/load.ts';
import { attribute, elements, hasClass, textOf } from '../../src/lib/html.ts';
import { pages } from './built-site.ts';

const { doNotPublish: forbidden, crisisLines } = loadContent();

describe('every built page, read from dist/', () => {
	test('no page publishes a number from the do-not-publish list, however it is spaced or split by markup', () => {
		expect(forbidden.length).toBeGreaterThan(0);
		const found: string[] = [];
		for (const page of pages()) {
			const { url, html } = page;
			// The markup as written, and its text with the tags taken out, so "0116 <b>295</b> 3060" is caught too.
			const text = textOf(page, { withCode: true });
			const hits = new Set([...forbiddenNumbersIn(html, forbidden), ...forbiddenNumbersIn(text, forbidden)].map((entry) => entry.number));
			for (const number of hits) found.push(`${url}: ${number}`);
		}
		expect(found).toEqual([]);
	});

	test('every tel: and sms: link is a valid UK number', () => {
		const bad: string[] = [];
		let count = 0;
		for (const page of pages()) {
			for (const element of elements(page)) {
				const [, scheme, number] = /^(tel|sms):([^?]*)/.exec(attribute(element, 'href') ?? '') ?? [];
				if (!scheme) continue;
				count++;
				if (!parseUkPhone(number!)) bad.push(`${page.url}: ${scheme}:${number}`);
			}
		}
		expect(count).toBeGreaterThan(pages().length * 2);
		expect(bad).toEqual([]);
	});

	test('the footer of every page lists every crisis line', () => {
		expect(crisisLines.length).toBeGreaterThan(0);
		const lacking: string[] = [];
		for (const page of pages()) {
			const footer = elements(page).find((element) => hasClass(element, 'site-footer'));
			const listed = new Set((footer ? elements(footer) : []).flatMap((element) => attribute(element, 'data-crisis-line') ?? []));
			const missing = crisisLines.filter((line) => !listed.has(line.id)).map((line) => line.name);
			if (missing.length > 0) lacking.push(`${page.url}: the footer lacks ${missing.join(', ')}`);
		}
		expect(lacking).toEqual([]);
	});
});
