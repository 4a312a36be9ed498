import { describe, expect, test } from 'vitest';
import { render, textOf } from '../../../tests/components/render.ts';
import { getGuides } from '../../data/content.ts';
import SelfHelpPage from './SelfHelpPage.astro';

describe('SelfHelpPage', () => {
	test('every guide, under who it is written for, each with its summary', async () => {
		const guides = await getGuides();
		const page = await render(SelfHelpPage);
		expect(page.all('main section h2').map(textOf)).toEqual([
			'For adults',
			'For young people',
			'For parents, carers, family and friends',
		]);
		expect(
			page
				.links('.guide-list a')
				.map((link) => link.href)
				.sort(),
		).toEqual(guides.map((guide) => `/self-help/${guide.id}/`).sort());
		const adults = page.one('section[aria-labelledby="group-adults"]');
		expect(textOf(adults)).toContain(guides.find((guide) => guide.data.group === 'adults')!.data.summary);
	});

	test('help now first, and the jargon buster', async () => {
		const page = await render(SelfHelpPage);
		expect(page.text('main')).toMatch(
			/If you need help now, call .* In an emergency, call .* or go to A&E \(accident and emergency\)\./,
		);
		expect(page.links('main a').map((link) => link.href)).toContain('/glossary/');
	});
});
