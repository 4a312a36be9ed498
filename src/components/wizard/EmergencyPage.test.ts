import { describe, expect, test } from 'vitest';
import { phoneOf, render } from '../../../tests/components/render.ts';
import EmergencyPage from './EmergencyPage.astro';

describe('EmergencyPage', async () => {
	const emergency = await phoneOf('emergency');
	const urgent = await phoneOf('nhs-111-option-2');

	test('"Call 999 or go to A&E now" as the page heading, with a big button to call and Back to the question', async () => {
		const page = await render(EmergencyPage, { path: '/which-service/emergency/' });
		expect(page.text('h1')).toBe(`Immediate action required: Call ${emergency.number} or go to A&E now`);
		expect(page.links('.emergency-call')).toEqual([{ text: `Call ${emergency.number}`, href: emergency.href }]);
		expect(page.links('.back-link')).toEqual([{ text: 'Back', href: '/which-service/danger/' }]);
	});

	test('what to do while you wait, and 111 if it is not an emergency; no way on to other questions', async () => {
		const page = await render(EmergencyPage, { path: '/which-service/emergency/' });
		expect(page.text('main')).toContain('Stay with the person if it is safe to do so.');
		expect(page.links('main a').map((link) => link.href)).toContain(urgent.href);
		expect(page.links('main a').filter((link) => link.href.startsWith('/which-service/who'))).toEqual([]);
	});
});
