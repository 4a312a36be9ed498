/**
 * Nothing internal reaches a public page: the notes kept for the content team (source line and row numbers,
 * "not named in our sources", lost links, open questions, doubts about a number) stay in `npm run content:review`.
 */
import { describe, expect, test } from 'vitest';
import { parseHtml, readable, textOf, type HtmlPage } from '../../src/lib/html.ts';
import { pages } from './built-site.ts';

/** What an internal note looks like. The plan editor's own labels ("…, line 1", "Remove line 1") are not notes. */
const internalNotes: { what: string; pattern: RegExp }[] = [
	{ what: 'a source line number', pattern: /(?<!, |Remove )\blines? \d+/i },
	{ what: 'a source row number', pattern: /\brows? \d+/i },
	{ what: 'a spreadsheet column', pattern: /\bcolumn [A-Z]\b/ },
	{ what: 'a seed document name', pattern: /\bseed[- ]?\d{3}\b/i },
	{ what: 'a working file name', pattern: /service-tables|at-a-glance\.yaml|web-contacts\.json/i },
	{ what: '"not named in our sources"', pattern: /not named in our sources/i },
	{ what: 'a lost-link note', pattern: /our source had a link|lost link|search online for/i },
	{ what: 'an open question', pattern: /open questions?\b/i },
	{ what: 'doubt cast on a number', pattern: /we are checking this number|does not list this number/i },
	{ what: 'a to-do note', pattern: /\b(TODO|FIXME|XXX)\b/ },
];

/** The words a person reads: scripts and styles left out, each element's words apart from the next's. */
function readableText(page: string | HtmlPage): string {
	return readable(textOf(typeof page === 'string' ? parseHtml(page) : page, { apart: true }));
}

describe('every built page, read from dist/', () => {
	test('no page shows an internal note meant for the content team', () => {
		const found: string[] = [];
		for (const page of pages()) {
			const { url } = page;
			const text = readableText(page);
			for (const { what, pattern } of internalNotes) {
				const match = pattern.exec(text);
				if (match) found.push(`${url}: ${what}: "…${text.slice(Math.max(0, match.index - 40), match.index + 40).trim()}…"`);
			}
		}
		expect(found).toEqual([]);
	});

	test('the check finds a note written as the old pages wrote it', () => {
		const old = readableText('<p>Provided by Not named in our sources</p><p>(line 24; route cells read one column left, see service-tables.json)</p><p>Link in the unlabelled referral-route column O (row 19)</p>');
		const caught = internalNotes.filter(({ pattern }) => pattern.test(old)).map(({ what }) => what);
		expect(caught).toEqual(expect.arrayContaining(['a source line number', 'a source row number', 'a spreadsheet column', 'a working file name', '"not named in our sources"']));
		expect(internalNotes.some(({ pattern }) => pattern.test(readableText('<label>My warning signs and triggers, line 1</label>')))).toBe(false);
	});
});
