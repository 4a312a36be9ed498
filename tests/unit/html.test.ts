/** The HTML reader the build steps and the dist/ checks share: elements, attributes, text, and exact source bytes. */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { collectInlineHashes, inlineScripts, inlineStyles, sha256Source } from '../../src/lib/hosting/csp.ts';
import { attribute, elements, innerSource, parseHtml, textOf } from '../../src/lib/html.ts';

/** Inline code with everything a careless reader would change: markup-like strings, entities, comments, CRLF, tabs. */
const script =
	'\r\n\tconst a = "<div class=\\"x\\">&amp; &lt;/div>";\n\t// <!-- not a comment -->\n\tif (1 < 2 && 3 > 2) console.log(\'</p>\', `<a href="/">`);\n';
const style = '\n  .a > .b::after { content: "&gt; <b>"; }\r\n';
const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${style}</style></head><body><p title="Tom &amp; Jerry">A &amp; B&#39;s <b>bold</b></p><script>${script}</script><script type="application/ld+json">{"a":1}</script><script type="module" src="/x.js"></script></body></html>`;

describe('reading HTML with the parser', () => {
	test('an inline script and style come out byte for byte as written, so their hashes match the file', () => {
		expect(inlineScripts(page)).toEqual([script]);
		expect(inlineStyles(page)).toEqual([style]);
		const sha = (text: string) => `'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`;
		expect(collectInlineHashes([page])).toEqual({ scripts: [sha(script)], styles: [sha(style)] });
		expect(sha256Source(script)).toBe(sha(script));
	});

	test('attributes and text come out decoded, scripts and styles left out of the words', () => {
		const parsed = parseHtml(page);
		const [paragraph] = elements(parsed, 'p');
		expect(attribute(paragraph!, 'title')).toBe('Tom & Jerry');
		expect(textOf(paragraph!)).toBe("A & B's bold");
		expect(textOf(parsed)).toBe("A & B's bold");
		expect(innerSource(parsed, elements(parsed, 'script')[1]!)).toBe('{"a":1}');
	});
});
