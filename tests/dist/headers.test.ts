/** The build's own `_headers` file and <meta> policy, read from dist/ and checked over every built page. Chromium drives the site under them in tests/e2e/security-headers.spec.ts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { blockedInline, metaPolicy, parsePolicy } from '../../src/lib/hosting/csp.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/hosting/headers-file.ts';
import { attribute, elements } from '../../src/lib/html.ts';
import { distDir, pages } from './built-site.ts';

const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
const siteHeaders = headersFor(rules, '/any/page/');
const headerPolicy = siteHeaders.get('Content-Security-Policy') ?? '';

describe('the headers the build writes', () => {
	test('_headers has the policy and the security headers for every path', () => {
		const directives = parsePolicy(headerPolicy);
		expect(directives.get('default-src')).toEqual(["'self'"]);
		expect(directives.get('script-src')?.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(directives.get('script-src')?.slice(2).every((source) => /^'sha256-[A-Za-z0-9+/]{43}='$/.test(source))).toBe(true);
		for (const [name, value] of [['frame-ancestors', "'none'"], ['base-uri', "'none'"], ['form-action', "'self'"], ['object-src', "'none'"]] as const)
			expect(directives.get(name), name).toEqual([value]);
		expect(headerPolicy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\bhttps?:|\*/);
		expect(siteHeaders.get('X-Content-Type-Options')).toBe('nosniff');
		expect(siteHeaders.get('Referrer-Policy')).toBe('no-referrer');
		expect(siteHeaders.get('Permissions-Policy')).toMatch(/(^|, )camera=\(\)/);
		expect(siteHeaders.get('Permissions-Policy')).toMatch(/(^|, )geolocation=\(\)/);
		expect(siteHeaders.get('Permissions-Policy')).not.toMatch(/clipboard-write/);
		expect(headersFor(rules, '/_astro/x.js').get('Cache-Control')).toContain('immutable');
		expect(headersFor(rules, '/sw.js').get('Cache-Control')).toBe('no-cache');
	});

	test('every inline script and style in every page is allowed by its hash, in the header and in the page', () => {
		const blocked: string[] = [];
		const metaNotSame: string[] = [];
		const expectedMeta = headerPolicy.replace(/; frame-ancestors 'none'/, '');
		for (const page of pages()) {
			const { url } = page;
			const meta = metaPolicy(page);
			if (meta !== expectedMeta) metaNotSame.push(url);
			for (const problem of blockedInline(page, headerPolicy)) blocked.push(`${url}: ${problem}`);
			// The meta policy only covers what follows it, so it must come before the first script.
			const all = elements(page);
			const policyAt = all.findIndex((element) => element.name === 'meta' && attribute(element, 'http-equiv') === 'Content-Security-Policy');
			const firstScript = all.findIndex((element) => element.name === 'script');
			if (policyAt === -1 || (firstScript !== -1 && policyAt > firstScript)) blocked.push(`${url}: the policy comes after a script`);
		}
		expect(blocked).toEqual([]);
		expect(metaNotSame).toEqual([]);
	});
});
