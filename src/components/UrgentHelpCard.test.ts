import { describe, expect, test } from 'vitest';
import { phoneOf, render } from '../../tests/components/render.ts';
import UrgentHelpCard from './UrgentHelpCard.astro';

describe('UrgentHelpCard', async () => {
	const emergency = await phoneOf('emergency');
	const urgent = await phoneOf('nhs-111-option-2');
	const samaritans = await phoneOf('samaritans');

	test('999 or A&E, 111, Samaritans and Shout, each a link, and that these feelings can pass', async () => {
		const page = await render(UrgentHelpCard, { props: { heading: 'Help is available now' } });
		expect(page.text('h2')).toBe('Urgent advice: Help is available now');
		expect(page.text()).toContain(`If a life is at risk right now, call ${emergency.number} or go to A&E.`);
		const hrefs = page.links().map((link) => link.href);
		expect(hrefs.slice(0, 3)).toEqual([emergency.href, urgent.href, samaritans.href]);
		expect(hrefs[3]).toMatch(/^sms:/);
		expect(page.text()).toContain('You do not have to face this alone.');
	});

	test("a page's own list of lines to contact replaces the card's, so no line is given twice", async () => {
		const page = await render(UrgentHelpCard, {
			props: { heading: 'If you need help now' },
			slots: { default: '<h3>People you can contact now</h3>' },
		});
		expect(page.text('h3')).toBe('People you can contact now');
		expect(page.links().map((link) => link.href)).toEqual([emergency.href]);
		expect(page.text()).toContain('You do not have to face this alone.');
	});
});
