import { describe, expect, test } from 'vitest';
import { render, textOf } from '../../../tests/components/render.ts';
import { getServices } from '../../data/content.ts';
import GpCard from './GpCard.astro';

const [first, second] = await getServices();
const card = {
	services: [
		{ service: first!, tags: ['need:anxiety' as const] },
		{ service: second!, tags: ['need:anxiety' as const, 'need:sleep' as const] },
	],
};

describe('GpCard', () => {
	test('"See your GP": the services your GP can refer you to, each shown for what it is for', async () => {
		const page = await render(GpCard, { props: { card, who: 'me' } });
		expect(page.text('h4')).toBe('See your GP');
		expect(textOf(page.all('p')[0]!)).toBe('Your GP (family doctor) can refer you to:');
		expect(page.links()).toEqual(
			[first!, second!].map((service) => ({ text: service.name, href: `/services/${service.slug}/` })),
		);
		expect(page.all('ul li').map((item) => item.attributes['class'])).toEqual([
			'pick for-need-anxiety pick--item',
			'pick for-need-anxiety for-need-sleep pick--item',
		]);
		expect(page.text('.ways-in-summary')).toBe('How to get in: Contact your GP surgery and ask for an appointment.');
	});

	test('for someone else, "Their GP"; with no services, no card', async () => {
		const theirs = await render(GpCard, { props: { card, who: 'someone-else' } });
		expect(theirs.text('h4')).toBe('Their GP');
		expect(theirs.text('.ways-in-summary')).toContain('They, or you with them, can contact their GP surgery');
		const none = await render(GpCard, { props: { card: { services: [] }, who: 'me' } });
		expect(none.html.trim()).toBe('');
	});
});
