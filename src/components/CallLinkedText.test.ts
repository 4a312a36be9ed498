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

	test("a web address that holds the number stays words; a longer number (Relay UK's) is its own link", async () => {
		const text = `Go to ${urgent.number}.nhs.uk, or call 18001 ${urgent.number} with Relay UK.`;
		const page = await render(CallLinkedText, { props: { text } });
		expect(page.text()).toBe(text);
		expect(page.links()).toEqual([{ text: `18001 ${urgent.number}`, href: `tel:18001${urgent.number}` }]);
	});

	test('the numbers of the lines to talk to (Samaritans, Childline) are links too', async () => {
		const samaritans = await phoneOf('samaritans');
		const page = await render(CallLinkedText, { props: { text: `Call Samaritans on ${samaritans.number}.` } });
		expect(page.links()).toEqual([{ text: samaritans.number, href: samaritans.href }]);
	});

	test('text with no number is shown as it is', async () => {
		const page = await render(CallLinkedText, { props: { text: 'Talk to your GP.' } });
		expect(page.text()).toBe('Talk to your GP.');
		expect(page.all('a')).toEqual([]);
	});
});
