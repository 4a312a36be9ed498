/**
 * Publishes the service worker (/sw.js) that keeps the crisis pages (at the first visit) and a safety plan page
 * with its editor (once it is opened) on a person's device for use with no signal. Runs after the security headers, so the kept pages are the final ones, and versions
 * the worker by a hash of every kept file: a new build means a new worker, which replaces the old copies.
 *
 * Hand-written rather than Workbox: the worker does three things (keep a fixed list, network first for pages,
 * an offline page) in about 60 readable lines, with no runtime caching to configure safely; Workbox would add
 * a build dependency and a runtime the size of the whole worker for features this site must not use.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { builtSite } from './built-site.ts';
import { keptWhenOpenedUrls, precacheUrls, offlineVersion, serviceWorkerScript } from '../lib/offline.ts';

export default function offlineSupport(): AstroIntegration {
	let root: URL;
	return {
		name: 'llr:offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
			},
			'astro:build:done': ({ dir, logger }) => {
				const site = builtSite(dir);
				const out = site.dir;
				// Pages from the build's shared read (with their final policy); their files (CSS, JavaScript) from disk.
				const fileFor = (url: string) => join(out, url);
				const read = (url: string) =>
					url.endsWith('/')
						? site.page(url)
						: existsSync(fileFor(url))
							? readFileSync(fileFor(url), 'utf8')
							: undefined;
				const precache = precacheUrls(read);
				const onOpen = keptWhenOpenedUrls(
					read,
					site.pages.map((page) => page.url),
				);
				const every = [...new Set([...precache, ...Object.values(onOpen).flat()])];
				const template = readFileSync(fileURLToPath(new URL('./src/offline/service-worker.js', root)), 'utf8');
				const version = offlineVersion(
					every.map((url) => ({ url, content: site.page(url)?.html ?? readFileSync(fileFor(url)) })),
					template,
				);
				writeFileSync(join(out, 'sw.js'), serviceWorkerScript(template, version, precache, onOpen));
				logger.info(
					`Service worker ${version} keeps ${precache.length} files at the first visit, and a safety plan, language or Easy Read page's files when it is opened (${every.length} in all).`,
				);
			},
		},
	};
}
