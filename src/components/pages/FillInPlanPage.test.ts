import { describe, expect, test } from 'vitest';
import { phoneOf, render } from '../../../tests/components/render.ts';
import { getCrisisLines } from '../../data/content.ts';
import { planCrisisLines } from '../../lib/safety-plan/sections.ts';
import FillInPlanPage from './FillInPlanPage.astro';

describe('FillInPlanPage', () => {
	test('says what you type stays on the device, and what happens with JavaScript off', async () => {
		const page = await render(FillInPlanPage, { path: '/safety-plan/fill-in/' });
		expect(page.text('h1')).toBe('My safety plan');
		expect(page.text('main .inset')).toContain('What you type stays on this device.');
		expect(page.text('.plan-no-js')).toContain('JavaScript is turned off, so this page cannot save your plan.');
		expect(page.links('.plan-no-js a')).toEqual([
			{ text: 'print a blank safety plan', href: '/safety-plan/my-safety-plan/' },
		]);
	});

	test('the editor drawn as a plain form, loading at once, with the printed numbers inside it', async () => {
		const page = await render(FillInPlanPage, { path: '/safety-plan/fill-in/' });
		const island = page.one('astro-island');
		expect(island.attributes['client']).toBe('load');
		expect(page.all('astro-island .plan-editor fieldset').length).toBeGreaterThan(0);
		const lines = planCrisisLines(await getCrisisLines());
		expect(page.all('astro-island .printed-numbers li').map((item) => item.attributes['data-crisis-line'])).toEqual(
			lines.map((line) => line.id),
		);
	});

	test('ends with what to do in danger: 999 or A&E, as a link', async () => {
		const page = await render(FillInPlanPage, { path: '/safety-plan/fill-in/' });
		expect(page.links('.plan-footer a').filter((link) => link.href.startsWith('tel:'))).toEqual([
			{ text: (await phoneOf('emergency')).number, href: (await phoneOf('emergency')).href },
		]);
	});
});
