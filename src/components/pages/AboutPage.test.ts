import { describe, expect, test } from 'vitest';
import { phoneOf, render, textOf } from '../../../tests/components/render.ts';
import { getSiteOperator, getSourceDocuments } from '../../data/content.ts';
import AboutPage from './AboutPage.astro';

describe('AboutPage', async () => {
	const emergency = await phoneOf('emergency');
	const urgent = await phoneOf('nhs-111-option-2');

	test('every source document listed, dated once and only where it states a date, and 999 and 111 as links to call', async () => {
		const page = await render(AboutPage);
		expect(page.text('h1')).toBe('About this information');
		const listed = page.all('main ul')[0]!;
		const documents = await getSourceDocuments();
		expect(listed.children.filter((child) => child.type === 1)).toHaveLength(documents.length);
		// A name that already says when the document is from ("..., February 2026") is not dated again.
		const datedOnlyByDate = documents.filter((doc) => doc.date && !doc.label.includes(doc.date.slice(0, 4)));
		expect(page.all('main li .meta')).toHaveLength(datedOnlyByDate.length);
		expect(textOf(listed)).not.toMatch(/\b(\d{4})\b[^.]*\(dated [^)]*\1\)/);
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
