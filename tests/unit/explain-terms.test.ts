/** Glossary terms in guides are explained by a plugin over the Markdown document tree, with the same logic as service pages. */
import { readFileSync } from 'node:fs';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/integrations/content/load.ts';
import { explainableTerms, explainFirstUses, type TermEntry } from '../../src/lib/glossary-terms.ts';
import { explainTermsPlugin } from '../../src/lib/markdown/explain-terms.ts';
import { attribute, elements, parseHtml } from '../../src/lib/html.ts';

const entries: TermEntry[] = [
	{ id: 'gp', term: 'GP', standsFor: 'general practitioner', definition: 'Your family doctor.' },
	{ id: 'a-and-e', term: 'A&E', standsFor: 'accident and emergency', definition: 'The hospital emergency department.' },
];

/** Renders Markdown as Astro does for a guide (smart punctuation on), returning the HTML and the explained ids. */
async function render(markdown: string, terms: readonly TermEntry[] = entries) {
	const data = {
		astro: {
			frontmatter: {} as Record<string, unknown>,
			headings: [],
			localImagePaths: new Set<string>(),
			remoteImagePaths: new Set<string>(),
		},
	};
	const { html } = await markdownToHtml(markdown, {
		hastPlugins: [explainTermsPlugin(terms)],
		data,
		features: { smartPunctuation: true },
	});
	return { html: html.trim(), explained: data.astro.frontmatter['explainedTerms'] };
}

const gpTerm =
	'<a class="term" href="/glossary/#gp"><abbr title="general practitioner">GP</abbr> <span class="term__expansion">(general practitioner)</span></a>';

describe('the explain-terms Markdown plugin', () => {
	test('explains the first use in text, not in headings, links or code, and only once', async () => {
		const { html, explained } = await render(
			'## See your GP\n\nTalk to your [GP](/x) or `GP`, or a GP nurse.\n\nYour GP again.',
		);
		expect(html).toBe(
			`<h2>See your GP</h2>\n<p>Talk to your <a href="/x">GP</a> or <code>GP</code>, or a ${gpTerm} nurse.</p>\n<p>Your GP again.</p>`,
		);
		expect(explained).toEqual(['gp']);
	});

	test('explains "A&E", however the Markdown writes the ampersand', async () => {
		for (const markdown of ['Go to A&E now.', 'Go to A&amp;E now.', 'Go to A&#38;E now.']) {
			const { html, explained } = await render(markdown);
			expect(html, markdown).toContain(
				'<a class="term" href="/glossary/#a-and-e"><abbr title="accident and emergency">A&amp;E</abbr>',
			);
			expect(explained).toEqual(['a-and-e']);
		}
	});

	test('explains inside emphasis and list items, in document order', async () => {
		const { html, explained } = await render('- Call *999 or go to A&E*.\n- Ask a GP.\n');
		expect(html).toContain('<em>999 or go to <a class="term"');
		expect(explained).toEqual(['a-and-e', 'gp']);
	});

	test('each document starts afresh', async () => {
		const plugin = explainTermsPlugin(entries);
		const once = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [plugin] })).html;
		expect(await once('A GP.')).toContain('class="term"');
		expect(await once('A GP.')).toContain('class="term"');
	});

	test('gives the same pieces as service pages, which use the same term-finding function', () => {
		const pieces = explainFirstUses('Ask a GP or go to A&E.', entries, new Set());
		expect(pieces).toEqual([
			'Ask a ',
			{ text: 'GP', id: 'gp', title: 'general practitioner' },
			' or go to ',
			{ text: 'A&E', id: 'a-and-e', title: 'accident and emergency' },
			'.',
		]);
	});
});

describe('the guides', () => {
	const terms = explainableTerms(loadContent().glossary);
	const { guides } = loadContent();
	// Headings are left alone, so only guides that mention A&E in their text.
	const withAandE = guides.filter((guide) =>
		guide.body.split('\n').some((line) => !line.startsWith('#') && line.includes('A&E')),
	);

	test('most guides mention A&E in their text', () => {
		expect(withAandE.length).toBeGreaterThanOrEqual(10);
	});

	test.each(withAandE.map((guide) => [guide.slug, guide] as const))(
		'%s explains A&E at its first use',
		async (_slug, guide) => {
			const { html, explained } = await render(readFileSync(guide.path, 'utf8'), terms);
			expect(explained).toContain('a-and-e');
			const links = elements(parseHtml(html), 'a').filter((link) => attribute(link, 'href') === '/glossary/#a-and-e');
			expect(links).toHaveLength(1);
		},
	);
});
