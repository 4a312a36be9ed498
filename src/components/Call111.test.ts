import { describe, expect, test } from 'vitest';
import { phoneOf, render } from '../../tests/components/render.ts';
import Call111 from './Call111.astro';

describe('Call111', async () => {
	const phone = await phoneOf('nhs-111-option-2');

	test('in a sentence: "call 111 and choose option 2", with the number a link to call', async () => {
		const page = await render(Call111);
		expect(page.text()).toBe(`call ${phone.number} and choose option 2`);
		expect(page.links()).toEqual([{ text: phone.number, href: phone.href }]);
	});

	test('at the start of a sentence, with the class a large number needs', async () => {
		const page = await render(Call111, { props: { capital: true, linkClass: 'help-now__number' } });
		expect(page.text()).toBe(`Call ${phone.number} and choose option 2`);
		expect(page.one('a').attributes['class']).toBe('help-now__number');
	});
});
