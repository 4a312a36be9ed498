import { describe, expect, test } from 'vitest';
import { phoneOf, render } from '../../../tests/components/render.ts';
import { planSections } from '../../lib/safety-plan/sections.ts';
import EasyReadSafetyPlan from './EasyReadSafetyPlan.astro';

describe('EasyReadSafetyPlan', async () => {
	const urgent = await phoneOf('nhs-111-option-2');

	test("the plan's steps in order, numbered, each with a picture and lines to write on", async () => {
		const page = await render(EasyReadSafetyPlan);
		expect(page.text('h1')).toBe('My safety plan');
		expect(page.all('.plan-section h2').map((heading) => heading.attributes['id'])).toEqual(
			planSections.map((section) => `plan-${section.id}`),
		);
		expect(page.text('#plan-warning-signs')).toBe('1. Signs that I am not OK');
		expect(page.all('.plan-section img')).toHaveLength(planSections.length);
		expect(page.all('.plan-section .write-lines').every((lines) => lines.attributes['aria-hidden'])).toBe(true);
	});

	test('the numbers to call printed under the professionals step, and a link to the full plan', async () => {
		const page = await render(EasyReadSafetyPlan);
		expect(page.links('.plan-section[aria-labelledby="plan-professionals"] a').map((link) => link.href)).toContain(
			urgent.href,
		);
		expect(page.links('main a')).toContainEqual({
			text: 'Read the full safety plan',
			href: '/safety-plan/my-safety-plan/',
		});
	});
});
