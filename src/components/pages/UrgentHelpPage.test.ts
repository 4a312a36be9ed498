import { describe, expect, test } from 'vitest';
import { phoneOf, render } from '../../../tests/components/render.ts';
import UrgentHelpPage from './UrgentHelpPage.astro';

describe('UrgentHelpPage', async () => {
	const emergency = await phoneOf('emergency');
	const urgent = await phoneOf('nhs-111-option-2');

	test('999 or A&E and 111 option 2, each a link; help for deaf people; the Easy Read version', async () => {
		const page = await render(UrgentHelpPage, { path: '/urgent-help/' });
		expect(page.text('h1')).toBe('Get help now');
		const calls = page
			.links('main a')
			.map((link) => link.href)
			.filter((href) => href.startsWith('tel:'));
		expect(calls).toEqual(expect.arrayContaining([emergency.href, urgent.href]));
		expect(page.text('#deaf-or-hard-to-use-the-phone')).toBe('If you are deaf, or find it hard to use the phone');
		expect(page.links('main a').map((link) => link.href)).toContain('/easy-read/urgent-help/');
	});
});
