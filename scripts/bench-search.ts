/**
 * `npm run bench:search` (after `npm run build`): time from typing a query and pressing Enter on /search/
 * to the first result on screen, in headless Chromium, and the bytes fetched for that first search.
 * A benchmark, not a test: it prints figures for notes and never fails on a time.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const port = 4398;
const queries = ['anxiety', 'grief', 'hearing voices', 'dementia', 'vaping', 'pregnant', 'counselling', 'drugs'];
const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(port), '--force'], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 2500));
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const browser = await chromium.launch({
	...(existsSync(executablePath) ? { executablePath } : {}),
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
	const firstTimes: number[] = [];
	const laterTimes: number[] = [];
	let firstBytes = 0;
	for (const [index, query] of queries.entries()) {
		// A new context each time: a cold cache, like a first visit.
		const context = await browser.newContext();
		const page = await context.newPage();
		let bytes = 0;
		page.on('response', async (response) => {
			if (response.url().includes('/pagefind/')) bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
		});
		await page.goto(`http://127.0.0.1:${port}/search/`);
		await page.getByLabel('What would you like help with?').fill(query);
		const start = Date.now();
		await page.keyboard.press('Enter');
		await page.locator('[data-results] li').first().waitFor();
		firstTimes.push(Date.now() - start);
		if (index === 0) firstBytes = bytes;
		// A second search in the same page: the index is already loaded.
		await page.getByLabel('What would you like help with?').fill('low mood');
		const again = Date.now();
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('low mood'));
		laterTimes.push(Date.now() - again);
		await context.close();
	}
	const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
	console.log(`First search on a cold page: median ${median(firstTimes)} ms (${firstTimes.join(', ')} ms)`);
	console.log(`Next search on the same page: median ${median(laterTimes)} ms`);
	console.log(`Bytes fetched from /pagefind/ for the first search ("${queries[0]}"): ${firstBytes} B (as served, uncompressed)`);
} finally {
	await browser.close();
	server.kill();
}
