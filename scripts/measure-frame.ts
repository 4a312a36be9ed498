/**
 * `npm run measure:frame` (after `npm run build`): how much of the first screen the site's own frame takes. For one
 * page of each kind (tests/e2e/page-kinds.ts), at 320x568, 375x667, 1280x800 and 200% zoom (640x400 CSS px), with
 * JavaScript on and off, in headless Chromium: the top of <main>, and where the page's first action ends (the first
 * answer of a "which service?" question, a service's main contact). Figures for notes, not a test.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pageKinds, screens } from '../tests/e2e/page-kinds.ts';

const port = Number(process.env['E2E_PORT'] ?? 4321);
const answers = () =>
	fetch(`http://127.0.0.1:${port}/`).then(
		(response) => response.ok,
		() => false,
	);
// A preview server already on the port (one Playwright started, say) is used as it is.
const server = (await answers())
	? undefined
	: spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
// Wait for the preview server to answer (up to 60 s; the machine may be busy), rather than a fixed time.
let ready = false;
for (let tries = 0; tries < 240 && !ready; tries++) {
	ready = await answers();
	if (!ready) await new Promise((resolve) => setTimeout(resolve, 250));
}
if (!ready) {
	server?.kill();
	throw new Error(`astro preview did not answer on port ${port}: is the port in use, or is there no build?`);
}
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const browser = await chromium.launch({
	...(existsSync(executablePath) ? { executablePath } : {}),
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

/** The page's first action, as a person would tap it. */
const firstAction =
	'main .choice, main .choices-group input + label, main .button--start, main [data-main-contact] .contact__link';
/** Before the service page had a main contact line: its first contact link. */
const firstContact = 'main .contact__link';

try {
	const rows: string[] = [];
	const header = ['kind', ...screens.flatMap((screen) => [`${screen.name} JS on`, 'JS off'])];
	rows.push(`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`);
	const cells = new Map<string, string[]>();
	for (const screen of screens)
		for (const javaScriptEnabled of [true, false]) {
			const context = await browser.newContext({
				javaScriptEnabled,
				viewport: { width: screen.width, height: screen.height },
			});
			const page = await context.newPage();
			for (const { kind, url, ready } of pageKinds) {
				await page.goto(`http://127.0.0.1:${port}${url}`);
				if (ready && javaScriptEnabled) await page.locator(ready).first().waitFor();
				const found = await page.evaluate(
					(selector) => {
						const top = (element: Element | null) =>
							element ? Math.round(element.getBoundingClientRect().top + window.scrollY) : null;
						const action =
							document.querySelector(selector[0]!) ??
							(location.pathname.startsWith('/services/') && selector[1] ? document.querySelector(selector[1]) : null);
						const actionBottom = action ? Math.round(action.getBoundingClientRect().bottom + window.scrollY) : null;
						return { main: top(document.querySelector('main')), actionBottom };
					},
					[firstAction, firstContact],
				);
				const cell = `${found.main}${found.actionBottom === null ? '' : ` (action ends ${found.actionBottom})`}`;
				cells.set(kind, [...(cells.get(kind) ?? []), cell]);
			}
			await context.close();
		}
	for (const { kind } of pageKinds) rows.push(`| ${kind} | ${cells.get(kind)!.join(' | ')} |`);
	console.log('Top of <main> in CSS px from the top of the page (and where the first answer or main contact ends):');
	console.log(rows.join('\n'));
} finally {
	await browser.close();
	server?.kill();
}
