import { describe, expect, test } from 'vitest';
import { phoneOf, render } from '../../../tests/components/render.ts';
import WorriedAboutSomeonePage from './WorriedAboutSomeonePage.astro';

describe('WorriedAboutSomeonePage', () => {
	test('when to call 999 or A&E for them, and 111 for advice today, each a link', async () => {
		const emergency = await phoneOf('emergency');
		const urgent = await phoneOf('nhs-111-option-2');
		const page = await render(WorriedAboutSomeonePage);
		const [now, today] = page.all('main .care-card');
		expect(now).toBeDefined();
		expect(page.text('main')).toContain('they are in danger and you cannot keep them safe');
		expect(page.text('main')).toContain('Stay with them if it is safe to do so.');
		expect(today).toBeDefined();
		const hrefs = page.links('main a').map((link) => link.href);
		expect(hrefs).toEqual(expect.arrayContaining([emergency.href, urgent.href]));
	});

	test('Childline, the parents helpline and Samaritans as links to call; the way on to find support for them', async () => {
		const page = await render(WorriedAboutSomeonePage);
		const hrefs = page.links('main a').map((link) => link.href);
		for (const line of ['childline', 'youngminds-parents-helpline', 'samaritans'])
			expect(hrefs).toContain((await phoneOf(line)).href);
		expect(page.links('main a').slice(-2)).toEqual([
			{ text: 'Find the right support for them', href: '/which-service/' },
			{ text: 'browse local services', href: '/services/' },
		]);
	});
});
