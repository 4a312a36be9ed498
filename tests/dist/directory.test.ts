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
import { attribute, elements, type ElementNode, findElement, hasClass, innerSource, readable, textOf } from '../../src/lib/html.ts';
import { distDir, page, pages, servicePages, type BuiltPage } from './built-site.ts';

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
		const nav = findElement(page('/services/'), (element) => element.name === 'nav' && attribute(element, 'aria-label') === 'Browse services');
		const hrefs = (nav ? elements(nav, 'a') : []).flatMap((link) => attribute(link, 'href') ?? []);
		const expected = facets.flatMap((facet) => facet.values.map((value) => `/services/${facet.id}/${value.id}/`));
		expect(hrefs.toSorted()).toEqual(expected.toSorted());
		const wrong: string[] = [];
		for (const href of hrefs) {
			const target = pages().find(({ url }) => url === href);
			if (!target) wrong.push(`${href}: not built`);
			else if (!elements(target).some((element) => hasClass(element, 'service-card')) && !readable(textOf(target)).includes('We do not know of a local service for this yet.'))
				wrong.push(`${href}: lists no service and does not say what to do instead`);
		}
		expect(wrong).toEqual([]);
	});
});

describe('every service page', () => {
	test('says when it was last checked, with a machine-readable date', () => {
		const dated = (time: ElementNode) => /^\d{4}-\d{2}-\d{2}$/.test(attribute(time, 'datetime') ?? '') && readable(textOf(time.parent)).startsWith('Last checked:');
		const wrong = servicePages().filter((service) => !elements(service, 'time').some(dated)).map(({ url }) => url);
		expect(wrong).toEqual([]);
	});

	test('says where its information comes from', () => {
		const wrong = servicePages().filter(({ html }) => !html.includes('Where this information comes from')).map(({ url }) => url);
		expect(wrong).toEqual([]);
	});

	test('has no islands, and only one script: the shared quick exit', () => {
		const wrong: string[] = [];
		for (const service of servicePages()) {
			const { url } = service;
			if (elements(service, 'astro-island').length > 0) wrong.push(`${url}: has an island`);
			const scripts = elements(service, 'script').filter((script) => attribute(script, 'type') === 'module' || attribute(script, 'src') !== undefined);
			if (scripts.length !== 1) wrong.push(`${url}: ${scripts.length} module scripts (${scripts.map((script) => JSON.stringify(script.attributes)).join(' | ')})`);
		}
		expect(wrong).toEqual([]);
	});

	test('describes itself as a schema.org Service whose name is the page heading', () => {
		const wrong: string[] = [];
		for (const service of servicePages()) {
			const { url } = service;
			const ld = elements(service, 'script').find((script) => attribute(script, 'type') === 'application/ld+json');
			if (!ld) {
				wrong.push(`${url}: no JSON-LD`);
				continue;
			}
			let data: { '@type'?: string; name?: string };
			try {
				data = JSON.parse(innerSource(service, ld));
			} catch (error) {
				wrong.push(`${url}: JSON-LD does not parse: ${(error as Error).message}`);
				continue;
			}
			const h1Element = elements(service, 'h1')[0];
			const h1 = h1Element && readable(textOf(h1Element));
			if (data['@type'] !== 'Service') wrong.push(`${url}: @type is ${data['@type']}`);
			if (h1 === undefined) wrong.push(`${url}: no <h1>`);
			else if (h1 !== data.name) wrong.push(`${url}: h1 "${h1}" is not the JSON-LD name "${data.name}"`);
		}
		expect(wrong).toEqual([]);
	});
});

test('the content review report is not part of the public site, and no page links to it', () => {
	expect(existsSync(join(distDir, 'content-review'))).toBe(false);
	const linksToReport = (built: BuiltPage) => elements(built).some((element) => attribute(element, 'href') === '/content-review/');
	expect(pages().filter(linksToReport).map(({ url }) => url)).toEqual([]);
});
