import { describe, expect, test } from 'vitest';
import { phoneOf, render } from '../../../tests/components/render.ts';
import { getSiteOperator, getSourceDocuments } from '../../data/content.ts';
import AboutPage from './AboutPage.astro';

describe('AboutPage', async () => {
	const emergency = await phoneOf('emergency');
	const urgent = await phoneOf('nhs-111-option-2');

	test('every source document listed, dated only where it states a date, and 999 and 111 as links to call', async () => {
		const page = await render(AboutPage);
		expect(page.text('h1')).toBe('About this information');
		const listed = page.all('main ul')[0]!;
		const documents = await getSourceDocuments();
		expect(listed.children.filter((child) => child.type === 1)).toHaveLength(documents.length);
		expect(page.all('main li .meta')).toHaveLength(documents.filter((doc) => doc.date).length);
		expect(page.links('main a').map((link) => link.href)).toEqual(
			expect.arrayContaining([emergency.href, urgent.href]),
		);
	});

	test('the open data files to download, and who runs the site or that it is not set yet', async () => {
		const page = await render(AboutPage);
		expect(page.links('main a')).toEqual(
			expect.arrayContaining([
				{ text: 'All services as Open Referral UK data (JSON)', href: '/open-data/openreferral.json' },
				{ text: 'All services as a spreadsheet (CSV)', href: '/open-data/services.csv' },
			]),
		);
		const organisation = getSiteOperator()?.organisation;
		expect(page.text('main')).toContain(
			organisation ? `This site is run by ${organisation.name}.` : 'Who runs this site is not set yet.',
		);
	});
});
