import { describe, expect, test } from 'vitest';
import { phoneOf, render } from '../../tests/components/render.ts';
import { getServices } from '../data/content.ts';
import ServiceList from './ServiceList.astro';

const services = (await getServices()).slice(0, 3);

describe('ServiceList', () => {
	test('a card for each service, in the order given', async () => {
		const page = await render(ServiceList, { props: { services } });
		expect(page.all('li[data-service]').map((card) => card.attributes['data-service'])).toEqual(
			services.map((service) => service.slug),
		);
		expect(page.all('h3')).toHaveLength(3);
	});

	test('with none, says so and what to do instead: the GP, or 111 today', async () => {
		const page = await render(ServiceList, { props: { services: [] } });
		const urgent = await phoneOf('nhs-111-option-2');
		expect(page.text()).toBe(
			`We do not know of a local service for this yet. Your GP (family doctor) can help you find support. If you need help today, call ${urgent.number} and choose option 2.`,
		);
		expect(page.links()).toEqual([{ text: urgent.number, href: urgent.href }]);
	});
});
