import { describe, expect, test } from 'vitest';
import { render } from '../../../tests/components/render.ts';
import { getTranslations, translationContext } from '../../data/content.ts';
import { planCrisisLineIds } from '../../lib/safety-plan/sections.ts';
import TranslatedNumbers from './TranslatedNumbers.astro';

describe('TranslatedNumbers', () => {
	test('the numbers of the English plan, in the same order, in the language, each with a link to call', async () => {
		for (const language of getTranslations().languages.slice(0, 2)) {
			const page = await render(TranslatedNumbers, { props: await translationContext(language) });
			expect(page.all('li').map((item) => item.attributes['data-crisis-line'])).toEqual([...planCrisisLineIds]);
			expect(page.all('li').every((item) => item.children.length > 0)).toBe(true);
			expect(page.links().every((link) => /^(tel|sms):/.test(link.href))).toBe(true);
			expect(page.links().length).toBeGreaterThanOrEqual(planCrisisLineIds.length);
		}
	});
});
