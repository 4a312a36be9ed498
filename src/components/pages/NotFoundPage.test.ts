import { describe, expect, test } from 'vitest';
import { phoneOf, render } from '../../../tests/components/render.ts';
import { getWizardData } from '../../data/wizard.ts';
import NotFoundPage from './NotFoundPage.astro';

describe('NotFoundPage', () => {
	test('says the page was not found, how to get help now, and where to go', async () => {
		const emergency = await phoneOf('emergency');
		const urgent = await phoneOf('nhs-111-option-2');
		const page = await render(NotFoundPage, { path: '/no-such-page/' });
		expect(page.text('h1')).toBe('Page not found');
		expect(page.text('main')).toContain(
			`If you need help now, call ${emergency.number} or go to A&E (accident and emergency) in an emergency, or call ${urgent.number} and choose option 2 for urgent mental health help.`,
		);
		expect(page.links('main li a').map((link) => link.href)).toEqual([
			'/',
			'/urgent-help/',
			'/services/',
			'/which-service/',
		]);
	});

	test('hands its script the valid ages, so a broken "which service?" address can go back to its first question', async () => {
		const page = await render(NotFoundPage);
		const { ageIndex } = await getWizardData();
		expect(JSON.parse(page.one('wizard-recovery').attributes['data-ages']!.replaceAll('&quot;', '"'))).toEqual(
			ageIndex,
		);
		expect(page.all('script[src]').some((script) => script.attributes['src']!.includes('NotFoundPage'))).toBe(true);
	});
});
