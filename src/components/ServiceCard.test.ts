import { describe, expect, test } from 'vitest';
import { render } from '../../tests/components/render.ts';
import { attribute } from '../lib/html.ts';
import { getServices } from '../data/content.ts';
import { displayPhone, smsHref, telHref } from '../base/phone.ts';
import { mainPhone, whereServed } from '../lib/directory.ts';
import { howToGetInSummary } from '../lib/ways-in.ts';
import ServiceCard from './ServiceCard.astro';

const services = await getServices();
const withPhone = services.find((service) => mainPhone(service))!;
const withPlaces = services.find((service) => service.places.length > 0 && !mainPhone(service))!;

describe('ServiceCard', () => {
	test('name as a link to its page, summary, who it is for, where, how to get in and the phone to call', async () => {
		const page = await render(ServiceCard, { props: { service: withPhone } });
		const phone = mainPhone(withPhone)!;
		expect(page.links('h3 a')).toEqual([{ text: withPhone.name, href: `/services/${withPhone.slug}/` }]);
		expect(page.text('.service-card__summary')).toBe(withPhone.summary);
		expect(page.all('dl > div')).toHaveLength(4);
		expect(page.text('dl')).toContain(
			`For ${withPhone.ages.label} Where ${whereServed(withPhone)} How to get in ${howToGetInSummary(withPhone)} Phone ${displayPhone(phone.number)}`,
		);
		expect(page.links('dd a')).toEqual([{ text: displayPhone(phone.number), href: telHref(phone.number) }]);
	});

	test('the places it is at after the area; no Phone row without a public phone; a level 2 heading', async () => {
		const page = await render(ServiceCard, { props: { service: withPlaces, headingLevel: 2 } });
		expect(page.text('dl')).toContain(`Where ${whereServed(withPlaces)} (${withPlaces.places.join(', ')})`);
		expect(page.text('dl')).not.toContain('Phone');
		expect(page.text('h2')).toBe(withPlaces.name);
	});

	test('without a service: the same card with empty slots, for search to fill in', async () => {
		const page = await render(ServiceCard);
		expect(page.text()).toBe('For Where How to get in Phone');
		expect(page.all('[data-slot]').map((slot) => slot.attributes['data-slot'])).toEqual([
			'title',
			'kind',
			'summary',
			'ages',
			'where',
			'access',
			'phone',
		]);
	});

	test('without a service: it carries the emergency and urgent numbers with their links, for search to link them', async () => {
		const page = await render(ServiceCard);
		const callLinks = JSON.parse(attribute(page.one('li'), 'data-call-links')!) as Record<string, string>;
		// The digits to dial, from which search writes tel: and sms: links as telHref and smsHref do.
		expect(`tel:${callLinks['999']}`).toBe(telHref('999'));
		expect(`tel:${callLinks['111']}`).toBe(telHref('111'));
		expect(`sms:${callLinks['999']}`).toBe(smsHref('999'));
	});
});
