/**
 * The service directory's pages, read from dist/: a page for every service and every browse choice, and every
 * service page honest about when it was checked and where its facts come from, with no page script of its own.
 * How a person browses them is checked in Chromium (tests/e2e/directory.spec.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { facets } from '../../src/lib/browse.ts';
import { loadContent } from '../../src/integrations/content/load.ts';
import { decodeText, distDir, pages, servicePages } from './built-site.ts';

const content = loadContent();

describe('the directory in dist/', () => {
	test('there is a page for every service, and no other', () => {
		const built = servicePages().map(({ url }) => url);
		const expected = content.services.map((service) => `/services/${service.slug}/`);
		expect(built.length).toBeGreaterThan(60);
		expect(built.toSorted()).toEqual(expected.toSorted());
	});

	test('there is a page for every browse choice, from the vocabularies', () => {
		const built = pages().filter(({ url }) => /^\/services\/(topic|age|area|access)\/[^/]+\/$/.test(url)).map(({ url }) => url);
		const expected = facets.flatMap((facet) => facet.values.map((value) => `/services/${facet.id}/${value.id}/`));
		expect(expected.length).toBeGreaterThan(30);
		expect(built.toSorted()).toEqual(expected.toSorted());
	});

	test('the services page links every browse page, and each lists services or says what to do instead', () => {
		const index = pages().find(({ url }) => url === '/services/')!.html;
		const nav = index.match(/<nav\b[^>]*aria-label="Browse services"[^>]*>(.*?)<\/nav>/s)?.[1] ?? '';
		const hrefs = [...nav.matchAll(/<a\b[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
		const expected = facets.flatMap((facet) => facet.values.map((value) => `/services/${facet.id}/${value.id}/`));
		expect(hrefs.toSorted()).toEqual(expected.toSorted());
		const wrong: string[] = [];
		for (const href of hrefs) {
			const target = pages().find(({ url }) => url === href);
			if (!target) wrong.push(`${href}: not built`);
			else if (!target.html.includes('class="service-card') && !target.html.includes('We do not know of a local service for this yet.'))
				wrong.push(`${href}: lists no service and does not say what to do instead`);
		}
		expect(wrong).toEqual([]);
	});
});

describe('every service page', () => {
	test('says when it was last checked, with a machine-readable date', () => {
		const wrong = servicePages().filter(({ html }) => !/Last checked: <time datetime="\d{4}-\d{2}-\d{2}">/.test(html)).map(({ url }) => url);
		expect(wrong).toEqual([]);
	});

	test('says where its information comes from', () => {
		const wrong = servicePages().filter(({ html }) => !html.includes('Where this information comes from')).map(({ url }) => url);
		expect(wrong).toEqual([]);
	});

	test('has no islands, and only one script: the shared quick exit', () => {
		const wrong: string[] = [];
		for (const { url, html } of servicePages()) {
			if (html.includes('<astro-island')) wrong.push(`${url}: has an island`);
			const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!.trim()).filter((attrs) => attrs === 'type="module"' || attrs.includes('src='));
			if (scripts.length !== 1) wrong.push(`${url}: ${scripts.length} module scripts (${scripts.join(' | ')})`);
		}
		expect(wrong).toEqual([]);
	});

	test('describes itself as a schema.org Service whose name is the page heading', () => {
		const wrong: string[] = [];
		for (const { url, html } of servicePages()) {
			const ld = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s);
			if (!ld) {
				wrong.push(`${url}: no JSON-LD`);
				continue;
			}
			let data: { '@type'?: string; name?: string };
			try {
				data = JSON.parse(ld[1]!);
			} catch (error) {
				wrong.push(`${url}: JSON-LD does not parse: ${(error as Error).message}`);
				continue;
			}
			const h1 = html.match(/<h1>(.*?)<\/h1>/s)?.[1];
			if (data['@type'] !== 'Service') wrong.push(`${url}: @type is ${data['@type']}`);
			if (h1 === undefined) wrong.push(`${url}: no <h1>`);
			else if (decodeText(h1) !== data.name) wrong.push(`${url}: h1 "${decodeText(h1)}" is not the JSON-LD name "${data.name}"`);
		}
		expect(wrong).toEqual([]);
	});
});

test('the content review report is not part of the public site, and no page links to it', () => {
	expect(existsSync(join(distDir, 'content-review'))).toBe(false);
	expect(pages().filter(({ html }) => html.includes('href="/content-review/"')).map(({ url }) => url)).toEqual([]);
});
