import { describe, expect, test } from 'vitest';
import { find, phoneOf, render, textOf } from '../../tests/components/render.ts';
import { getServices } from '../data/content.ts';
import { howToGetIn } from '../lib/ways-in.ts';
import WaysIn from './WaysIn.astro';

const services = await getServices();
const referralOnly = services.find((service) => howToGetIn(service).cannotReferYourself)!;
const through111 = services.find((service) => howToGetIn(service).lines.some((line) => line.call111))!;
const selfReferral = services.find(
	(service) => !howToGetIn(service).cannotReferYourself && (howToGetIn(service).lines[0]?.contacts.length ?? 0) > 0,
)!;

describe('WaysIn', () => {
	test('in full: every way in, each with its contacts as links', async () => {
		const how = howToGetIn(selfReferral);
		const page = await render(WaysIn, { props: { service: selfReferral } });
		const items = page.all('li.ways-in__item');
		expect(items).toHaveLength(how.lines.length);
		expect(textOf(items[0]!)).toContain(how.lines[0]!.text);
		expect(find(items[0]!, '.contact-list a')).toHaveLength(how.lines[0]!.contacts.length);
		expect(page.text()).not.toContain('You cannot refer yourself');
	});

	test('a service you cannot refer yourself to says so first', async () => {
		const page = await render(WaysIn, { props: { service: referralOnly } });
		expect(page.text('.inset')).toBe('You cannot refer yourself.');
		const later = await render(WaysIn, { props: { service: referralOnly, from: 1 } });
		expect(later.all('.inset')).toEqual([]);
	});

	test('NHS 111 as a way in is said with 111 as a link', async () => {
		const urgent = await phoneOf('nhs-111-option-2');
		const page = await render(WaysIn, { props: { service: through111 } });
		expect(page.text()).toContain(`call ${urgent.number} and choose option 2`);
		expect(page.links().map((link) => link.href)).toContain(urgent.href);
	});

	test('as a summary: a label and at most two ways in, in one paragraph', async () => {
		const how = howToGetIn(selfReferral);
		const page = await render(WaysIn, { props: { service: selfReferral, summary: true, label: 'How to get in:' } });
		expect(page.all('p')).toHaveLength(1);
		expect(page.text('strong')).toBe('How to get in:');
		expect(page.text()).toContain(how.lines[0]!.text);
		expect(page.all('li')).toEqual([]);
	});
});
