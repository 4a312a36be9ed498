/**
 * Checks on what the built site publishes: no number from the do-not-publish list on any page,
 * every tel: and sms: link is a real UK number, and the footer lists every crisis line.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseUkPhone } from '../../src/lib/phone.ts';
import { builtPages, pageBytes } from './built-pages.ts';

const pages = builtPages();
const forbidden = parse(readFileSync('content/do-not-publish.yaml', 'utf8')) as { number: string }[];
const crisisLines = parse(readFileSync('content/crisis-lines.yaml', 'utf8')) as { id: string; name: string }[];

function digits(text: string) {
	return text.replace(/\D/g, '');
}

test('no page publishes a number from the do-not-publish list, however it is spaced', () => {
	expect(forbidden.length).toBeGreaterThan(0);
	const found: string[] = [];
	for (const { url, file } of pages) {
		const text = digits(pageBytes(file).toString('utf8'));
		for (const { number } of forbidden) if (text.includes(digits(number))) found.push(`${url}: ${number}`);
	}
	expect(found).toEqual([]);
});

test('every tel: and sms: link on every page is a valid UK number', () => {
	const bad: string[] = [];
	let count = 0;
	for (const { url, file } of pages) {
		const html = pageBytes(file).toString('utf8');
		for (const match of html.matchAll(/href="(tel|sms):([^"?]*)/g)) {
			count++;
			if (!parseUkPhone(match[2]!)) bad.push(`${url}: ${match[1]}:${match[2]}`);
		}
	}
	expect(count).toBeGreaterThan(pages.length * 2);
	expect(bad).toEqual([]);
});

test('the footer of every page lists every crisis line', () => {
	for (const { url, file } of pages) {
		const html = pageBytes(file).toString('utf8');
		const footer = html.slice(html.indexOf('class="site-footer"'));
		for (const line of crisisLines) expect(footer, `${url} footer lacks ${line.name}`).toContain(`data-crisis-line="${line.id}"`);
	}
});
