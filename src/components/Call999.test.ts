import { describe, expect, test } from 'vitest';
import { phoneOf, render } from '../../tests/components/render.ts';
import Call999 from './Call999.astro';

describe('Call999', async () => {
	const phone = await phoneOf('emergency');

	test('in a sentence: "call 999", with the number a link to call', async () => {
		const page = await render(Call999);
		expect(page.text()).toBe(`call ${phone.number}`);
		expect(page.links()).toEqual([{ text: phone.number, href: phone.href }]);
	});

	test('with "or go to A&E", at the start of a sentence', async () => {
		const page = await render(Call999, { props: { capital: true, orAE: true } });
		expect(page.text()).toBe(`Call ${phone.number} or go to A&E`);
		expect(page.links()).toEqual([{ text: phone.number, href: phone.href }]);
	});

	test('as a big button, the whole "Call 999" is the link', async () => {
		const page = await render(Call999, { props: { capital: true, button: true, linkClass: 'emergency-call' } });
		expect(page.links()).toEqual([{ text: `Call ${phone.number}`, href: phone.href }]);
		expect(page.one('a').attributes['class']).toBe('emergency-call');
	});
});
