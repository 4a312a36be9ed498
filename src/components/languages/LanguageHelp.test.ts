import { describe, expect, test } from 'vitest';
import { phoneOf, render, textOf } from '../../../tests/components/render.ts';
import { getTranslations, translationContext } from '../../data/content.ts';
import { filledText, translated } from '../../lib/translations/strings.ts';
import { languagePagePath } from '../../lib/translations/pages.ts';
import LanguageHelp from './LanguageHelp.astro';

const { languages } = getTranslations();
const rtl = languages.find((language) => language.dir === 'rtl')!;
const ltr = languages.find((language) => language.dir === 'ltr')!;

async function words(language: typeof rtl, key: string): Promise<string> {
	const context = await translationContext(language);
	return filledText(translated(context.source, language, key).text, context.values);
}

describe('LanguageHelp', async () => {
	const emergency = await phoneOf('emergency');
	const urgent = await phoneOf('nhs-111-option-2');

	test('help now in the language and its direction, with 999 and 111 as links to call', async () => {
		for (const language of [rtl, ltr]) {
			const page = await render(LanguageHelp, { props: { language } });
			expect(page.one('main').attributes).toMatchObject({ lang: language.lang, dir: language.dir });
			expect(page.text('h1')).toBe(await words(language, 'page-title'));
			expect(page.text('.care-card--emergency h2')).toBe(await words(language, 'emergency-heading'));
			expect(page.links('.care-card--emergency a').map((link) => link.href)).toContain(emergency.href);
			expect(page.links('.care-card--urgent a').map((link) => link.href)).toContain(urgent.href);
		}
	});

	test("links to the language's crisis card and safety plan, and to the English page marked as English", async () => {
		const page = await render(LanguageHelp, { props: { language: rtl } });
		expect(page.links('.guide-list a').map((link) => link.href)).toEqual([
			languagePagePath('crisis-card', rtl.slug),
			languagePagePath('safety-plan', rtl.slug),
		]);
		const englishLink = await words(rtl, 'site-english-link');
		const english = page.all('main a').find((link) => textOf(link) === englishLink)!;
		expect(english.attributes).toMatchObject({ href: '/urgent-help/', hreflang: 'en-GB' });
		expect(page.all('.language-lines li')).toHaveLength(4);
	});
});
