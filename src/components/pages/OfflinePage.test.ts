import { describe, expect, test } from 'vitest';
import { render } from '../../../tests/components/render.ts';
import { telHref } from '../../base/phone.ts';
import { getCrisisLines } from '../../data/content.ts';
import OfflinePage from './OfflinePage.astro';

describe('OfflinePage', () => {
	test('says there is no connection, then every crisis line, each a link to contact', async () => {
		const page = await render(OfflinePage, { path: '/offline/' });
		expect(page.text('h1')).toBe('No internet connection');
		const lines = await getCrisisLines();
		expect(page.all('main [data-crisis-line]').map((line) => line.attributes['data-crisis-line'])).toEqual(
			lines.map((line) => line.id),
		);
		const hrefs = page.links('main a').map((link) => link.href);
		for (const line of lines)
			for (const contact of line.contacts.filter((contact) => contact.kind === 'phone'))
				expect(hrefs, line.id).toContain(telHref(contact.number!));
	});
});
