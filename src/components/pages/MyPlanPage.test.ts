import { describe, expect, test } from 'vitest';
import { phoneOf, render, textOf } from '../../../tests/components/render.ts';
import { planHowToUse, planSections } from '../../lib/safety-plan/sections.ts';
import MyPlanPage from './MyPlanPage.astro';

describe('MyPlanPage', () => {
	test('a plan to print and fill in by hand, also in Easy Read and other languages', async () => {
		const page = await render(MyPlanPage, { path: '/safety-plan/my-safety-plan/' });
		expect(page.text('h1')).toBe('My safety plan');
		expect(page.text('main')).toContain(planHowToUse);
		expect(page.all('.plan-section h2').map(textOf)).toEqual(
			planSections.map((section, index) => `${index + 1}. ${section.heading}`),
		);
		expect(page.links('main a').map((link) => link.href)).toEqual(
			expect.arrayContaining(['/easy-read/safety-plan/', '/help-in-your-language/']),
		);
		expect(page.all('link[hreflang]').length).toBeGreaterThan(1);
	});

	test('the numbers after the professionals, and 999 or A&E at the end', async () => {
		const page = await render(MyPlanPage, { path: '/safety-plan/my-safety-plan/' });
		expect(page.all('section[aria-labelledby="plan-professionals"] .printed-numbers')).toHaveLength(1);
		expect(page.links('.plan-footer a').map((link) => link.href)).toEqual([(await phoneOf('emergency')).href]);
	});
});
