import { describe, expect, test } from 'vitest';
import { phoneOf, render, textOf } from '../../../tests/components/render.ts';
import { getCrisisLines } from '../../data/content.ts';
import { placeholderValues } from '../../lib/translations/crisis-values.ts';
import EasyReadUrgentHelp from './EasyReadUrgentHelp.astro';

describe('EasyReadUrgentHelp', async () => {
	const emergency = await phoneOf('emergency');
	const urgent = await phoneOf('nhs-111-option-2');
	const samaritans = await phoneOf('samaritans');
	const values = placeholderValues(await getCrisisLines(), 'English');

	test('short sentences: call 999, then 111 and the option to press, then Samaritans and Shout, each a link', async () => {
		const page = await render(EasyReadUrgentHelp);
		expect(page.text('h1')).toBe('Get help now');
		expect(page.all('main h2').map((heading) => textOf(heading))).toEqual([
			'If someone could die',
			'If you need help today',
			'If you want to talk',
			'More',
		]);
		const hrefs = page
			.links('main a')
			.map((link) => link.href)
			.filter((href) => /^(tel|sms):/.test(href));
		expect(hrefs).toEqual([emergency.href, urgent.href, samaritans.href, values['shout']!.href]);
		expect(page.text('main')).toContain(`Then press ${values['option']!.text}.`);
		expect(page.text('main')).toContain(`Text the word ${values['shoutKeyword']!.text} to ${values['shout']!.text}.`);
	});

	test('a picture beside each point that adds nothing to the words', async () => {
		const page = await render(EasyReadUrgentHelp);
		const pictures = page.all('main img');
		expect(pictures.length).toBeGreaterThan(5);
		expect(pictures.every((picture) => picture.attributes['alt'] === '')).toBe(true);
	});
});
