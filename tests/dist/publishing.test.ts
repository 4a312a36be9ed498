/**
 * Ready to publish, over the built files: one public address everywhere (so a production build has no localhost),
 * the Open Referral UK feed at every endpoint the profile requires with the headers and rewrites hosts need, and
 * pages that never name an operator content/site.yaml does not give.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/integrations/content/load.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/hosting/headers-file.ts';
import { feedFile, feedPath, feedServices } from '../../src/lib/open-data/feed.ts';
import { missingOperatorFields } from '../../src/lib/operator.ts';
import { builtFiles } from '../../src/integrations/built-site.ts';
import { attribute, elements, readable, textOf } from '../../src/lib/html.ts';
import { distDir, page, pages, servicePages, type BuiltPage } from './built-site.ts';

const site = new URL(readFileSync(join(distDir, 'robots.txt'), 'utf8').match(/^Sitemap: (.+)$/m)![1]!).origin;
const { services, siteOperator } = loadContent();

test('every address the build writes uses the one site address (SITE_URL): no other localhost anywhere', () => {
	const text = builtFiles(distDir).filter((file) => /\.(html|json|csv|txt|xml|webmanifest|js)$/.test(file));
	const stray = text.flatMap((file) => {
		const found = [...readFileSync(join(distDir, file), 'utf8').matchAll(/https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?/g)].map((match) => match[0]);
		return found.filter((origin) => origin !== site).map((origin) => `${file}: ${origin}`);
	});
	expect(stray).toEqual([]);
	expect(readFileSync(join(distDir, 'sitemap.xml'), 'utf8')).toContain(`<loc>${site}/</loc>`);
	expect(JSON.parse(readFileSync(join(distDir, feedFile('/')), 'utf8')).openapi_url).toBe(`${site}${feedPath}openapi.json`);
});

describe('the Open Referral UK feed as built', () => {
	const headers = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
	const redirects = readFileSync(join(distDir, '_redirects'), 'utf8');
	const endpoints = ['/', '/services', ...feedServices(services, new URL(site)).map((service) => `/services/${service.id}`)];

	test('every required endpoint is a file of JSON, one for each service', () => {
		const missing = endpoints.filter((endpoint) => !existsSync(join(distDir, feedFile(endpoint))));
		expect(missing).toEqual([]);
		expect(endpoints).toHaveLength(services.length + 2);
		const list = JSON.parse(readFileSync(join(distDir, feedFile('/services')), 'utf8')) as { total_items: number };
		expect(list.total_items).toBe(services.length);
		expect(existsSync(join(distDir, feedPath, 'openapi.json'))).toBe(true);
	});

	test('each endpoint, as a browser asks for it, gets JSON with Access-Control-Allow-Origin: *', () => {
		const wrong = [...endpoints.map((endpoint) => `${feedPath.replace(/\/$/, '')}${endpoint}`), `${feedPath}openapi.json`].filter((path) => {
			const forPath = headersFor(headers, path);
			return forPath.get('Access-Control-Allow-Origin') !== '*' || forPath.get('Content-Type') !== 'application/json';
		});
		expect(wrong).toEqual([]);
	});

	test('_redirects sends each endpoint to its file', () => {
		const rules = redirects.split('\n').filter((line) => line && !line.startsWith('#')).map((line) => line.split(/\s+/));
		const resolve = (path: string) => {
			for (const [from, to] of rules) {
				const pattern = new RegExp(`^${from!.replace(/:id/, '([^/]+)')}$`);
				const match = path.match(pattern);
				if (match) return to!.replace(':id', match[1] ?? '');
			}
			return path;
		};
		const unresolved = endpoints.map((endpoint) => `${feedPath.replace(/\/$/, '')}${endpoint === '/' ? '/' : endpoint}`).filter((path) => !existsSync(join(distDir, resolve(path))) || !resolve(path).endsWith('.json'));
		expect(unresolved).toEqual([]);
	});
});

describe('who runs the site, as built', () => {
	test('while content/site.yaml sets no operator, the About, accessibility and privacy pages and every footer say so', () => {
		if (missingOperatorFields(siteOperator).length === 0) return;
		const words = (built: BuiltPage) => readable(textOf(built));
		expect(words(page('/about/'))).toContain('Who runs this site is not set yet.');
		expect(words(page('/accessibility/'))).toContain('Who runs this website is not set yet.');
		expect(words(page('/privacy/'))).toContain('The data controller for this site is not set yet.');
		expect(pages().filter((built) => !words(built).includes('Who runs this site is not set yet.')).map(({ url }) => url)).toEqual([]);
	});

	test('"Tell us about a problem" on every service page goes to the operator, or to the About page while none is set', () => {
		const expected = siteOperator?.problemReports ? /^(mailto|https):/ : /^\/about\/#report-a-problem$/;
		const reportsTo = (service: BuiltPage) =>
			elements(service, 'a')
				.filter((link) => readable(textOf(link)) === 'tell us about a problem')
				.map((link) => attribute(link, 'href') ?? '');
		expect(servicePages().filter((service) => !reportsTo(service).some((href) => expected.test(href))).map(({ url }) => url)).toEqual([]);
	});

	test('the accessibility statement has every part of the UK model statement', () => {
		const statement = page('/accessibility/');
		const ids = elements(statement).flatMap((element) => attribute(element, 'id') ?? []);
		for (const id of ['who-runs-this-website', 'how-accessible', 'report-a-problem', 'enforcement-procedure', 'compliance-status', 'how-we-tested', 'preparation'])
			expect(ids, id).toContain(id);
		expect(readable(textOf(statement))).toContain('Equality and Human Rights Commission');
		expect(readable(textOf(statement))).toContain('Equality Advisory and Support Service');
	});
});
