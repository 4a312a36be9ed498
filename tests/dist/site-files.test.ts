/** Files over the whole build: in-page links land somewhere, the sitemap and robots.txt are right, and the open data covers every service. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir, pages as builtPages } from './built-site.ts';

const pages = builtPages();

test('every link to a #fragment points at an id that exists on its target page', () => {
	const ids = new Map(pages.map(({ url, html }) => [url, new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((match) => match[1]!))]));
	const broken = new Map<string, number>();
	let checked = 0;
	for (const { url, html } of pages) {
		for (const [, href] of html.matchAll(/\shref="([^"]*#[^"]*)"/g)) {
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
	const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);

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
		expect(left.filter(({ html }) => !html.includes('<meta name="robots" content="noindex">')).map(({ url }) => url)).toEqual([]);
	});

	test('robots.txt points to the sitemap on the same site', () => {
		const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
		const sitemapUrl = robots.match(/^Sitemap: (.+)$/m)?.[1];
		expect(sitemapUrl).toBeDefined();
		expect(new URL(sitemapUrl!).pathname).toBe('/sitemap.xml');
		expect(new URL(sitemapUrl!).origin).toBe(new URL(sitemap.match(/<loc>([^<]+)<\/loc>/)![1]!).origin);
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
		const about = pages.find(({ url }) => url === '/about/')!.html;
		expect(about).toContain('href="/open-data/openreferral.json"');
		expect(about).toContain('href="/open-data/services.csv"');
	});
});
