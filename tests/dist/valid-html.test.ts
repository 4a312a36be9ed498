/**
 * Clean HTML on every built page: valid by the HTML standard (html-validate's "standard" rules, which hold what the
 * W3C checker reports: a <meta> without a name, a <style> in <body>, content where the standard does not allow
 * it...), and a meta description for search engines and link previews.
 */
import { HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { attribute, elements } from '../../src/lib/html.ts';
import { pages } from './built-site.ts';

const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

test('every built page is valid HTML', async () => {
	const problems: string[] = [];
	for (const { url, html } of pages()) {
		const report = await validator.validateString(html, url);
		for (const result of report.results) for (const message of result.messages) problems.push(`${url} ${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
	}
	expect(pages().length).toBeGreaterThan(300);
	expect(problems).toEqual([]);
	// About 12 s of work for 330 pages; a busy machine takes several times that.
}, 300_000);

test('the validator reports what the W3C checker faulted on these pages', async () => {
	const page = (head: string, body: string) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>x</title>${head}</head><body>${body}</body></html>`;
	expect((await validator.validateString(page('', '<p>x</p>'))).valid).toBe(true);
	expect((await validator.validateString(page('<meta data-pagefind-filter="topic[content]" content="Sleep">', '<p>x</p>'))).valid).toBe(false);
	expect((await validator.validateString(page('', '<p>x</p><style>p{}</style>'))).valid).toBe(false);
});

test('every built page has a meta description of its own words', () => {
	const described = pages().map((page) => {
		const meta = elements(page, 'meta').find((element) => attribute(element, 'name') === 'description');
		return { url: page.url, description: meta && attribute(meta, 'content') };
	});
	expect(described.filter(({ description }) => (description ?? '').length < 20).map(({ url }) => url)).toEqual([]);
	expect(described.filter(({ description }) => /undefined|\$\{|\[object/.test(description ?? '')).map(({ url }) => url)).toEqual([]);
});
