import { describe, expect, test } from 'vitest';
import { render } from '../../tests/components/render.ts';
import { siteName } from '../lib/site.ts';
import SiteHeader from './SiteHeader.astro';

describe('SiteHeader', () => {
	test('the site name links home; search and the sections fold into "Menu", which opens without JavaScript', async () => {
		const page = await render(SiteHeader, { path: '/' });
		expect(page.links('.site-header__name')).toEqual([{ text: siteName, href: '/' }]);
		expect(page.text('summary')).toBe('Menu and search');
		expect(page.one('form').attributes).toMatchObject({ action: '/search/', method: 'get', role: 'search' });
		expect(page.text('label')).toBe('Search for support');
		expect(page.links('nav a').map((link) => link.text)).toEqual([
			'Find the right support',
			'Services',
			'Self-help',
			'Safety plans',
			'Urgent help',
		]);
	});

	test("marks the current section for screen readers, on the section's pages only", async () => {
		const current = async (path: string) =>
			(await render(SiteHeader, { path }))
				.all('nav a')
				.filter((link) => link.attributes['aria-current'] === 'page')
				.map((link) => link.attributes['href']);
		expect(await current('/services/topic/anxiety/')).toEqual(['/services/']);
		expect(await current('/safety-plan/fill-in/')).toEqual(['/safety-plan/']);
		expect(await current('/')).toEqual([]);
	});
});
