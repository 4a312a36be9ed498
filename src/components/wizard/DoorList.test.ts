import { describe, expect, test } from 'vitest';
import { find, render } from '../../../tests/components/render.ts';
import { getServices } from '../../data/content.ts';
import { howToGetIn } from '../../lib/ways-in.ts';
import DoorList from './DoorList.astro';

const services = (await getServices()).filter((service) => service.slug === 'samaritans' || service.slug === 'shout');

describe('DoorList', () => {
	test('each service named with a link to its page, how to get in and its contacts as links', async () => {
		const page = await render(DoorList, { props: { services, reader: { for: 'me' } } });
		const items = page.all('li.door-list__item');
		expect(items.map((item) => item.attributes['data-service'])).toEqual(services.map((service) => service.slug));
		expect(page.links('.door-list__name a')).toEqual(
			services.map((service) => ({ text: service.name, href: `/services/${service.slug}/` })),
		);
		expect(page.text(`[data-service="${services[0]!.slug}"] .ways-in-summary`)).toContain(
			howToGetIn(services[0]!, { for: 'me' }).lines[0]!.text,
		);
		for (const item of items) expect(find(item, '.ways-in-summary a').length).toBeGreaterThan(0);
	});

	test('extra classes, to hide the list while a choice that already shows it is made', async () => {
		const page = await render(DoorList, { props: { services, reader: {}, class: ['not-need-self-harm'] } });
		expect(page.one('ul').attributes['class']).toBe('door-list not-need-self-harm');
	});
});
