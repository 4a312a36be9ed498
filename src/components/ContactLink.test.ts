import { describe, expect, test } from 'vitest';
import { render } from '../../tests/components/render.ts';
import { getCrisisLine, getServices } from '../data/content.ts';
import { displayPhone, smsHref, telHref } from '../base/phone.ts';
import { formatHours } from '../lib/hours.ts';
import type { Contact } from '../schemas/common.ts';
import ContactLink from './ContactLink.astro';

const contacts = [...(await getServices()).flatMap((service) => service.contacts)];
const first = <K extends Contact['kind']>(kind: K, also: (contact: Contact) => boolean = () => true) => {
	const found = contacts.find((contact) => contact.kind === kind && also(contact));
	if (!found) throw new Error(`no ${kind} contact in the content`);
	return found as Extract<Contact, { kind: K }>;
};

describe('ContactLink', () => {
	test('a phone number: its label, the number to tap, a note and the hours in words', async () => {
		const phone = first('phone', (contact) => Boolean(contact.label && contact.hours && contact.note));
		const page = await render(ContactLink, { props: { contact: phone } });
		expect(page.links().at(-1)).toEqual({ text: displayPhone(phone.number), href: telHref(phone.number) });
		expect(page.text('.contact__label')).toBe(`${phone.label}:`);
		expect(page.text('.contact__note')).toBe(`(${phone.note})`);
		expect(page.text('.contact__hours')).toBe(`${formatHours(phone.hours!)}.`);
	});

	test('inside a sentence: only the link', async () => {
		const phone = first('phone', (contact) => Boolean(contact.label && contact.hours));
		const page = await render(ContactLink, { props: { contact: phone, inline: true } });
		expect(page.text()).toBe(displayPhone(phone.number));
		expect(page.all('.contact__label, .contact__hours, .contact__note')).toEqual([]);
	});

	test('a text line with its keyword: "Text KEYWORD to" the number, opening a message', async () => {
		const text = (await getCrisisLine('shout')).contacts.find((contact) => contact.kind === 'text')!;
		if (text.kind !== 'text') throw new Error('Shout is a text line');
		const page = await render(ContactLink, { props: { contact: text, showLabel: false } });
		expect(page.text()).toContain(`Text ${text.keyword} to ${displayPhone(text.number)}`);
		expect(page.links()).toEqual([{ text: displayPhone(text.number), href: smsHref(text.number, text.keyword) }]);
	});

	test('a website shows its address without https:// and www., and an email address opens an email', async () => {
		const web = first('web');
		const email = first('email');
		const webPage = await render(ContactLink, { props: { contact: web, inline: true } });
		expect(webPage.links()).toEqual([
			{ text: web.url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, ''), href: web.url },
		]);
		expect(webPage.text()).not.toContain('https://');
		const emailPage = await render(ContactLink, { props: { contact: email, inline: true } });
		expect(emailPage.links()).toEqual([{ text: email.address, href: `mailto:${email.address}` }]);
	});
});
