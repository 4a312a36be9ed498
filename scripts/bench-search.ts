/**
 * `npm run bench:search` (after `npm run build`): time from the last keystroke in the search box on /search/ to the
 * first results on screen, as a person types (no Enter), in headless Chromium, and the bytes fetched for search.
 * Cold: a new browser context each time, typing as soon as the page has loaded. Warm: a second query typed on the
 * same page, with the index already loaded. A benchmark, not a test: it prints figures and never fails on a time.
 */
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const port = Number(process.env['BENCH_PORT'] ?? 4398);
const queries = [
	'anxiety',
	'grief',
	'hearing voices',
	'dementia',
	'vaping',
	'pregnant',
	'my boy is not eating',
	'dad keeps forgetting things',
	'drugs',
];
const warmQueries = [
	'low mood',
	'teen hurting herself',
	'memory clinic',
	'baby blues',
	'stop smoking',
	'counselling',
	'lost my brother to suicide',
	'adhd',
	'exercise',
];
const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(port), '--force'], {
	stdio: 'ignore',
});
// Wait for the preview server to answer (up to 30 s), rather than a fixed time.
for (let tries = 0; tries < 120; tries++) {
	if (
		await fetch(`http://127.0.0.1:${port}/search/`).then(
			(response) => response.ok,
			() => false,
		)
	)
		break;
	await new Promise((resolve) => setTimeout(resolve, 250));
}
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const browser = await chromium.launch({
	...(existsSync(executablePath) ? { executablePath } : {}),
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

/** Types a query and returns ms from the last keystroke's input event to the first change of results after it. */
async function typeAndTime(page: Page, query: string): Promise<number> {
	await page.evaluate(() => {
		const w = window as unknown as { renders: number[]; lastInput: number };
		w.renders = [];
		w.lastInput = 0;
		const box = document.querySelector<HTMLInputElement>('#search-query')!;
		box.addEventListener('input', () => (w.lastInput = performance.now()));
		new MutationObserver(() => w.renders.push(performance.now())).observe(document.querySelector('[data-results]')!, {
			childList: true,
		});
	});
	const box = page.getByLabel('What would you like help with?');
	await box.fill('');
	await box.pressSequentially(query);
	await page.waitForFunction(() => {
		const w = window as unknown as { renders: number[]; lastInput: number };
		return document.querySelector('[data-results] li') && w.renders.some((time) => time >= w.lastInput);
	});
	return page.evaluate(() => {
		const w = window as unknown as { renders: number[]; lastInput: number };
		return Math.round(w.renders.find((time) => time >= w.lastInput)! - w.lastInput);
	});
}

try {
	const coldTimes: number[] = [];
	const warmTimes: number[] = [];
	const coldBytes: number[] = [];
	const firstBytes: number[] = [];
	const firstRequests: number[] = [];
	for (const [index, query] of queries.entries()) {
		const context = await browser.newContext();
		const page = await context.newPage();
		let bytes = 0;
		// Everything fetched up to the first results, gzipped as a host would serve it (the preview server does not compress).
		let firstShown = false;
		const toFirst: string[] = [];
		page.on('request', (request) => {
			if (!firstShown) toFirst.push(new URL(request.url()).pathname);
		});
		page.on('response', async (response) => {
			if (/\/pagefind\/|\/search-docs\.json/.test(response.url()))
				bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
		});
		await page.goto(`http://127.0.0.1:${port}/search/`, { waitUntil: 'domcontentloaded' });
		coldTimes.push(await typeAndTime(page, query));
		firstShown = true;
		const files = [...new Set(toFirst)];
		const gzipped = files.reduce((sum, path) => {
			const file = `dist${path.endsWith('/') ? `${path}index.html` : path}`;
			return sum + (existsSync(file) ? gzipSync(readFileSync(file)).length : 0);
		}, 0);
		firstBytes.push(gzipped);
		firstRequests.push(files.length);
		await page.waitForSelector('service-search[data-state="done"]');
		await page.waitForLoadState('networkidle');
		coldBytes.push(bytes);
		warmTimes.push(await typeAndTime(page, warmQueries[index]!));
		await context.close();
	}
	const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
	console.log(
		`Cold page (typing as soon as it loads), last keystroke to first results: median ${median(coldTimes)} ms (${coldTimes.join(', ')} ms)`,
	);
	console.log(
		`Warm page (index loaded), last keystroke to first results: median ${median(warmTimes)} ms (${warmTimes.join(', ')} ms)`,
	);
	console.log(
		`Bytes fetched for search on a cold page (/search-docs.json and /pagefind/, as served, uncompressed): median ${median(coldBytes)} B`,
	);
	console.log(
		`Everything fetched up to the first results on a cold page, gzipped: median ${median(firstBytes)} B in ${median(firstRequests)} requests`,
	);
} finally {
	await browser.close();
	server.kill();
}
