import { describe, expect, test } from 'vitest';
import { isHidden, render } from '../../tests/components/render.ts';
import { exitUrl } from '../lib/site.ts';
import ExitThisPage from './ExitThisPage.astro';

describe('ExitThisPage', () => {
	test('a plain link away from the site that works without JavaScript, leaking nothing', async () => {
		const page = await render(ExitThisPage);
		const link = page.one('a');
		expect(page.links()).toEqual([{ text: 'Emergency Exit this page', href: exitUrl }]);
		expect(link.attributes['rel']).toBe('nofollow noreferrer');
		expect(page.one('aside').attributes['aria-label']).toBe('Exit this page');
	});

	test('the Shift hint stays hidden until the script shows it', async () => {
		const page = await render(ExitThisPage);
		const hint = page.one('[data-exit-hint]');
		expect(page.text('[data-exit-hint]')).toBe('or press Shift 3 times');
		expect(isHidden(hint)).toBe(true);
		expect(isHidden(page.one('a'))).toBe(false);
	});
});
