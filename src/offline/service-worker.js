/*
 * The site's service worker, published as /sw.js by src/integrations/offline.ts, which fills in the version and
 * the addresses to keep (see src/lib/offline.ts for which pages, and why).
 *
 * - Keeps a fixed set of pages and their files, fetched once when the worker installs. It never stores anything
 *   else: no page because someone visited it, no address with a query (what a person typed), nothing but GET.
 * - Pages come from the network when it answers, so people see the newest facts; with no signal (or none
 *   within a few seconds) a kept page comes from the device, and any other page shows the offline page with
 *   every crisis line.
 * - Each build has its own version. A new build installs beside the old one, takes over at once, and deletes
 *   the old copies.
 */
const version = __OFFLINE_VERSION__;
const keptUrls = __OFFLINE_URLS__;
const offlinePage = __OFFLINE_PAGE__;

const cachePrefix = 'llr-offline-';
const cacheName = cachePrefix + version;
/** How long to wait for the network before showing a kept page, so a poor signal does not leave a blank screen. */
const networkPatience = 4000;

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(cacheName);
			// 'reload' skips the browser's HTTP cache, so every kept file is from this build.
			await cache.addAll(keptUrls.map((url) => new Request(url, { cache: 'reload' })));
			await self.skipWaiting();
		})()
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key.startsWith(cachePrefix) && key !== cacheName) await caches.delete(key);
			await self.clients.claim();
		})()
	);
});

/** A kept copy of an address, from this build's cache only. */
async function kept(url) {
	const cache = await caches.open(cacheName);
	return cache.match(url);
}

/** The network's answer, or undefined if there is none within `patience` milliseconds (or at all). */
async function fromNetwork(request, patience) {
	const controller = new AbortController();
	const timer = patience === undefined ? undefined : setTimeout(() => controller.abort(), patience);
	try {
		return await fetch(request, { signal: controller.signal });
	} catch {
		return undefined;
	} finally {
		clearTimeout(timer);
	}
}

async function page(request, url) {
	// Only a plain address can be a kept page: one with a query holds something a person typed.
	const isKept = url.search === '' && keptUrls.includes(url.pathname);
	const response = await fromNetwork(request, isKept ? networkPatience : undefined);
	if (response) return response;
	return (isKept && (await kept(url.pathname))) || (await kept(offlinePage)) || Response.error();
}

async function file(request, url) {
	return (await kept(url.pathname)) || fetch(request);
}

self.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== self.location.origin) return;
	if (request.mode === 'navigate') event.respondWith(page(request, url));
	else if (url.search === '' && !url.pathname.endsWith('/') && keptUrls.includes(url.pathname)) event.respondWith(file(request, url));
});
