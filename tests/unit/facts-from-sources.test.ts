/**
 * "Never invent a phone number, web address or email": every one published in content must appear in a source
 * document, or be one of the national services' own details that the developers' guide allows.
 * A fact from the web contacts sources (sources/web-contacts) counts only when its entry's confidence is high or
 * medium, and the contact cites it with the page address where it was seen: web-contacts.json as web-contacts,
 * web-contacts-2.json as web-contacts-2, and the national lines' own pages (web-contacts-national.json) as national.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/integrations/content/load.ts';
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

type WebFact = { value?: string | null; evidence_url?: string } | null | undefined;
type WebEntry = {
	slug: string;
	confidence: string;
	official_url: string | null;
	evidence_url: string;
	public_phone?: WebFact;
	text?: WebFact;
	email?: WebFact;
	professional_phone?: WebFact;
	other_evidence?: { url: string }[];
};
const webSources = [
	{ file: 'sources/web-contacts/web-contacts.json', document: 'web-contacts' },
	{ file: 'sources/web-contacts/web-contacts-2.json', document: 'web-contacts-2' },
	{ file: 'sources/web-contacts/web-contacts-national.json', document: 'national' },
] as const;
const webEntries = webSources.flatMap(({ file, document }) =>
	(JSON.parse(readFileSync(file, 'utf8')) as WebEntry[])
		.filter((entry) => ['high', 'medium'].includes(entry.confidence))
		.map((entry) => ({ ...entry, document })),
);
/** Each publishable web fact (digits, a URL or an email, lower case) with the pages that show it and the document that records it. */
const webFacts = webEntries.flatMap((entry) => {
	const pages = [entry.evidence_url, ...(entry.other_evidence ?? []).map((evidence) => evidence.url)];
	const document = entry.document;
	const facts: { value: string; pages: string[]; document: string }[] = [];
	if (entry.official_url) facts.push({ value: entry.official_url.toLowerCase(), pages, document });
	// A page the research read about the service is a real address too; it is published only when the contact cites it.
	for (const page of pages)
		if (page.startsWith('https://')) facts.push({ value: page.toLowerCase(), pages: [page], document });
	for (const fact of [entry.public_phone, entry.text, entry.professional_phone])
		if (fact?.value)
			facts.push({ value: fact.value.replace(/\D/g, ''), pages: [fact.evidence_url ?? entry.evidence_url], document });
	if (entry.email?.value)
		facts.push({
			value: entry.email.value.toLowerCase(),
			pages: [entry.email.evidence_url ?? entry.evidence_url],
			document,
		});
	return facts;
});
/** True when a web contacts source gives this fact and the contact cites that source and one of the pages that show it. */
function fromWebContacts(value: string, contact: Contact): boolean {
	if (!contact.source) return false;
	const { document, where } = contact.source;
	return webFacts.some(
		(fact) =>
			fact.document === document &&
			(fact.value === value || value.startsWith(fact.value.replace(/\/$/, ''))) &&
			fact.pages.some((page) => where.includes(page)),
	);
}

/** National services' own published details (999 and 999 BSL, NHS 111 and its online and Relay UK routes, Samaritans, Shout, Childline), allowed without a seed. */
const national = {
	phones: ['999', '111', '116123', '85258', '08001111', '18001111'],
	web: ['https://www.samaritans.org', 'https://www.childline.org.uk', 'https://www.999bsl.co.uk', 'https://111.nhs.uk'],
};

type Item = { file: string; contact: Contact };

function contactsIn(data: any): Contact[] {
	if (Array.isArray(data)) return data.flatMap(contactsIn);
	if (!data || typeof data !== 'object') return [];
	const own = 'kind' in data && ('number' in data || 'url' in data || 'address' in data) ? [data as Contact] : [];
	return [...own, ...Object.values(data).flatMap(contactsIn)];
}

const { services, crisisLines } = loadContent();
const items: Item[] = [
	...contactsIn(crisisLines).map((contact) => ({ file: 'content/crisis-lines.yaml', contact })),
	...services.flatMap((service) =>
		contactsIn(service).map((contact) => ({ file: `content/services/${service.slug}.yaml`, contact })),
	),
];

describe('published contacts come from the sources', () => {
	test('there are contacts to check', () => expect(items.length).toBeGreaterThan(50));

	test('every phone and text number is in a seed document, the web contacts source or is a national line', () => {
		const invented = items
			.filter(({ contact }) => contact.kind === 'phone' || contact.kind === 'text')
			.filter(({ contact }) => {
				const digits = (contact as { number: string }).number.replace(/\D/g, '');
				return !national.phones.includes(digits) && !seedDigits.includes(digits) && !fromWebContacts(digits, contact);
			})
			.map(({ file, contact }) => `${file}: ${(contact as { number: string }).number}`);
		expect(invented).toEqual([]);
	});

	test('every web address is in a seed document, the web contacts source or is a national service', () => {
		const invented = items
			.filter(({ contact }) => contact.kind === 'web')
			.map(({ file, contact }) => ({ file, url: (contact as { url: string }).url }))
			.filter(
				({ url }) => !national.web.includes(url) && !seedText.includes(url.replace(/^https:\/\//, '').toLowerCase()),
			)
			.map(({ file, url }) => ({
				file,
				url,
				contact: items.find((item) => item.file === file && item.contact.kind === 'web' && item.contact.url === url)!
					.contact,
			}))
			.filter(({ url, contact }) => !fromWebContacts(url.toLowerCase(), contact))
			.map(({ file, url }) => `${file}: ${url}`);
		expect(invented).toEqual([]);
	});

	test('every email address is in a seed document or the web contacts source', () => {
		const invented = items
			.filter(({ contact }) => contact.kind === 'email')
			.map(({ file, contact }) => ({ file, address: (contact as { address: string }).address }))
			.filter(({ file, address }) => {
				const contact = items.find(
					(item) => item.file === file && item.contact.kind === 'email' && item.contact.address === address,
				)!.contact;
				return !seedText.includes(address.toLowerCase()) && !fromWebContacts(address.toLowerCase(), contact);
			})
			.map(({ file, address }) => `${file}: ${address}`);
		expect(invented).toEqual([]);
	});
});
