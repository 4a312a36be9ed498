import { describe, expect, test } from 'vitest';
import { phoneOf, render, isHidden } from '../../../tests/components/render.ts';
import SearchPage from './SearchPage.astro';

describe('SearchPage', async () => {
	const emergency = await phoneOf('emergency');
	const urgent = await phoneOf('nhs-111-option-2');

	test('a search box with its label, 999 and 111 under it for every query, and the browse pages as a way on', async () => {
		const page = await render(SearchPage, { path: '/search/' });
		expect(page.text('h1')).toBe('Search for support');
		const box = page.one('#search-query');
		expect(page.one(`label[for="${box.attributes['id']}"]`)).toBeTruthy();
		const visibleCalls = page
			.all('main a')
			.filter((link) => !isHidden(link))
			.map((link) => link.attributes['href']);
		expect(visibleCalls).toEqual(expect.arrayContaining([emergency.href, urgent.href]));
		expect(page.links('main a').map((link) => link.href)).toContain('/services/');
	});
});
