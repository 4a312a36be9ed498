/**
 * `npm run measure:js -- [/page/path/]` (after a build): the JavaScript one built page loads, file by file,
 * gzipped: its inline scripts, its module scripts, its islands' component and renderer files, and every file those
 * import (static and dynamic imports). Figures for notes, not a test. Defaults to the safety plan you can fill in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { attribute, elements, innerSource, parseHtml } from '../src/lib/html.ts';

const distDir = join(import.meta.dirname, '..', 'dist');
const pagePath = process.argv[2] ?? '/safety-plan/fill-in/';
const page = parseHtml(readFileSync(join(distDir, pagePath, 'index.html'), 'utf8'));
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

const rows: { file: string; bytes: number; gzip: number }[] = [];
const scripts = elements(page, 'script');
const inline = scripts
	.filter((script) => attribute(script, 'src') === undefined)
	.map((script) => innerSource(page, script))
	.filter((code) => code.trim());
inline.forEach((code, index) =>
	rows.push({ file: `(inline script ${index + 1} in the HTML)`, bytes: Buffer.byteLength(code), gzip: gz(code) }),
);

const seen = new Set<string>();
const queue = [
	...[
		...scripts.map((script) => attribute(script, 'src')),
		...elements(page).flatMap((element) => [attribute(element, 'component-url'), attribute(element, 'renderer-url')]),
	].filter((url): url is string => url !== undefined && /^\/_astro\/[^?#]+\.js$/.test(url)),
	...inline.flatMap((code) =>
		[...code.matchAll(/(?:from|import)\s*\(?\s*["'`](\/_astro\/[^"'`]+\.js)["'`]/g)].map((m) => m[1]!),
	),
];
while (queue.length > 0) {
	const url = queue.shift()!;
	if (seen.has(url)) continue;
	seen.add(url);
	const file = join(distDir, url);
	if (!existsSync(file)) continue;
	const code = readFileSync(file);
	rows.push({ file: url, bytes: code.length, gzip: gz(code) });
	for (const m of code.toString('utf8').matchAll(/(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g))
		queue.push(posix.join(dirname(url), m[1]!));
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`JavaScript on ${pagePath} (gzip level 9):`);
for (const row of rows) console.log(`  ${kb(row.gzip).padStart(9)} gz  ${kb(row.bytes).padStart(9)} raw  ${row.file}`);
console.log(`  ${kb(rows.reduce((sum, row) => sum + row.gzip, 0)).padStart(9)} gz  total`);
