/**
 * "Never invent a phone number, web address or email": every one published in content must appear in a source
 * document, or be one of the national services' own details that the developers' guide allows.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import type { Contact } from '../../src/schemas/common.ts';

const seedsDir = 'sources/seeds';
const seeds = readdirSync(seedsDir)
	.filter((name) => name.endsWith('.txt'))
	.map((name) => readFileSync(join(seedsDir, name), 'utf8'))
	.join('\n');
// Seeds wrap lines mid-number ("0808 / 800 3302"), so compare digits with all whitespace removed.
const seedDigits = seeds.replace(/\D/g, '');
const seedText = seeds.toLowerCase().replace(/\s+/g, '');

/** National services' own published details (999, NHS 111, Samaritans, Shout, Childline), allowed without a seed. */
const national = {
	phones: ['999', '111', '116123', '85258', '08001111', '18001111'],
	web: ['https://www.samaritans.org', 'https://www.childline.org.uk'],
};

type Item = { file: string; contact: Contact };

function contactsIn(data: any): Contact[] {
	if (Array.isArray(data)) return data.flatMap(contactsIn);
	if (!data || typeof data !== 'object') return [];
	const own = 'kind' in data && ('number' in data || 'url' in data || 'address' in data) ? [data as Contact] : [];
	return [...own, ...Object.values(data).flatMap(contactsIn)];
}

const files = [
	'content/crisis-lines.yaml',
	...readdirSync('content/services').map((name) => join('content/services', name)),
];
const items: Item[] = files.flatMap((file) => contactsIn(parse(readFileSync(file, 'utf8'))).map((contact) => ({ file, contact })));

describe('published contacts come from the sources', () => {
	test('there are contacts to check', () => expect(items.length).toBeGreaterThan(50));

	test('every phone and text number is in a seed document or is a national line', () => {
		const invented = items
			.filter(({ contact }) => contact.kind === 'phone' || contact.kind === 'text')
			.filter(({ contact }) => {
				const digits = (contact as { number: string }).number.replace(/\D/g, '');
				return !national.phones.includes(digits) && !seedDigits.includes(digits);
			})
			.map(({ file, contact }) => `${file}: ${(contact as { number: string }).number}`);
		expect(invented).toEqual([]);
	});

	test('every web address is in a seed document or is a national service', () => {
		const invented = items
			.filter(({ contact }) => contact.kind === 'web')
			.map(({ file, contact }) => ({ file, url: (contact as { url: string }).url }))
			.filter(({ url }) => !national.web.includes(url) && !seedText.includes(url.replace(/^https:\/\//, '').toLowerCase()))
			.map(({ file, url }) => `${file}: ${url}`);
		expect(invented).toEqual([]);
	});

	test('every email address is in a seed document', () => {
		const invented = items
			.filter(({ contact }) => contact.kind === 'email')
			.map(({ file, contact }) => ({ file, address: (contact as { address: string }).address }))
			.filter(({ address }) => !seedText.includes(address.toLowerCase()))
			.map(({ file, address }) => `${file}: ${address}`);
		expect(invented).toEqual([]);
	});
});
