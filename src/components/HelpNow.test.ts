import { describe, expect, test } from 'vitest';
import { phoneOf, render } from '../../tests/components/render.ts';
import HelpNow from './HelpNow.astro';

describe('HelpNow', async () => {
	const emergency = await phoneOf('emergency');
	const urgent = await phoneOf('nhs-111-option-2');

	test('one line: the emergency and urgent numbers to tap, and more help one tap away', async () => {
		const page = await render(HelpNow);
		expect(page.text()).toBe(
			`Emergency ${emergency.number} · Urgent mental health ${urgent.number}, option 2 · More help now`,
		);
		expect(page.links()).toEqual([
			{ text: emergency.number, href: emergency.href },
			{ text: urgent.number, href: urgent.href },
			{ text: 'More help now', href: '/urgent-help/' },
		]);
	});

	test('is a named region, kept out of search, with the dots hidden from screen readers', async () => {
		const page = await render(HelpNow);
		expect(page.one('section').attributes).toMatchObject({
			'aria-label': 'Get help now',
			'data-pagefind-ignore': 'all',
		});
		expect(page.all('.help-now__dot').every((dot) => dot.attributes['aria-hidden'] === 'true')).toBe(true);
	});
});
