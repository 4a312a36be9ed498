/**
 * Words a person can act on, checked on every built page's main content (see wording-rules.ts for what each
 * rule reads): each thing said once, jargon explained where it is first read, "they" never standing for the wrong
 * person, and no note meant for the content team.
 */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/integrations/content/load.ts';
import { explainableTerms, explainTermsInHtml } from '../../src/lib/glossary-terms.ts';
import { pages } from './built-site.ts';
import { elements, hasClass, parseHtml } from '../../src/lib/html.ts';
import { smsHref, telHref } from '../../src/base/phone.ts';
import {
	doubledExpansions,
	internalNotes,
	mainText,
	repeatedContacts,
	repeatedSentences,
	unclearThey,
	unexplainedTerms,
	type MainText,
} from './wording-rules.ts';

const read = pages().map(({ url, html }) => ({ url, text: mainText(html) }));

function everyPage(check: (text: MainText) => string[]): string[] {
	return read.flatMap(({ url, text }) => check(text).map((problem) => `${url}: ${problem}`));
}

describe('words on every built page', () => {
	test('the rule reads every page\'s main content', () => {
		expect(read.length).toBeGreaterThan(300);
		expect(read.filter(({ text }) => text.blocks.length === 0).map(({ url }) => url)).toEqual([]);
	});

	test('no sentence of 5 or more words is said twice in a page\'s main content', () => {
		expect(everyPage(repeatedSentences)).toEqual([]);
	});

	test('no abbreviation is expanded twice, or inside another expansion', () => {
		expect(everyPage((text) => doubledExpansions(text.flat))).toEqual([]);
	});

	test('"They can refer you" only follows a sentence about the service', () => {
		expect(everyPage((text) => unclearThey(text.blocks))).toEqual([]);
	});

	test('every glossary abbreviation is explained where a person first reads it', () => {
		expect(everyPage(unexplainedTerms)).toEqual([]);
	});

	test('no note to the content team in public words', () => {
		expect(everyPage((text) => internalNotes(text.flat))).toEqual([]);
	});

	test('no text is escaped twice, which a person would read as "A&amp;E"', () => {
		expect(pages().filter(({ html }) => /&amp;(?:amp|lt|gt|quot|#\d+);/.test(html)).map(({ url }) => url)).toEqual([]);
	});

	// A crisis line's number may be called or texted ("text 999", "text the word register to 999").
	test('each contact is given once in a page\'s main content (the crisis lines aside)', () => {
		const lineLinks = new Set(
			loadContent().crisisLines.flatMap((line) =>
				line.contacts.flatMap((contact) =>
					contact.kind === 'phone'
						? [telHref(contact.number), smsHref(contact.number)]
						: contact.kind === 'text'
							? [smsHref(contact.number, contact.keyword), smsHref(contact.number)]
							: [],
				),
			),
		);
		expect(pages().flatMap(({ url, html }) => repeatedContacts(html, lineLinks).map((problem) => `${url}: ${problem}`))).toEqual([]);
	});
});

describe('the rules find the faults as the pages once had them', () => {
	const old = mainText(
		'<main><p>CAMHS can help. Your GP can refer you.</p>' +
			'<p>NHS 111 can help any time. They can refer you.</p>' +
			'<p>ECT (electroconvulsive therapy) (electroconvulsive therapy)</p>' +
			'<ul><li>For people already supported by this team, and their carers.</li><li>For people already supported by this team, and their carers.</li></ul>' +
			'<p>Age: No age limit given. The times are not given.</p></main>',
	);
	test('each rule catches its fault', () => {
		expect(repeatedSentences(old)).toEqual(['2x "for people already supported by this team, and their carers"']);
		expect(doubledExpansions(old.flat)).toEqual(['(electroconvulsive therapy) (electroconvulsive therapy)']);
		expect(unclearThey(old.blocks)).toEqual(['"NHS 111 can help any time. They can refer you."']);
		expect(unexplainedTerms(old).map((problem) => problem.split(':')[0])).toEqual(['CAMHS', 'GP']);
		expect(internalNotes(old.flat)).toHaveLength(2);
		const labelAndSentence = mainText(
			'<main><ul><li>You can call for yourself or for someone else</li></ul><p>The call is free. You can call for yourself or for someone else.</p><h2>Ways to get help with money worries</h2></main>',
		);
		expect(repeatedSentences(labelAndSentence)).toEqual(['2x "you can call for yourself or for someone else"']);
		const contact = '<a href="tel:+441162953060">0116 295 3060</a>';
		const servicePage = `<main><h2>How to get support</h2><p>Call ${contact}.</p><h2>Contact</h2><p>${contact}</p></main>`;
		expect(repeatedContacts(servicePage, new Set())).toEqual(['2x tel:+441162953060']);
		expect(repeatedContacts(servicePage, new Set(['tel:+441162953060']))).toEqual([]);
	});

	test('the same card twice in a list is not one page saying a thing twice; a card saying it twice is', () => {
		const card = '<li data-service="a"><p>Parents and carers can text them.</p></li>';
		expect(repeatedSentences(mainText(`<main><ul>${card}${card}</ul></main>`))).toEqual([]);
		expect(
			repeatedSentences(mainText(`<main><ul><li data-service="a"><p>Parents and carers can text them. Parents and carers can text them.</p></li></ul></main>`)),
		).toHaveLength(1);
	});
});

describe('jargon explained once on a page, whichever component wrote it', () => {
	const terms = explainableTerms(loadContent().glossary);
	test('the first use in running text is explained, later term links become plain words, headings stay names', () => {
		const html = explainTermsInHtml(
			'<h2>CAMHS</h2><p>Ask your <a href="/x">GP</a> or CAMHS &amp; A&amp;E.</p><p><a class="term" href="/glossary/#camhs"><abbr title="x">CAMHS</abbr> <span class="term__expansion">(x)</span></a> again.</p><script>if (a < b) CAMHS()</script>',
			terms,
		);
		expect(html).toContain('<h2>CAMHS</h2>');
		expect(html).toContain('<a href="/x">GP</a>');
		expect(elements(parseHtml(html), 'a').filter((link) => hasClass(link, 'term'))).toHaveLength(2);
		expect(html).toContain('<p>CAMHS again.</p>');
		expect(html).toContain('<script>if (a < b) CAMHS()</script>');
		expect(unexplainedTerms(mainText(`<main>${html}</main>`))).toEqual([]);
	});

	test('never explains twice, or inside brackets', () => {
		const spelled = explainTermsInHtml('<p>ECT (electroconvulsive therapy) and electroconvulsive therapy (ECT). A line (for PAUSE).</p>', terms);
		expect(spelled).not.toContain('class="term"');
		expect(doubledExpansions(mainText(`<main>${spelled}</main>`).flat)).toEqual([]);
	});
});

test('a term defined on the page (the jargon buster) is not explained again in its own definition', () => {
	const terms = explainableTerms(loadContent().glossary);
	const html = explainTermsInHtml(
		'<dl><dt><dfn>CAMHS</dfn><span> (Child and Adolescent Mental Health Services)</span></dt><dd>CAMHS helps children.</dd></dl>',
		terms,
	);
	expect(html).not.toContain('class="term"');
});
