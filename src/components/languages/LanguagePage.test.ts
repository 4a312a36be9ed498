import { describe, expect, test } from 'vitest';
import { render } from '../../../tests/components/render.ts';
import { getTranslations } from '../../data/content.ts';
import { fullyChecked } from '../../lib/translations/strings.ts';
import LanguagePage from './LanguagePage.astro';

const { source, languages } = getTranslations();
const rtl = languages.find((language) => language.dir === 'rtl')!;
const ltr = languages.find((language) => language.dir === 'ltr')!;
const props = (language: typeof rtl) => ({
	language,
	kind: 'help' as const,
	titleKey: 'page-title',
	englishTitle: 'Get help now',
});

describe('LanguagePage', () => {
	test('the main content is in the language and its direction; the rest of the page stays English', async () => {
		const page = await render(LanguagePage, { props: props(rtl), slots: { default: '<p>…</p>' } });
		expect(page.one('html').attributes['lang']).toBe(rtl.lang);
		expect(page.one('body').attributes['lang']).toBe('en-GB');
		expect(page.one('main').attributes).toMatchObject({ lang: rtl.lang, dir: 'rtl' });
		expect(page.text('title')).toContain(`(${rtl.nativeName}) - Get help now in ${rtl.englishName}`);
		const ltrPage = await render(LanguagePage, { props: props(ltr) });
		expect(ltrPage.one('main').attributes).toMatchObject({ lang: ltr.lang, dir: 'ltr' });
	});

	test('links to all languages and the English page, marked as English', async () => {
		const page = await render(LanguagePage, { props: { ...props(rtl), kind: 'crisis-card' } });
		const links = page.one('.language-page__links');
		expect(links.attributes).toMatchObject({ lang: 'en-GB', dir: 'ltr' });
		expect(page.links('.language-page__links a').map((link) => link.href)).toEqual([
			'/help-in-your-language/',
			`/help-in-your-language/${rtl.slug}/`,
			'/safety-plan/crisis-card/',
		]);
		expect(page.all('link[hreflang]').length).toBe(languages.length + 2);
	});

	test('says a translation waits for a native speaker, until every string is checked', async () => {
		expect(fullyChecked(source, rtl)).toBe(false);
		const waiting = await render(LanguagePage, { props: props(rtl) });
		expect(waiting.text('[data-translation-notice]')).toContain(
			'This translation is waiting to be checked by a native speaker.',
		);
		const strings = Object.fromEntries(
			Object.entries(source).map(([key, en]) => [
				key,
				{ en, text: en, state: 'checked' as const, checkedBy: 'a fluent speaker', checkedOn: '2026-12-01' },
			]),
		);
		const checked = await render(LanguagePage, { props: props({ ...rtl, strings }) });
		expect(checked.all('[data-translation-notice]')).toEqual([]);
	});

	test('loads the font the language needs, where the site serves one', async () => {
		const withFont = languages.find((language) => language.font)!;
		const page = await render(LanguagePage, { props: props(withFont) });
		expect(page.all('link[rel="stylesheet"]').map((link) => link.attributes['href'])).toContain(
			`/fonts/${withFont.font}.css`,
		);
	});
});
