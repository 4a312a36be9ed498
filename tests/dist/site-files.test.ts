/** Files over the whole build: in-page links land somewhere, the sitemap and robots.txt are right, and the open data covers every service. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { attribute, elements, parseHtml, readable, textOf } from '../../src/lib/html.ts';
import { distDir, pages as builtPages } from './built-site.ts';

const pages = builtPages();

test('every link to a #fragment points at an id that exists on its target page', () => {
	// Each page's ids and its links to a #fragment, from one walk over its tree.
	const read = pages.map((page) => {
		const all = elements(page);
		const ids = new Set(all.flatMap((element) => [attribute(element, 'id'), attribute(element, 'name')].flatMap((id) => id ?? [])));
		const fragmentLinks = all.flatMap((element) => attribute(element, 'href') ?? []).filter((href) => href.includes('#'));
		return { url: page.url, ids, fragmentLinks };
	});
	const ids = new Map(read.map(({ url, ids }) => [url, ids]));
	const broken = new Map<string, number>();
	let checked = 0;
	for (const { url, fragmentLinks } of read) {
		for (const href of fragmentLinks) {
			const [path, fragment = ''] = href!.split('#') as [string, string?];
			if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) continue;
			const target = path === '' ? url : new URL(path, `http://site${url}`).pathname;
			checked++;
			const targetIds = ids.get(target);
			if (!targetIds || (fragment !== '' && !targetIds.has(decodeURIComponent(fragment)))) {
				// Group the thousands of wizard pages, so a failure is a short, readable list.
				const key = `${target.replace(/^\/which-service\/.+\/results\/$/, '/which-service/.../results/')}#${fragment}${targetIds ? '' : ' (no such page)'}`;
				broken.set(key, (broken.get(key) ?? 0) + 1);
			}
		}
	}
	// About 900 links: every page's skip link, and the "which service?" results pages' links to their own sections.
	expect(checked).toBeGreaterThan(500);
	expect(Object.fromEntries(broken)).toEqual({});
});

describe('sitemap.xml and robots.txt', () => {
	const sitemap = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
	const locs = elements(parseHtml(sitemap), 'loc').map((loc) => readable(textOf(loc)));
	const listed = locs.map((loc) => new URL(loc).pathname);

	test('the sitemap lists every public page, each once, and each exists', () => {
		const built = new Set(pages.map(({ url }) => url));
		expect(listed.filter((url) => !built.has(url))).toEqual([]);
		expect(new Set(listed).size).toBe(listed.length);
		const needed = ['/', '/urgent-help/', '/services/', '/services/samaritans/', '/self-help/sleep/', '/safety-plan/fill-in/', '/which-service/', '/glossary/', '/about/'];
		expect(needed.filter((url) => !listed.includes(url))).toEqual([]);
	});

	test('the sitemap leaves out the review report, the offline page, the 404 page and the "which service?" answer pages', () => {
		expect(listed).not.toContain('/content-review/');
		expect(listed).not.toContain('/offline/');
		expect(listed).not.toContain('/404.html');
		expect(listed.filter((url) => /^\/which-service\/(me|someone-else|my-child)\//.test(url))).toEqual([]);
		// Every page left out that is not a wizard answer says noindex itself.
		const left = pages.filter(({ url }) => url.endsWith('/') && !listed.includes(url) && !/^\/which-service\/(me|someone-else|my-child)\//.test(url));
		const noindex = (page: (typeof pages)[number]) => elements(page, 'meta').some((meta) => attribute(meta, 'name') === 'robots' && attribute(meta, 'content') === 'noindex');
		expect(left.filter((page) => !noindex(page)).map(({ url }) => url)).toEqual([]);
	});

	test('robots.txt points to the sitemap on the same site', () => {
		const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
		const sitemapUrl = robots.match(/^Sitemap: (.+)$/m)?.[1];
		expect(sitemapUrl).toBeDefined();
		expect(new URL(sitemapUrl!).pathname).toBe('/sitemap.xml');
		expect(new URL(sitemapUrl!).origin).toBe(new URL(locs[0]!).origin);
	});
});

describe('open data', () => {
	const servicePages = pages.filter(({ url }) => /^\/services\/[^/]+\/$/.test(url) && !/^\/services\/(topic|age|area|access)\//.test(url));

	test('the Open Referral export and the CSV cover every service page, and the About page links to both', () => {
		const exported = JSON.parse(readFileSync(join(distDir, 'open-data/openreferral.json'), 'utf8')) as { total_items: number; contents: { description: string }[] };
		expect(exported.total_items).toBe(servicePages.length);
		const described = exported.contents.map((service) => service.description).join('\n');
		expect(servicePages.filter(({ url }) => !described.includes(url)).map(({ url }) => `not in openreferral.json: ${url}`)).toEqual([]);
		const csv = readFileSync(join(distDir, 'open-data/services.csv'), 'utf8');
		expect(servicePages.filter(({ url }) => !csv.includes(url)).map(({ url }) => `not in services.csv: ${url}`)).toEqual([]);
		const about = elements(pages.find(({ url }) => url === '/about/')!, 'a').map((link) => attribute(link, 'href'));
		expect(about).toContain('/open-data/openreferral.json');
		expect(about).toContain('/open-data/services.csv');
	});
});
