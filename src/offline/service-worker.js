/*
 * The site's service worker, published as /sw.js by src/integrations/offline.ts, which fills in the version and
 * the addresses to keep (see src/lib/offline.ts for which pages, and why).
 *
 * - When it installs, keeps the crisis pages' HTML and CSS only (a few KB): they work without scripts.
 * - When a person opens a safety plan page, that page asks it to keep the page and every file it loads (the plan
 *   editor's code). Those files are already in the browser's cache by then, so they are not downloaded again.
 * - It never stores anything else: no other page because someone visited it, no address with a query (what a
 *   person typed), nothing but GET, and only the fixed lists below.
 * - Pages come from the network when it answers, so people see the newest facts; with no signal (or none
 *   within a few seconds) a kept page comes from the device, and any other page shows the offline page with
 *   every crisis line.
 * - Each build has its own version. A new build installs beside the old one (keeping again any plan page the old
 *   one kept), takes over at once, and deletes the old copies.
 */
const version = __OFFLINE_VERSION__;
const keptUrls = __OFFLINE_URLS__;
const keptWhenOpened = __KEPT_WHEN_OPENED__;
const offlinePage = __OFFLINE_PAGE__;

const cachePrefix = 'llr-offline-';
const cacheName = cachePrefix + version;
/** How long to wait for the network before showing a kept page, so a poor signal does not leave a blank screen. */
const networkPatience = 4000;
/** Every address this version may keep: the crisis pages, and each plan page with its files. */
const keepable = new Set(keptUrls.concat(...Object.values(keptWhenOpened)));

/**
 * Keeps addresses in this build's cache, skipping any it has. Files in /_astro/ are named by their content, so the
 * copy the browser already has is the right one ('force-cache': no second download); a page is checked with the
 * server first ('no-cache': a 304 when it has not changed), so it is this build's.
 */
async function keep(urls) {
	const cache = await caches.open(cacheName);
	const missing = [];
	for (const url of urls) if (!(await cache.match(url))) missing.push(url);
	await cache.addAll(
		missing.map((url) => new Request(url, { cache: url.startsWith('/_astro/') ? 'force-cache' : 'no-cache' })),
	);
}

/** The plan pages an older version of this worker kept, so a new build keeps them too. */
async function planPagesKeptBefore() {
	const pages = [];
	for (const key of await caches.keys()) {
		if (!key.startsWith(cachePrefix) || key === cacheName) continue;
		const cache = await caches.open(key);
		for (const page of Object.keys(keptWhenOpened))
			if ((await cache.match(page)) && !pages.includes(page)) pages.push(page);
	}
	return pages;
}

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			await keep(keptUrls);
			for (const page of await planPagesKeptBefore()) await keep(keptWhenOpened[page]).catch(() => {});
			await self.skipWaiting();
		})(),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys())
				if (key.startsWith(cachePrefix) && key !== cacheName) await caches.delete(key);
			await self.clients.claim();
		})(),
	);
});

// A plan page, once open, asks for itself to be kept: only pages on the fixed list, with their fixed files.
self.addEventListener('message', (event) => {
	const page = event.data && event.data.keep;
	if (typeof page === 'string' && Object.prototype.hasOwnProperty.call(keptWhenOpened, page))
		event.waitUntil(keep(keptWhenOpened[page]).catch(() => {}));
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
	const isKept = url.search === '' && keepable.has(url.pathname);
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
	else if (url.search === '' && !url.pathname.endsWith('/') && keepable.has(url.pathname))
		event.respondWith(file(request, url));
});
