import { describe, expect, test } from 'vitest';
import { render, textOf } from '../../../tests/components/render.ts';
import { getServices } from '../../data/content.ts';
import { browseUrl, facets, servicesWith } from '../../lib/browse.ts';
import ServicesPage from './ServicesPage.astro';

const services = await getServices();

describe('ServicesPage', () => {
	test('how many services, and a browse link for every topic, age, area and way in, with its count', async () => {
		const page = await render(ServicesPage);
		expect(page.text('.lede')).toContain(`There are ${services.length} services listed.`);
		expect(page.all('nav[aria-label="Browse services"] h2').map(textOf)).toEqual(facets.map((facet) => facet.heading));
		const facet = facets[0]!;
		const value = facet.values[0]!;
		const count = servicesWith(services, facet.id, value.id).length;
		const item = page.all('.browse-links li').find((li) => textOf(li).startsWith(`${value.label} (`))!;
		expect(textOf(item)).toBe(`${value.label} (${count} ${count === 1 ? 'service' : 'services'})`);
		expect(page.links('.browse-links a').map((link) => link.href)).toContain(browseUrl(facet.id, value.id));
	});

	test('every service from A to Z, with a link to each letter', async () => {
		const page = await render(ServicesPage);
		expect(
			page
				.links('.a-z-list a')
				.map((link) => link.href)
				.sort(),
		).toEqual(services.map((service) => `/services/${service.slug}/`).sort());
		for (const letter of page.links('.a-z-letters a')) expect(page.all(letter.href)).toHaveLength(1);
		expect(page.links('main a').map((link) => link.href)).toContain('/which-service/');
	});
});
