import { describe, expect, test } from 'vitest';
import { render } from '../../tests/components/render.ts';
import EasyReadPoint from './EasyReadPoint.astro';

describe('EasyReadPoint', () => {
	test('a picture that adds nothing the words do not say (empty alt), beside the words', async () => {
		const page = await render(EasyReadPoint, {
			props: { picture: 'phone' },
			slots: { default: '<p>Talk to someone.</p><p>They will listen.</p>' },
		});
		expect(page.one('img').attributes).toMatchObject({ src: '/easy-read/phone.svg', alt: '' });
		expect(page.text('.easy-read__words')).toBe('Talk to someone. They will listen.');
		expect(page.all('.easy-read__words p')).toHaveLength(2);
	});
});
