import { describe, expect, test } from 'vitest';
import { phoneOf, render, textOf } from '../../../tests/components/render.ts';
import { planSections } from '../../lib/safety-plan/sections.ts';
import SafetyPlansPage from './SafetyPlansPage.astro';

describe('SafetyPlansPage', () => {
	test('what a plan is, what goes in it (the same sections as the plans), and each plan to print or fill in', async () => {
		const page = await render(SafetyPlansPage, { path: '/safety-plan/' });
		expect(page.text('h1')).toBe('Safety plans');
		expect(page.all('main ol li').map(textOf)).toEqual(planSections.map((section) => section.heading));
		expect(page.links('.guide-list a')).toEqual([
			{ text: 'My safety plan', href: '/safety-plan/my-safety-plan/' },
			{ text: 'Safety plan for carers', href: '/safety-plan/carer/' },
			{ text: 'Crisis card', href: '/safety-plan/crisis-card/' },
		]);
		expect(page.links('main a').map((link) => link.href)).toContain('/safety-plan/fill-in/');
	});

	test('ends with help now, 111 and 999 as links, and is kept for use offline once opened', async () => {
		const page = await render(SafetyPlansPage, { path: '/safety-plan/' });
		const hrefs = page
			.links('main a')
			.map((link) => link.href)
			.filter((href) => href.startsWith('tel:'));
		expect(hrefs.slice(-2)).toEqual([(await phoneOf('nhs-111-option-2')).href, (await phoneOf('emergency')).href]);
		expect(page.all('script[src]').some((script) => script.attributes['src']!.includes('OfflineSupport'))).toBe(true);
	});
});
