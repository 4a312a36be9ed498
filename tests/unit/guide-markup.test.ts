/** Guides are content, not code: raw HTML, event handlers, links that run code and images from other sites are refused, by line. */
import { describe, expect, test } from 'vitest';
import { checkContentFiles, contentFolderFiles } from '../../src/integrations/content/load.ts';
import { guideMarkupProblems, isLocalImage, isSafeLink } from '../../src/lib/content/guide-markup.ts';
import { formatProblem } from '../../src/lib/content/check.ts';

const file = 'content/guides/example.md';
const front = '---\ntitle: Example\n---\n\n';
/** The problems for a body placed after three lines of frontmatter and a blank line, so the body starts on line 5. */
const check = (body: string) => guideMarkupProblems(file, front + body).map(formatProblem);

describe('guide Markdown', () => {
	test('plain Markdown with safe links and a local image passes', () => {
		const body = [
			'## What it can feel like',
			'',
			'Call [Samaritans](tel:116123), email [us](mailto:a@example.org), see [NHS](https://www.nhs.uk/) or [a guide](/self-help/sleep/).',
			'Go to A&E if a life is at risk. [Jump](#help). ![A calm picture](/images/calm.png) ![Also local](calm.png)',
			'',
			'[nhs]: https://www.nhs.uk/',
		].join('\n');
		expect(check(body)).toEqual([]);
	});

	test.each([
		['a script', 'Text.\n\n<script>alert(1)</script>\n', 'line 7: has a <script> in raw HTML'],
		[
			'an event handler',
			'Some <img src="/x.png" onerror="alert(1)"> text.\n',
			'line 5: has an event handler (onerror) in raw HTML',
		],
		['an event handler in upper case', '<div ONCLICK="x()">Hi</div>\n', 'line 5: has an event handler (onclick)'],
		['any other raw HTML', 'A <b>bold</b> word.\n', 'line 5: has raw HTML: <b>'],
		[
			'an HTML comment (an internal note would be published)',
			'<!-- check this number -->\n',
			'line 5: has an HTML comment',
		],
		['a javascript: link', 'A [link](javascript:alert(1)).\n', 'line 5: links to "javascript:alert(1)"'],
		['a javascript: link with a tab and capitals', 'A [link](<JAVA\tSCRIPT:alert(1)>).\n', 'line 5: links to'],
		['a data: link', 'A [link](data:text/html,hi).\n', 'line 5: links to "data:text/html,hi"'],
		[
			'a javascript: reference definition',
			'A [link][x].\n\n[x]: javascript:alert(1)\n',
			'line 7: defines a link to "javascript:alert(1)"',
		],
		[
			'a remote image',
			'![x](https://tracker.example/pixel.png)\n',
			'line 5: shows an image from another site ("https://tracker.example/pixel.png")',
		],
		['a protocol-relative image', '![x](//tracker.example/pixel.png)\n', 'line 5: shows an image from another site'],
		[
			'a remote image by reference',
			'Text.\n\n![x][pic]\n\n[pic]: https://tracker.example/p.png\n',
			'line 7: shows an image from another site',
		],
	])('%s is refused, with its line', (_name, body, expected) => {
		const problems = check(body);
		expect(problems.length, problems.join('\n')).toBeGreaterThan(0);
		expect(problems[0]).toContain(`${file}: ${expected}`);
	});

	test('Windows line endings give the same line numbers', () => {
		const body = 'One.\n\nTwo <b>x</b>.\n';
		expect(guideMarkupProblems(file, (front + body).replace(/\n/g, '\r\n'))).toEqual(
			guideMarkupProblems(file, front + body),
		);
	});

	test('link and image address rules', () => {
		expect(isSafeLink('https://www.nhs.uk/')).toBe(true);
		expect(isSafeLink('/urgent-help/')).toBe(true);
		expect(isSafeLink(' javascript:alert(1)')).toBe(false);
		expect(isSafeLink('vbscript:x')).toBe(false);
		expect(isLocalImage('/images/a.png')).toBe(true);
		expect(isLocalImage('http://x.example/a.png')).toBe(false);
		expect(isLocalImage('\\\\x.example/a.png')).toBe(false);
		expect(isLocalImage('data:image/png;base64,AAAA')).toBe(false);
	});
});

test('a guide with an event handler is refused by the content check, naming the file and line', () => {
	const sleep = contentFolderFiles().find((candidate) => candidate.path === 'content/guides/sleep.md')!;
	const lines = sleep.text.split('\n');
	const bodyStart = lines.indexOf('---', 1) + 1;
	const at = lines.findIndex((line, index) => index > bodyStart && line.trim() !== '' && !line.startsWith('#'));
	lines.splice(at, 0, '<img src="/x.png" onerror="alert(1)">', '');
	const edited = contentFolderFiles().map((candidate) =>
		candidate === sleep ? { ...sleep, text: lines.join('\n') } : candidate,
	);
	expect(checkContentFiles(edited).problems.map(formatProblem)).toContain(
		`content/guides/sleep.md: line ${at + 1}: has an event handler (onerror) in raw HTML: <img src="/x.png" onerror="alert(1)">. Guides are Markdown only`,
	);
});
