import { describe, expect, test } from 'vitest';
import { find, phoneOf, render, textOf } from '../../../tests/components/render.ts';
import { getGuides, getServices } from '../../data/content.ts';
import { byHowToGetIn, facets, servicesWith } from '../../lib/browse.ts';
import BrowsePage from './BrowsePage.astro';

const services = await getServices();
const guides = await getGuides();
const topic = facets.find((facet) => facet.id === 'topic')!;
const anxiety = topic.values.find((value) => value.id === 'anxiety')!;
const props = (value = anxiety, list = servicesWith(services, 'topic', value.id)) => ({
	facet: topic,
	value,
	services: list,
	guides: guides.filter((guide) => (guide.data.topics as readonly string[]).includes(value.id)),
});

describe('BrowsePage', () => {
	test('the services for a topic, those you can contact yourself first, then its guides', async () => {
		const page = await render(BrowsePage, { props: props() });
		const groups = byHowToGetIn(props().services, 'anxiety');
		expect(page.text('h1')).toBe(topic.titleFor(anxiety.label));
		const headings = page.all('main h2').map(textOf);
		expect(groups.direct.length).toBeGreaterThan(0);
		expect(headings[0]).toBe('You can contact these yourself');
		expect(page.all('main [data-service]')).toHaveLength(props().services.length);
		expect(headings).toContain('Things you can do now');
		expect(page.links('nav.breadcrumb a')).toEqual([
			{ text: 'Services', href: '/services/' },
			{ text: topic.heading, href: '/services/#browse-topic' },
		]);
	});

	test('with no services: what to do instead, with 111 as a link', async () => {
		const urgent = await phoneOf('nhs-111-option-2');
		const page = await render(BrowsePage, { props: props(anxiety, []) });
		expect(page.text('main')).toContain('0 services.');
		expect(page.text('main')).toContain('We do not know of a local service for this yet.');
		expect(page.links('main a').map((link) => link.href)).toContain(urgent.href);
	});

	test('links to the other values of the same facet, not to itself', async () => {
		const page = await render(BrowsePage, { props: props() });
		const others = find(page.all('ul.browse-links').at(-1)!, 'a').map(textOf);
		expect(others).toHaveLength(topic.values.length - 1);
		expect(others).not.toContain(anxiety.label);
	});
});
