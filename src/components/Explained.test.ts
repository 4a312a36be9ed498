import { describe, expect, test } from 'vitest';
import { render } from '../../tests/components/render.ts';
import { getGlossary } from '../data/content.ts';
import { explainableTerms, termHref } from '../lib/glossary-terms.ts';
import Explained from './Explained.astro';

const terms = explainableTerms(await getGlossary());
const gp = terms.find((term) => term.term === 'GP')!;

describe('Explained', () => {
	test('the first use of an abbreviation links to the jargon buster and says what it stands for', async () => {
		const page = await render(Explained, { props: { text: 'Ask your GP.', terms, explained: new Set<string>() } });
		expect(page.text()).toBe(`Ask your GP (${gp.standsFor}).`);
		expect(page.links()).toEqual([{ text: `GP (${gp.standsFor})`, href: termHref(gp.id) }]);
		expect(page.one('abbr').attributes['title']).toBe(gp.standsFor);
	});

	test('a term already explained on the page is left as it is; words that only contain it are not terms', async () => {
		const explained = new Set<string>([gp.id]);
		const page = await render(Explained, { props: { text: 'Ask your GP about the gap.', terms, explained } });
		expect(page.text()).toBe('Ask your GP about the gap.');
		expect(page.all('a')).toEqual([]);
	});

	test('text with no terms is unchanged', async () => {
		const page = await render(Explained, {
			props: { text: 'Talk to someone you trust.', terms, explained: new Set<string>() },
		});
		expect(page.html).toBe('Talk to someone you trust.');
	});
});
