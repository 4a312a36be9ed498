import { describe, expect, test } from 'vitest';
import { phoneOf, render } from '../../../tests/components/render.ts';
import { getCrisisLines } from '../../data/content.ts';
import UrgentPage from './UrgentPage.astro';

describe('UrgentPage', async () => {
	const urgent = await phoneOf('nhs-111-option-2');
	const emergency = await phoneOf('emergency');

	test('111 option 2 first, as a link; 999 or A&E if someone is in danger', async () => {
		const page = await render(UrgentPage, { path: '/which-service/urgent/' });
		expect(page.text('h1')).toBe('Get help today');
		expect(page.text('.care-card h2')).toBe(`Urgent advice: Call ${urgent.number} and choose option 2`);
		expect(page.text('.care-card__content')).toContain(
			`If someone is in danger, call ${emergency.number} or go to A&E (accident and emergency).`,
		);
		expect(
			page
				.links('.care-card a')
				.map((link) => link.href)
				.filter((href) => href.startsWith('tel:')),
		).toEqual([urgent.href, urgent.href, emergency.href]);
	});

	test('the other lines to talk to today, then the way on to ongoing support; Back to the question', async () => {
		const page = await render(UrgentPage, { path: '/which-service/urgent/' });
		const today = (await getCrisisLines()).filter((line) => line.urgency !== 'emergency');
		expect(page.all('main [data-crisis-line]').map((line) => line.attributes['data-crisis-line'])).toEqual(
			today.map((line) => line.id),
		);
		expect(page.links('main .button')).toEqual([
			{ text: 'Carry on to find ongoing support', href: '/which-service/who/' },
		]);
		expect(page.links('.back-link')).toEqual([{ text: 'Back', href: '/which-service/today/' }]);
	});
});
