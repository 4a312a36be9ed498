import { describe, expect, test } from 'vitest';
import { render } from '../../../tests/components/render.ts';
import StartPage from './StartPage.astro';

describe('StartPage', () => {
	test('says what the questions are for, and Start now goes to the first question: is anyone in danger?', async () => {
		const page = await render(StartPage, { path: '/which-service/' });
		expect(page.text('h1')).toBe('Find the right support');
		expect(page.links('main a')).toEqual([{ text: 'Start now', href: '/which-service/danger/' }]);
		expect(page.text('main')).toContain('It is anonymous. We do not store your answers.');
		expect(page.text('main')).toContain('This is not a medical assessment.');
		expect(page.one('main').attributes['data-pagefind-body']).toBe('');
	});
});
