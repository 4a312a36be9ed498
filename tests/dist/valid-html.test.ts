/**
 * Clean HTML on every built page: valid by the HTML standard (html-validate's "standard" rules, which hold what the
 * W3C checker reports: a <meta> without a name, a <style> in <body>, content where the standard does not allow
 * it...), and a meta description for search engines and link previews.
 */
import { HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { decodeText, pages } from './built-site.ts';

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
	const without = pages()
		.filter(({ html }) => !/<meta name="description" content="[^"]{20,}"/.test(html))
		.map(({ url }) => url);
	expect(without).toEqual([]);
	const descriptions = pages().map(({ html }) => decodeText(html.match(/<meta name="description" content="([^"]*)"/)![1]!));
	expect(descriptions.filter((text) => /undefined|\$\{|\[object/.test(text))).toEqual([]);
});
