import { describe, expect, test } from 'vitest';
import { phoneOf, render } from '../../../tests/components/render.ts';
import { getTranslations, translationContext } from '../../data/content.ts';
import { planSections } from '../../lib/safety-plan/sections.ts';
import { filledText, translated } from '../../lib/translations/strings.ts';
import LanguageSafetyPlan from './LanguageSafetyPlan.astro';

const { languages } = getTranslations();
const rtl = languages.find((language) => language.dir === 'rtl')!;

describe('LanguageSafetyPlan', async () => {
	const urgent = await phoneOf('nhs-111-option-2');

	test("the English plan's steps in order, numbered, in the language, with lines to write on", async () => {
		const context = await translationContext(rtl);
		const words = (key: string) => filledText(translated(context.source, rtl, key).text, context.values);
		const page = await render(LanguageSafetyPlan, { props: { language: rtl } });
		expect(page.one('main').attributes).toMatchObject({ lang: rtl.lang, dir: 'rtl' });
		expect(page.text('h1')).toBe(words('plan-title'));
		expect(page.all('.plan-section h2').map((heading) => heading.attributes['id'])).toEqual(
			planSections.map((section) => `plan-${section.id}`),
		);
		expect(page.text('#plan-warning-signs')).toBe(`1. ${words('plan-warning-signs')}`);
		expect(page.all('.plan-section .write-lines').every((lines) => lines.attributes['aria-hidden'])).toBe(true);
	});

	test('the numbers to call are printed once, under the professionals step', async () => {
		const page = await render(LanguageSafetyPlan, { props: { language: rtl } });
		const inProfessionals = page.links('.plan-section[aria-labelledby="plan-professionals"] a');
		expect(inProfessionals.map((link) => link.href)).toContain(urgent.href);
		expect(page.links('main a').filter((link) => /^(tel|sms):/.test(link.href))).toEqual(inProfessionals);
	});
});
