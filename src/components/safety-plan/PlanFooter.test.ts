import { describe, expect, test } from 'vitest';
import { phoneOf, render } from '../../../tests/components/render.ts';
import PlanFooter from './PlanFooter.astro';

describe('PlanFooter', () => {
	test('the last line of every plan: 999 or A&E in danger, as a link, and that you are not alone', async () => {
		const emergency = await phoneOf('emergency');
		const page = await render(PlanFooter);
		expect(page.text()).toBe(
			`If you are in danger now, call ${emergency.number} or go to A&E. You do not have to go through this alone.`,
		);
		expect(page.links()).toEqual([{ text: emergency.number, href: emergency.href }]);
	});
});
