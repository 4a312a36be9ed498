import { describe, expect, test } from 'vitest';
import { render } from '../../tests/components/render.ts';
import Call111 from './Call111.astro';

describe('Call111', () => {
	test('in a sentence: "call 111 and choose option 2", with 111 a link to call', async () => {
		const page = await render(Call111);
		expect(page.text()).toBe('call 111 and choose option 2');
		expect(page.links()).toEqual([{ text: '111', href: 'tel:111' }]);
	});
});
