import { describe, expect, test } from 'vitest';
import { render } from '../../tests/components/render.ts';
import { getCrisisLines, getSiteOperator } from '../data/content.ts';
import SiteFooter from './SiteFooter.astro';

describe('SiteFooter', () => {
	test('every crisis line, in the same order as everywhere, then the pages about the site', async () => {
		const page = await render(SiteFooter);
		expect(page.text('h2')).toBe('If you need to talk to someone now');
		expect(page.all('[data-crisis-line]').map((line) => line.attributes['data-crisis-line'])).toEqual(
			(await getCrisisLines()).map((line) => line.id),
		);
		expect(page.links('nav a')).toEqual([
			{ text: 'About this information', href: '/about/' },
			{ text: 'Jargon buster', href: '/glossary/' },
			{ text: 'Accessibility statement', href: '/accessibility/' },
			{ text: 'Privacy and quick exit', href: '/privacy/' },
			{ text: 'Help in your language', href: '/help-in-your-language/' },
		]);
	});

	test('says who runs the site, or that it is not set', async () => {
		const page = await render(SiteFooter);
		const organisation = getSiteOperator()?.organisation;
		expect(page.text()).toContain(organisation ? `Run by ${organisation.name}.` : 'Who runs this site is not set yet.');
		expect(page.one('footer').attributes['data-pagefind-ignore']).toBe('all');
	});
});
