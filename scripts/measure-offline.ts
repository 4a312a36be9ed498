/**
 * `npm run measure:offline -- [dist folder]` (after a build): what a first visit costs, in requests and compressed
 * bytes, with the offline worker at work, on the home page and on the safety plan you fill in. Serves the build
 * the way a real host would (gzip, the `_headers` caching rules, ETags and 304s), opens each page in a fresh
 * headless Chromium, waits until the worker has kept what it keeps, and counts what crossed the network. A figure
 * for notes, not a test: the numbers depend on the build.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../src/lib/hosting/headers-file.ts';

const distDir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'dist'));
const pagesToVisit = ['/', '/safety-plan/fill-in/'];
const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
};
const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));

type Hit = { path: string; status: number; bytes: number };
let hits: Hit[] = [];
const server = createServer((request, response) => {
	const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
	let file = normalize(join(distDir, pathname));
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	if (!file.startsWith(distDir) || !existsSync(file)) {
		hits.push({ path: pathname, status: 404, bytes: 0 });
		response.writeHead(404).end();
		return;
	}
	const body = readFileSync(file);
	const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
	for (const [name, value] of headersFor(rules, pathname))
		if (name !== 'Content-Security-Policy') response.setHeader(name, value);
	response.setHeader('ETag', etag);
	if (request.headers['if-none-match'] === etag) {
		hits.push({ path: pathname, status: 304, bytes: 0 });
		response.writeHead(304).end();
		return;
	}
	const gz = gzipSync(body, { level: 6 });
	hits.push({ path: pathname, status: 200, bytes: gz.length });
	response.writeHead(200, {
		'Content-Type': types[extname(file)] ?? 'application/octet-stream',
		'Content-Encoding': 'gzip',
		'Content-Length': gz.length,
	});
	response.end(request.method === 'HEAD' ? undefined : gz);
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' });
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const path of pagesToVisit) {
	hits = [];
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(origin + path, { waitUntil: 'load' });
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
	});
	// Quiet for a second and a half: the worker has finished keeping files.
	let count = -1;
	while (count !== hits.length) {
		count = hits.length;
		await page.waitForTimeout(1500);
	}
	const kept = await page.evaluate(async () => {
		let n = 0;
		for (const name of await caches.keys()) n += (await (await caches.open(name)).keys()).length;
		return n;
	});
	const twice = [...new Set(hits.filter((hit) => hit.status === 200).map((hit) => hit.path))].filter(
		(p) => hits.filter((hit) => hit.path === p && hit.status === 200).length > 1,
	);
	const total = hits.reduce((sum, hit) => sum + hit.bytes, 0);
	const worker = hits.slice(hits.findIndex((hit) => hit.path === '/sw.js'));
	console.log(
		`${path}: ${hits.length} requests, ${kb(total)} compressed; the worker and what it fetched: ${worker.length} requests, ${kb(worker.reduce((s, h) => s + h.bytes, 0))}; ${kept} files kept; downloaded twice: ${twice.length ? twice.join(', ') : 'none'}`,
	);
	for (const hit of hits) console.log(`    ${String(hit.status)} ${kb(hit.bytes).padStart(9)}  ${hit.path}`);
	await context.close();
}
await browser.close();
server.close();
