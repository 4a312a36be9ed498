/** Safe to host anywhere: the policy worked out from pages, the headers for each host, the offline list, the sitemap. */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import securityHeaders from '../../src/integrations/security-headers.ts';
import {
	blockedInline,
	collectInlineHashes,
	contentSecurityPolicy,
	inlineScripts,
	inlineStyles,
	metaPolicy,
	sha256Source,
	unhashableInlineCode,
	withMetaPolicy,
} from '../../src/lib/hosting/csp.ts';
import {
	apacheConfig,
	cloudFrontFeedFunction,
	cloudFrontResponseHeadersPolicy,
	feedRedirectsFile,
	formatHeadersFile,
	headersFor,
	nginxConfig,
	parseHeadersFile,
	siteHeaderRules,
} from '../../src/lib/hosting/headers-file.ts';
import { pageAddress } from '../../src/lib/hosting/built-site.ts';
import {
	assetsInPage,
	importsInModule,
	keepsOffline,
	keptWhenOpened,
	keptWhenOpenedUrls,
	offlinePages,
	offlineVersion,
	precacheUrls,
	precachedPages,
	serviceWorkerScript,
	stylesheetsInPage,
} from '../../src/lib/offline.ts';
import { isPublicPage, robotsTxt, sitemapXml } from '../../src/lib/hosting/sitemap.ts';

const page = (head: string, body = '') =>
	`<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title>${head}</head><body>${body}</body></html>`;
const guard = '(function(){ if (sessionStorage.getItem("x")) location.replace("/"); })();';

describe('the Content Security Policy', () => {
	test('hashes are the base64 SHA-256 of the exact script text', () => {
		expect(sha256Source('alert(1)')).toBe(`'sha256-${createHash('sha256').update('alert(1)').digest('base64')}'`);
		expect(sha256Source('alert(1) ')).not.toBe(sha256Source('alert(1)'));
	});

	test('finds the inline scripts a browser runs, not src= scripts or JSON-LD', () => {
		const html = page(
			`<script>${guard}</script><script type="module">import "/a.js";</script><script type="module" src="/_astro/x.js"></script>`,
			'<script type="application/ld+json">{"@type":"Service"}</script><script type="text/javascript">go()</script><script src=/b.js></script>',
		);
		expect(inlineScripts(html)).toEqual([guard, 'import "/a.js";', 'go()']);
		expect(inlineStyles(page('<style>a{color:red}</style>'))).toEqual(['a{color:red}']);
	});

	test('collects each distinct hash once, sorted, across pages', () => {
		const hashes = collectInlineHashes([
			page(`<script>${guard}</script>`),
			page(`<script>${guard}</script><style>p{}</style>`),
			page('<script>b()</script>'),
		]);
		expect(hashes.scripts).toEqual([sha256Source(guard), sha256Source('b()')].sort());
		expect(hashes.styles).toEqual([sha256Source('p{}')]);
	});

	test('the header policy has every directive; the meta policy leaves out what a meta tag cannot carry', () => {
		const hashes = { scripts: [sha256Source(guard)], styles: [] };
		const header = contentSecurityPolicy(hashes, { for: 'header' });
		expect(header).toBe(
			`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha256Source(guard)}; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`,
		);
		expect(contentSecurityPolicy(hashes, { for: 'meta' })).toBe(header.replace("; frame-ancestors 'none'", ''));
	});

	test('a page with an inline script whose hash is not in the policy is reported', () => {
		const policy = contentSecurityPolicy({ scripts: [sha256Source(guard)], styles: [] }, { for: 'header' });
		expect(blockedInline(page(`<script>${guard}</script>`), policy)).toEqual([]);
		expect(blockedInline(page(`<script>${guard}</script>`, '<script>added()</script>'), policy)).toEqual([
			`an inline script without its hash (${sha256Source('added()')}): added()`,
		]);
		expect(blockedInline(page('<style>p{}</style>'), policy)[0]).toMatch(/^an inline style without its hash/);
	});

	test('inline code a hash cannot allow is found, only inside tags', () => {
		expect(
			unhashableInlineCode(
				page('', '<button onclick="go()">Go</button><p style="color:red">x</p><a href="javascript:go()">x</a>'),
			),
		).toEqual(['an event handler attribute (onclick)', 'a style attribute', 'a javascript: address']);
		expect(unhashableInlineCode(page('', '<p>Chop an onion=tasty, style="none"</p>'))).toEqual([]);
	});

	test('the meta tag goes straight after <meta charset>, before any script, and is replaced on a second run', () => {
		const html = page(`<script>${guard}</script>`);
		const once = withMetaPolicy(html, "default-src 'self'");
		expect(once).toContain(
			`<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>`,
		);
		expect(withMetaPolicy(once, "default-src 'none'")).toBe(withMetaPolicy(html, "default-src 'none'"));
		expect(metaPolicy(once)).toBe("default-src 'self'");
		expect(() => withMetaPolicy('<p>no head</p>', 'x')).toThrow(/no <head>/);
	});
});

