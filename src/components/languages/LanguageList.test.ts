import { describe, expect, test } from 'vitest';
import { phoneOf, render } from '../../../tests/components/render.ts';
import { getTranslations } from '../../data/content.ts';
import { languagePagePath } from '../../lib/translations/pages.ts';
import LanguageList from './LanguageList.astro';

const { languages } = getTranslations();

describe('LanguageList', async () => {
	const urgent = await phoneOf('nhs-111-option-2');

	test('each language a link to its page, named in its own script and direction, then in English', async () => {
		const page = await render(LanguageList);
		expect(page.text('h1')).toBe('Help in your language');
		expect(page.links('.language-list a')).toEqual(
			languages.map((language) => ({
				text: `${language.nativeName} (${language.englishName})`,
				href: languagePagePath('help', language.slug),
			})),
		);
		expect(page.all('.language-list a span').map((name) => [name.attributes['lang'], name.attributes['dir']])).toEqual(
			languages.map((language) => [language.lang, language.dir]),
		);
	});

	test('how to ask for an interpreter through 111, and the Easy Read pages', async () => {
		const page = await render(LanguageList);
		expect(page.links('main a').map((link) => link.href)).toContain(urgent.href);
		expect(page.text('main')).toContain('tell them the language you want to speak, in English.');
		expect(page.links('.guide-list a')).toEqual([
			{ text: 'Get help now: Easy Read', href: '/easy-read/urgent-help/' },
			{ text: 'My safety plan: Easy Read', href: '/easy-read/safety-plan/' },
		]);
	});
});
