import { describe, expect, test } from 'vitest';
import { phoneOf, render } from '../../../tests/components/render.ts';
import { getServices, getSiteOperator } from '../../data/content.ts';
import { problemReportHref } from '../../lib/operator.ts';
import { displayPhone, telHref } from '../../base/phone.ts';
import { formatDate } from '../../base/dates.ts';
import { browseUrl } from '../../lib/browse.ts';
import { mainPhone, relatedServices } from '../../lib/directory.ts';
import { topics } from '../../base/vocabulary.ts';
import ServicePage from './ServicePage.astro';

const services = await getServices();
const ordinary = services.find((service) => !service.crisisLine && mainPhone(service) && service.locations.length > 0)!;
const samaritans = services.find((service) => service.crisisLine === 'samaritans')!;
const props = (service: typeof ordinary) => ({ service, related: relatedServices(service, services) });
const path = (service: typeof ordinary) => `/services/${service.slug}/`;

describe('ServicePage', async () => {
	const emergency = await phoneOf('emergency');
	const urgent = await phoneOf('nhs-111-option-2');

	test('an ordinary service: its name, who it is for, its phone, where to find it, and its topics', async () => {
		const page = await render(ServicePage, { props: props(ordinary), path: path(ordinary) });
		expect(page.text('h1')).toBe(ordinary.name);
		expect(page.links('.breadcrumb a')).toEqual([{ text: 'Services', href: '/services/' }]);
		expect(page.text('.key-facts')).toContain('Who it is for');
		const phone = mainPhone(ordinary)!;
		expect(page.links('main a')).toContainEqual({ text: displayPhone(phone.number), href: telHref(phone.number) });
		expect(page.all('.location').map((location) => location.attributes['aria-label'])).toEqual(
			ordinary.locations.map((location) => location.name),
		);
		expect(page.links('.browse-links a')).toEqual(
			ordinary.topics.map((topic) => ({ text: topics.label(topic), href: browseUrl('topic', topic) })),
		);
		expect(page.text('.last-checked')).toBe(`Last checked: ${formatDate(ordinary.lastChecked)}.`);
	});

	test('a crisis line: its number to call in the main contact, and what to do if things get worse', async () => {
		const line = await phoneOf('samaritans');
		const page = await render(ServicePage, { props: props(samaritans), path: path(samaritans) });
		expect(page.text('h1')).toBe('Samaritans');
		expect(page.links('[data-main-contact] a').map((link) => link.href)).toContain(line.href);
		expect(page.text('main')).toContain(`You do not need any credit on your phone to call ${line.number}.`);
		expect(page.links('.care-card a').map((link) => link.href)).toEqual(
			expect.arrayContaining([urgent.href, emergency.href]),
		);
	});

	test('the everyday words and search filters are hidden from view; a problem report is about this page', async () => {
		const page = await render(ServicePage, { props: props(ordinary), path: path(ordinary) });
		expect(page.all('main [data-pagefind-weight]').every((words) => 'hidden' in words.attributes)).toBe(true);
		expect(page.all('main [data-pagefind-filter]').length).toBeGreaterThan(0);
		const report = page.links('main a').find((link) => link.text === 'tell us about a problem')!;
		const address = `http://localhost:4321${path(ordinary)}`;
		expect(report.href).toBe(problemReportHref(getSiteOperator(), { address, serviceName: ordinary.name }));
	});
});