describe('the security-headers integration', () => {
	function buildWith(pages: Record<string, string>) {
		const dir = mkdtempSync(join(tmpdir(), 'llr-dist-'));
		for (const [file, html] of Object.entries(pages)) {
			mkdirSync(join(dir, file, '..'), { recursive: true });
			writeFileSync(join(dir, file), html);
		}
		const hook = securityHeaders().hooks['astro:build:done'] as (options: unknown) => void;
		const logger = { info: () => {}, warn: () => {} };
		return { dir, run: () => hook({ dir: pathToFileURL(`${dir}/`), logger, pages: [], assets: new Map() }) };
	}

	test('puts the policy in every page and writes _headers with the hash of every inline script', () => {
		const { dir, run } = buildWith({
			'index.html': page(`<script>${guard}</script>`),
			'about/index.html': page('', '<script type="module">one()</script>'),
		});
		try {
			run();
			const headers = readFileSync(join(dir, '_headers'), 'utf8');
			expect(headers).toContain(sha256Source(guard));
			expect(headers).toContain(sha256Source('one()'));
			for (const file of ['index.html', 'about/index.html']) {
				const html = readFileSync(join(dir, file), 'utf8');
				expect(blockedInline(html, metaPolicy(html) ?? '')).toEqual([]);
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('stops the build when a page has an event handler attribute, naming the page', () => {
		const { dir, run } = buildWith({ 'index.html': page('', '<img src="/a.png" onerror="go()">') });
		try {
			expect(run).toThrow(/index\.html: an event handler attribute \(onerror\)/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('headers for each host', () => {
	const rules = siteHeaderRules({ scripts: [sha256Source(guard)], styles: [] });

	test('_headers reads back as it was written, and the rules for a path are merged in order', () => {
		const text = formatHeadersFile(rules);
		expect(parseHeadersFile(text)).toEqual(rules);
		const forAsset = headersFor(parseHeadersFile(text), '/_astro/app.js');
		expect(forAsset.get('X-Content-Type-Options')).toBe('nosniff');
		expect(forAsset.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
		expect(headersFor(rules, '/about/').get('Cache-Control')).toBeUndefined();
	});

	test('refuses a line longer than Cloudflare Pages reads', () => {
		const many = Array.from({ length: 60 }, (_, i) => sha256Source(`script ${i}`));
		expect(() => formatHeadersFile(siteHeaderRules({ scripts: many, styles: [] }))).toThrow(/over the 2000/);
	});

	test('nginx repeats the site-wide headers inside each location, since nginx drops them there', () => {
		const nginx = nginxConfig(rules);
		const csp = rules[0]!.headers[0]![1];
		expect(nginx.match(/add_header Content-Security-Policy/g)).toHaveLength(rules.length);
		expect(nginx).toContain(`add_header Content-Security-Policy "${csp}" always;`);
		expect(nginx).toContain('location ^~ /_astro/ {');
		expect(nginx).toContain('location = /sw.js {');
	});

	test('Apache and CloudFront get the same values', () => {
		const csp = rules[0]!.headers[0]![1];
		expect(apacheConfig(rules)).toContain(`Header always set Content-Security-Policy "${csp}"`);
		expect(apacheConfig(rules)).toContain('<If "%{REQUEST_URI} =~ m#^/_astro/.*$#">');
		const cloudFront = cloudFrontResponseHeadersPolicy(rules) as {
			SecurityHeadersConfig: { ContentSecurityPolicy: { ContentSecurityPolicy: string } };
			CustomHeadersConfig: { Items: { Header: string }[] };
		};
		expect(cloudFront.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy).toBe(csp);
		expect(cloudFront.CustomHeadersConfig.Items.map((item) => item.Header)).toEqual(['Permissions-Policy']);
	});
});

describe('what is kept for use offline', () => {
	test('the crisis pages and every safety plan page are kept, and register the worker', () => {
		for (const url of ['/', '/urgent-help/', '/safety-plan/fill-in/', '/offline/'])
			expect(keepsOffline(url), url).toBe(true);
		expect(keepsOffline('/services/')).toBe(false);
	});

	test('a page loads its scripts, styles, icons and island components, not the pages it links to', () => {
		const html = page(
			'<link rel="stylesheet" href="/_astro/Base.css"><link rel="icon" href="/favicon.svg"><link rel="canonical" href="/x/">',
			'<a href="/services/">x</a><script type="module" src="/_astro/a.js"></script><astro-island component-url="/_astro/Editor.js" renderer-url="/_astro/client.js"></astro-island><img src="//cdn.example/x.png">',
		);
		expect(assetsInPage(html).sort()).toEqual([
			'/_astro/Base.css',
			'/_astro/Editor.js',
			'/_astro/a.js',
			'/_astro/client.js',
			'/favicon.svg',
		]);
	});

	test('a module imports are followed', () => {
		expect(
			importsInModule(
				'import{a as e}from"./react.X.js";import"./side.js";const m=import("./lazy.js")',
				'/_astro/Editor.js',
			).sort(),
		).toEqual(['/_astro/lazy.js', '/_astro/react.X.js', '/_astro/side.js']);
	});

	test('the first visit keeps only the crisis pages and their stylesheets; a plan page keeps its files when opened', () => {
		const files = new Map<string, string>([
			...offlinePages.map(
				(url) =>
					[
						url,
						page(
							'<link rel="stylesheet" href="/_astro/Base.css"><link rel="icon" href="/favicon.svg">',
							'<astro-island component-url="/_astro/Editor.js"></astro-island>',
						),
					] as const,
			),
			['/favicon.svg', '<svg/>'],
			['/_astro/Base.css', 'p{}'],
			['/_astro/Editor.js', 'import"./react.js"'],
			['/_astro/react.js', ''],
		]);
		expect(precachedPages).toEqual(['/', '/urgent-help/', '/offline/']);
		expect(precacheUrls((url) => files.get(url))).toEqual(['/', '/_astro/Base.css', '/urgent-help/', '/offline/']);
		const onOpen = keptWhenOpenedUrls((url) => files.get(url));
		expect(Object.keys(onOpen)).toEqual([...keptWhenOpened]);
		expect(onOpen['/safety-plan/fill-in/']).toEqual([
			'/safety-plan/fill-in/',
			'/_astro/Editor.js',
			'/_astro/Base.css',
			'/favicon.svg',
			'/_astro/react.js',
		]);
		expect(stylesheetsInPage(files.get('/')!)).toEqual(['/_astro/Base.css']);
		files.delete('/_astro/react.js');
		expect(() => keptWhenOpenedUrls((url) => files.get(url))).toThrow('not in the build: /_astro/react.js');
		files.delete('/_astro/Base.css');
		expect(() => precacheUrls((url) => files.get(url))).toThrow('not in the build: /_astro/Base.css');
	});

	test('the version changes when any kept file or the worker changes, and not otherwise', () => {
		const files = [
			{ url: '/', content: 'a' },
			{ url: '/offline/', content: 'b' },
		];
		const version = offlineVersion(files, 'worker');
		expect(offlineVersion([...files].reverse(), 'worker')).toBe(version);
		expect(
			offlineVersion(
				[
					{ url: '/', content: 'a' },
					{ url: '/offline/', content: 'c' },
				],
				'worker',
			),
		).not.toBe(version);
		expect(offlineVersion(files, 'worker 2')).not.toBe(version);
	});

	test('the worker template is filled in, and one without its placeholders is refused', () => {
		const template = readFileSync('src/offline/service-worker.js', 'utf8');
		const script = serviceWorkerScript(template, 'abc123', ['/', '/offline/'], {
			'/safety-plan/': ['/safety-plan/', '/_astro/a.js'],
		});
		expect(script).toContain('const version = "abc123";');
		expect(script).toContain('const keptUrls = ["/","/offline/"];');
		expect(script).toContain('const keptWhenOpened = {"/safety-plan/":["/safety-plan/","/_astro/a.js"]};');
		expect(script).not.toMatch(/__OFFLINE_|__KEPT_/);
		// One place writes to the cache, keep(), and only the fixed lists reach it: never a visited page or a query.
		expect(script.match(/\.put\(|\.add\(|\.addAll\(/g)).toEqual(['.addAll(']);
		expect([...script.matchAll(/\bkeep\(([^)]*)\)/g)].map((match) => match[1])).toEqual([
			'urls',
			'keptUrls',
			'keptWhenOpened[page]',
			'keptWhenOpened[page]',
		]);
		expect(() => serviceWorkerScript('const v = 1;', 'x', [], {})).toThrow(/no __OFFLINE_VERSION__/);
	});
});

describe('sitemap and robots', () => {
	test('public pages only: not noindex pages, the 404 page or "which service?" answer pages', () => {
		expect(isPublicPage('/', page(''))).toBe(true);
		expect(isPublicPage('/services/samaritans/', page(''))).toBe(true);
		expect(isPublicPage('/which-service/', page(''))).toBe(true);
		expect(isPublicPage('/which-service/danger/', page(''))).toBe(true);
		expect(isPublicPage('/which-service/me/', page(''))).toBe(false);
		expect(isPublicPage('/which-service/me/18-to-25/leicester/anxiety/results/', page(''))).toBe(false);
		expect(isPublicPage('/content-review/', page('<meta name="robots" content="noindex">'))).toBe(false);
		expect(isPublicPage('/404.html', page(''))).toBe(false);
	});

	test('addresses are absolute, as the sitemap protocol requires', () => {
		const xml = sitemapXml(new URL('https://help.example.org'), ['/urgent-help/', '/']);
		expect(xml).toContain(
			'<url><loc>https://help.example.org/</loc></url>\n<url><loc>https://help.example.org/urgent-help/</loc></url>',
		);
		expect(robotsTxt(new URL('https://help.example.org'))).toContain('Sitemap: https://help.example.org/sitemap.xml');
	});

	test('built files map to their addresses', () => {
		expect(pageAddress('index.html')).toBe('/');
		expect(pageAddress('about/index.html')).toBe('/about/');
		expect(pageAddress('404.html')).toBe('/404.html');
	});
});

describe('the Open Referral UK feed on each host', () => {
	const rules = siteHeaderRules({ scripts: [], styles: [] });
	const feedEndpoints = [
		'/open-data/openreferral/',
		'/open-data/openreferral/services',
		'/open-data/openreferral/services/0b5e7e2c-0000-5000-8000-000000000000',
		'/open-data/openreferral/openapi.json',
	];

	test('_headers: any site may read every endpoint, as JSON, with the site-wide security headers too', () => {
		for (const endpoint of feedEndpoints) {
			const headers = headersFor(parseHeadersFile(formatHeadersFile(rules)), endpoint);
			expect(headers.get('Access-Control-Allow-Origin'), endpoint).toBe('*');
			expect(headers.get('Content-Type'), endpoint).toBe('application/json');
			expect(headers.get('X-Content-Type-Options'), endpoint).toBe('nosniff');
		}
		expect(headersFor(rules, '/about/').get('Access-Control-Allow-Origin')).toBeUndefined();
	});

	test('_redirects serves each endpoint from its index.json on Netlify and Cloudflare Pages', () => {
		const lines = feedRedirectsFile()
			.split('\n')
			.filter((line) => line && !line.startsWith('#'));
		expect(lines).toContain('/open-data/openreferral/ /open-data/openreferral/index.json 200');
		expect(lines).toContain('/open-data/openreferral/services /open-data/openreferral/services/index.json 200');
		expect(lines).toContain('/open-data/openreferral/services/:id /open-data/openreferral/services/:id/index.json 200');
	});

	test('nginx: a location with the CORS header, JSON as the type and the rewrite; Apache: the header and a rewrite', () => {
		const nginx = nginxConfig(rules);
		const feedLocation = nginx.slice(nginx.indexOf('location ^~ /open-data/openreferral/ {'));
		expect(feedLocation).toContain('add_header Access-Control-Allow-Origin "*" always;');
		expect(feedLocation).toContain('add_header Content-Security-Policy');
		expect(feedLocation).toContain('default_type application/json;');
		expect(feedLocation).toContain('try_files $uri/index.json $uri =404;');
		const apache = apacheConfig(rules);
		expect(apache).toContain('<If "%{REQUEST_URI} =~ m#^/open\\-data/openreferral/.*$#">'.replace('\\-', '-'));
		expect(apache).toContain('Header always set Access-Control-Allow-Origin "*"');
		const rewrite = apache.match(/RewriteRule \^\/\?\((.+)\)\/\?\$ \/\$1\/index\.json \[L\]/);
		expect(rewrite).not.toBeNull();
		const pattern = new RegExp(`^/?(${rewrite![1]})/?$`);
		expect('/open-data/openreferral/services/abc'.replace(pattern, '/$1/index.json')).toBe(
			'/open-data/openreferral/services/abc/index.json',
		);
		expect('/open-data/openreferral/'.replace(pattern, '/$1/index.json')).toBe('/open-data/openreferral/index.json');
	});

	test('CloudFront: a policy with CORS for the feed behaviour, and a function that does the rewrite', () => {
		const policy = cloudFrontResponseHeadersPolicy(rules, { feed: true }) as {
			CorsConfig: { AccessControlAllowOrigins: { Items: string[] } };
		};
		expect(policy.CorsConfig.AccessControlAllowOrigins.Items).toEqual(['*']);
		expect(cloudFrontResponseHeadersPolicy(rules)).not.toHaveProperty('CorsConfig');
		const handler = new Function(`${cloudFrontFeedFunction()}; return handler;`)() as (event: {
			request: { uri: string };
		}) => { uri: string };
		expect(handler({ request: { uri: '/open-data/openreferral/services/abc' } }).uri).toBe(
			'/open-data/openreferral/services/abc/index.json',
		);
		expect(handler({ request: { uri: '/open-data/openreferral/' } }).uri).toBe('/open-data/openreferral/index.json');
		expect(handler({ request: { uri: '/open-data/openreferral/openapi.json' } }).uri).toBe(
			'/open-data/openreferral/openapi.json',
		);
		expect(handler({ request: { uri: '/about/' } }).uri).toBe('/about/');
	});
});
