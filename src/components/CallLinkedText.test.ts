import { describe, expect, test } from 'vitest';
import { phoneOf, render } from '../../tests/components/render.ts';
import CallLinkedText from './CallLinkedText.astro';

describe('CallLinkedText', async () => {
	const emergency = await phoneOf('emergency');
	const urgent = await phoneOf('nhs-111-option-2');

	test('an emergency and an urgent number in the text each become a link to call, the words unchanged', async () => {
		const text = `If someone's life is at risk, call ${emergency.number}. If you need help today, call ${urgent.number}.`;
		const page = await render(CallLinkedText, { props: { text, linkClass: 'help-now__number' } });
		expect(page.text()).toBe(text);
		expect(page.links()).toEqual([
			{ text: emergency.number, href: emergency.href },
			{ text: urgent.number, href: urgent.href },
		]);
		expect(page.all('a').map((link) => link.attributes['class'])).toEqual(['help-now__number', 'help-now__number']);
	});

	test('a web address and a longer number that hold the number stay words, not links', async () => {
		const text = `Go to ${urgent.number}.nhs.uk, or call 18001 ${urgent.number} with Relay UK.`;
		const page = await render(CallLinkedText, { props: { text } });
		expect(page.text()).toBe(text);
		expect(page.all('a')).toEqual([]);
	});

	test('text with no number is shown as it is', async () => {
		const page = await render(CallLinkedText, { props: { text: 'Talk to your GP.' } });
		expect(page.text()).toBe('Talk to your GP.');
		expect(page.all('a')).toEqual([]);
	});
});
