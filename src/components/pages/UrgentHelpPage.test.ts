import { describe, expect, test } from 'vitest';
import { find, phoneOf, render, textOf } from '../../../tests/components/render.ts';
import { getCrisisLines } from '../../data/content.ts';
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

	test('NHS 111 option 2 is said in its card, not again in the list of other urgent lines', async () => {
		const page = await render(UrgentHelpPage, { path: '/urgent-help/' });
		const [urgentList] = page.all('ul.crisis-lines');
		const listed = find(urgentList!, 'li[data-crisis-line]').map((item) => item.attributes['data-crisis-line']);
		expect(listed).not.toContain('nhs-111-option-2');
		expect(listed).toContain('central-access-point');
		const lines = await getCrisisLines();
		const named = (id: string) => lines.find((line) => line.id === id)!.name;
		const list = textOf(urgentList!);
		expect(list).not.toContain(named('nhs-111-option-2'));
		expect(list).toContain(named('central-access-point'));
	});

	test('a number for deaf people is a link in its own sentence, said once', async () => {
		const page = await render(UrgentHelpPage, { path: '/urgent-help/' });
		const relay = page.all('li').find((item) => textOf(item).includes('Relay UK'))!;
		expect(textOf(relay)).toBe(
			'If you are deaf or find it hard to hear or speak on the phone, call 18001 111 from a textphone or the Relay UK app.',
		);
		expect(find(relay, 'a').map((link) => [textOf(link), link.attributes['href']])).toEqual([
			['18001 111', 'tel:18001111'],
		]);
	});
});
