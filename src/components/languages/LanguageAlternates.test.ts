import { describe, expect, test } from 'vitest';
import { render } from '../../../tests/components/render.ts';
import { getTranslations } from '../../data/content.ts';
import LanguageAlternates from './LanguageAlternates.astro';

const { languages } = getTranslations();

describe('LanguageAlternates', () => {
	test('links the English page and every language version to each other, with English as the default', async () => {
		const page = await render(LanguageAlternates, { props: { kind: 'help' } });
		const links = page.all('link').map((link) => [link.attributes['hreflang'], link.attributes['href']]);
		expect(links).toEqual([
			['en-GB', 'http://localhost:4321/urgent-help/'],
			...languages.map((language) => [language.lang, `http://localhost:4321/help-in-your-language/${language.slug}/`]),
			['x-default', 'http://localhost:4321/urgent-help/'],
		]);
		expect(page.all('link').every((link) => link.attributes['rel'] === 'alternate')).toBe(true);
	});

	test("the crisis card's versions are the language pages' crisis cards", async () => {
		const page = await render(LanguageAlternates, { props: { kind: 'crisis-card' } });
		const hrefs = page.all('link').map((link) => link.attributes['href']);
		expect(hrefs[0]).toBe('http://localhost:4321/safety-plan/crisis-card/');
		expect(hrefs[1]).toBe(`http://localhost:4321/help-in-your-language/${languages[0]!.slug}/crisis-card/`);
	});
});
