import { describe, expect, test } from 'vitest';
import { render, textOf } from '../../../tests/components/render.ts';
import QuestionPage from './QuestionPage.astro';

const question = {
	question: 'Where do you live?',
	back: '/which-service/me/',
	options: [
		{ href: '/which-service/me/18-to-25/leicester/', label: 'Leicester', hint: 'The city' },
		{ href: '/which-service/me/18-to-25/not-sure/', label: "I'm not sure" },
	],
};

describe('QuestionPage', () => {
	test('one question as the page heading and title, each answer a link to the next page, and Back', async () => {
		const page = await render(QuestionPage, { props: question });
		expect(page.text('h1')).toBe('Where do you live?');
		expect(page.text('title')).toMatch(/^Where do you live\? - /);
		expect(page.links('main a').map((link) => link.href)).toEqual([
			'/which-service/me/',
			'/which-service/me/18-to-25/leicester/',
			'/which-service/me/18-to-25/not-sure/',
		]);
		expect(page.text('.back-link')).toBe('Back');
		expect(page.all('.choice__label').map(textOf)).toEqual(['Leicester', "I'm not sure"]);
		expect(page.text('.choice__hint')).toBe('The city');
		expect(page.one('ul.choices').attributes['aria-labelledby']).toBe('question');
	});

	test('a hint under the question and a note under the answers, when given', async () => {
		const page = await render(QuestionPage, {
			props: { ...question, hint: 'We ask to find local help.', note: 'Why we ask.' },
		});
		expect(page.text('.hint')).toBe('We ask to find local help.');
		expect(page.text('.meta')).toBe('Why we ask.');
		expect(page.one('meta[name="description"]').attributes['content']).toBe(
			'Where do you live? We ask to find local help.',
		);
		const plain = await render(QuestionPage, { props: question });
		expect(plain.all('.hint')).toEqual([]);
		expect(plain.all('.meta')).toEqual([]);
	});
});
