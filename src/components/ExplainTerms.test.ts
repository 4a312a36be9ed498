import { describe, expect, test } from 'vitest';
import { render } from '../../tests/components/render.ts';
import { getGlossary } from '../data/content.ts';
import { termHref } from '../lib/glossary-terms.ts';
import ExplainTerms from './ExplainTerms.astro';

const gp = (await getGlossary()).find((entry) => entry.term === 'GP')!;

describe('ExplainTerms', () => {
	test('a glossary abbreviation is explained once, at its first use, with a link to its entry', async () => {
		const page = await render(ExplainTerms, {
			slots: { default: '<p>Ask your GP for a referral.</p><p>Your GP can also tell you what happens next.</p>' },
		});
		expect(page.links()).toEqual([{ text: `GP (${gp.standsFor})`, href: termHref(gp.id) }]);
		expect(page.one('abbr').attributes['title']).toBe(gp.standsFor);
		expect(page.text('p:first-child')).toBe(`Ask your GP (${gp.standsFor}) for a referral.`);
		expect(page.text('p:last-child')).toBe('Your GP can also tell you what happens next.');
	});

	test('turned off, for a page in another language: the content as it is', async () => {
		const html = '<p>Ask your GP for a referral.</p>';
		const page = await render(ExplainTerms, { props: { enabled: false }, slots: { default: html } });
		expect(page.text()).toBe('Ask your GP for a referral.');
		expect(page.all('a')).toEqual([]);
	});

	test('terms stay plain inside a React island and a line marked data-plain-terms; the next use is explained', async () => {
		const html =
			'<astro-island><p>Ask your GP.</p></astro-island><p data-plain-terms>Or your GP.</p><p>Then your GP.</p>';
		const page = await render(ExplainTerms, { slots: { default: html } });
		expect(page.text('astro-island')).toBe('Ask your GP.');
		expect(page.text('[data-plain-terms]')).toBe('Or your GP.');
		expect(page.links()).toEqual([{ text: `GP (${gp.standsFor})`, href: termHref(gp.id) }]);
	});

	test('a term already explained is written back as plain text once, with its ampersand as it was ("A&E")', async () => {
		const term =
			'<a class="term" href="/glossary/#a-and-e"><abbr title="accident and emergency">A&amp;E</abbr> <span class="term__expansion">(accident and emergency)</span></a>';
		const page = await render(ExplainTerms, {
			slots: { default: `<p>Go to ${term} now.</p><p>Or go to ${term} later.</p>` },
		});
		expect(page.text('p:last-child')).toBe('Or go to A&E later.');
		expect(page.html).toContain('Or go to A&amp;E later.');
		expect(page.html).not.toContain('&amp;amp;');
	});
});
