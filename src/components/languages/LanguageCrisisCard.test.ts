import { describe, expect, test } from 'vitest';
import { phoneOf, render } from '../../../tests/components/render.ts';
import { getTranslations, translationContext } from '../../data/content.ts';
import { filledText, translated } from '../../lib/translations/strings.ts';
import LanguageCrisisCard from './LanguageCrisisCard.astro';

const { languages } = getTranslations();
const rtl = languages.find((language) => language.dir === 'rtl')!;
const ltr = languages.find((language) => language.dir === 'ltr')!;

describe('LanguageCrisisCard', async () => {
	const emergency = await phoneOf('emergency');

	test('the card in the language and its direction: its heading, lines to write on, and the numbers to call', async () => {
		for (const language of [rtl, ltr]) {
			const context = await translationContext(language);
			const words = (key: string) => filledText(translated(context.source, language, key).text, context.values);
			const page = await render(LanguageCrisisCard, { props: { language } });
			expect(page.one('main').attributes).toMatchObject({ lang: language.lang, dir: language.dir });
			expect(page.text('h1')).toBe(words('card-link'));
			expect(page.all('.crisis-card__heading').map((heading) => heading.children.length > 0)).toEqual([true, true]);
			expect(page.text('main')).toContain(words('card-heading'));
			expect(page.all('.crisis-card__write .write-line').every((line) => line.attributes['aria-hidden'])).toBe(true);
			expect(page.links('main a').map((link) => link.href)).toContain(emergency.href);
		}
	});
});
