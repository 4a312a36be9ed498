import { describe, expect, test } from 'vitest';
import { phoneOf, render, textOf } from '../../../tests/components/render.ts';
import { carerSections } from '../../lib/safety-plan/sections.ts';
import CarerPlanPage from './CarerPlanPage.astro';

describe('CarerPlanPage', () => {
	test("the carers' sections to fill in by hand, the numbers, and 999 and 111 as links at the end", async () => {
		const page = await render(CarerPlanPage, { path: '/safety-plan/carer/' });
		expect(page.text('h1')).toBe('Safety plan for carers');
		expect(page.all('.plan-section h2').map(textOf).slice(0, carerSections.length)).toEqual(
			carerSections.map((section, index) => `${index + 1}. ${section.heading}`),
		);
		expect(page.all('.printed-numbers')).toHaveLength(1);
		expect(page.links('.plan-footer a').map((link) => link.href)).toEqual([
			(await phoneOf('emergency')).href,
			(await phoneOf('nhs-111-option-2')).href,
		]);
		expect(page.links('.back-link')).toEqual([{ text: 'Back to safety plans', href: '/safety-plan/' }]);
	});
});
