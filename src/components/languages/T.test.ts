import { describe, expect, test } from 'vitest';
import { phoneOf, render } from '../../../tests/components/render.ts';
import { getTranslations, translationContext } from '../../data/content.ts';
import { filledText } from '../../lib/translations/strings.ts';
import T from './T.astro';

const rtl = getTranslations().languages.find((language) => language.dir === 'rtl')!;
const context = await translationContext(rtl);

describe('T', async () => {
	const urgent = await phoneOf('nhs-111-option-2');

	test('a translated string, with each number a link kept left to right inside right-to-left text', async () => {
		const page = await render(T, { props: { k: 'number-111', ...context } });
		const span = page.one('span');
		expect(span.attributes['lang']).toBeUndefined();
		expect(page.text()).toBe(filledText(rtl.strings['number-111']!.text, context.values));
		const link = page.one('a');
		expect(page.links()).toEqual([{ text: urgent.number, href: urgent.href }]);
		expect(link.attributes['dir']).toBe('ltr');
	});

	test('a number with no link (an option to choose) is isolated left to right too', async () => {
		const page = await render(T, { props: { k: 'number-111', ...context } });
		expect(page.all('bdi').every((isolated) => isolated.attributes['dir'] === 'ltr')).toBe(true);
		expect(page.all('bdi').length).toBeGreaterThan(0);
	});

	test("a string not translated for today's English shows the English, marked as English", async () => {
		const { 'page-title': _, ...strings } = rtl.strings;
		const page = await render(T, { props: { k: 'page-title', ...context, language: { ...rtl, strings } } });
		expect(page.text()).toBe(context.source['page-title']);
		expect(page.one('span').attributes).toMatchObject({ lang: 'en-GB', dir: 'ltr' });
	});
});
