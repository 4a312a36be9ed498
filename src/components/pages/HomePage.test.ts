import { describe, expect, test } from 'vitest';
import { phoneOf, render } from '../../../tests/components/render.ts';
import HomePage from './HomePage.astro';

describe('HomePage', async () => {
	const emergency = await phoneOf('emergency');
	const urgent = await phoneOf('nhs-111-option-2');
	const samaritans = await phoneOf('samaritans');

	test('help now comes first: 999 or A&E, then 111, then Samaritans and Shout, each a link', async () => {
		const page = await render(HomePage);
		expect(page.text('h1')).toBe('Find mental health support in Leicester, Leicestershire and Rutland');
		expect(page.all('main .care-card h2')).toHaveLength(2);
		const hrefs = page.links('main a').map((link) => link.href);
		expect(hrefs.indexOf(emergency.href)).toBeLessThan(hrefs.indexOf(urgent.href));
		expect(hrefs.indexOf(urgent.href)).toBeLessThan(hrefs.indexOf(samaritans.href));
		expect(hrefs).toContain('/urgent-help/');
	});

	test('then the ways into the site, each with what it is for', async () => {
		const page = await render(HomePage);
		expect(page.links('.door a')).toEqual([
			{ text: 'Help me find the right support', href: '/which-service/' },
			{ text: 'Search and browse services', href: '/services/' },
			{ text: 'Self-help guides', href: '/self-help/' },
			{ text: 'Make a safety plan', href: '/safety-plan/' },
			{ text: 'Worried about someone else', href: '/worried-about-someone/' },
		]);
		expect(page.all('.door p')).toHaveLength(5);
	});

	test('is kept for use offline and found by search', async () => {
		const page = await render(HomePage, { path: '/' });
		expect(page.all('script[src]').some((script) => script.attributes['src']!.includes('OfflineSupport'))).toBe(true);
		expect(page.one('main').attributes['data-pagefind-body']).toBe('');
	});
});
