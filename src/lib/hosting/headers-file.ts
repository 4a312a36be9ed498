/**
 * The HTTP headers the site should be served with, as a `_headers` file (the format Netlify and Cloudflare
 * Pages read) and as the same rules for nginx, Apache and Amazon CloudFront. One list of rules, so every
 * host gets the same headers.
 */
import { contentSecurityPolicy, type InlineHashes } from './csp.ts';
import { feedPath } from '../open-data/feed.ts';

/** A path pattern (`*` matches anything, slashes too) and the headers for every path that matches it. */
export type HeaderRule = { path: string; headers: [name: string, value: string][] };

/**
 * Browser features the site never uses, turned off for it and anything it could ever embed.
 * Clipboard access stays on: "Copy link to these results" uses it. Only names Chromium knows,
 * so the header causes no console errors.
 */
export const permissionsPolicy = [
	'accelerometer',
	'autoplay',
	'browsing-topics',
	'camera',
	'display-capture',
	'encrypted-media',
	'fullscreen',
	'gamepad',
	'geolocation',
	'gyroscope',
	'hid',
	'idle-detection',
	'local-fonts',
	'magnetometer',
	'microphone',
	'midi',
	'payment',
	'picture-in-picture',
	'publickey-credentials-get',
	'screen-wake-lock',
	'serial',
	'sync-xhr',
	'usb',
	'xr-spatial-tracking',
]
	.map((feature) => `${feature}=()`)
	.join(', ');

/** The rules for the whole site: security headers everywhere, long caching for fingerprinted files only. */
export function siteHeaderRules(hashes: InlineHashes): HeaderRule[] {
	return [
		{
			path: '/*',
			headers: [
				['Content-Security-Policy', contentSecurityPolicy(hashes, { for: 'header' })],
				['X-Content-Type-Options', 'nosniff'],
				['Referrer-Policy', 'no-referrer'],
				['Permissions-Policy', permissionsPolicy],
			],
		},
		// File names under /_astro/ change whenever their content does, so browsers may keep them for a year.
		{ path: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
		// The service worker must always be checked, so a new build reaches people at their next visit.
		{ path: '/sw.js', headers: [['Cache-Control', 'no-cache']] },
		// The Open Referral UK feed: any site may read it from the browser (the profile requires this header), and
		// its endpoints have no file extension, so the type is said outright.
		{
			path: `${feedPath}*`,
			headers: [
				['Access-Control-Allow-Origin', '*'],
				['Content-Type', 'application/json'],
			],
		},
	];
}

/**
 * The feed's endpoints have no file extension (`/services/{id}`); each is built as `<endpoint>/index.json`. Netlify
 * and Cloudflare Pages read these rewrites from `_redirects` (status 200: the address stays, the file is served).
 */
export function feedRedirectsFile(): string {
	const stub = feedPath.replace(/\/$/, '');
	return [
		'# Rewrites for the Open Referral UK feed (Netlify, Cloudflare Pages), made by the build. Do not edit.',
		`${stub} ${stub}/index.json 200`,
		`${stub}/ ${stub}/index.json 200`,
		`${stub}/services ${stub}/services/index.json 200`,
		`${stub}/services/ ${stub}/services/index.json 200`,
		`${stub}/services/:id ${stub}/services/:id/index.json 200`,
		`${stub}/services/:id/ ${stub}/services/:id/index.json 200`,
		'',
	].join('\n');
}

/** A CloudFront Function (viewer request) that serves each feed endpoint from its `index.json`. */
export function cloudFrontFeedFunction(): string {
	const stub = feedPath.replace(/\/$/, '');
	return `// CloudFront Function (viewer request) for the Open Referral UK feed: /services/{id} -> /services/{id}/index.json.
function handler(event) {
	var request = event.request;
	var uri = request.uri;
	if ((uri === '${stub}' || uri.indexOf('${stub}/') === 0) && !/\\.json$/.test(uri)) {
		request.uri = uri.replace(/\\/?$/, '/index.json');
	}
	return request;
}
`;
}

/** Cloudflare Pages reads at most 2,000 characters on a line of `_headers`. */
export const maxHeaderLineLength = 2000;

/** The rules as a `_headers` file. Throws if a line is too long for Cloudflare Pages. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
	const lines = [
		'# Headers for Netlify and Cloudflare Pages, made by the build (src/integrations/security-headers.ts). Do not edit.',
	];
	for (const rule of rules) {
		lines.push(rule.path);
		for (const [name, value] of rule.headers) lines.push(`  ${name}: ${value}`);
	}
	const tooLong = lines.find((line) => line.length > maxHeaderLineLength);
	if (tooLong)
		throw new Error(
			`A _headers line is ${tooLong.length} characters, over the ${maxHeaderLineLength} that Cloudflare Pages reads: ${tooLong.slice(0, 80)}`,
		);
	return `${lines.join('\n')}\n`;
}

/** Reads a `_headers` file back into rules (comments and blank lines skipped). */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split(/\r?\n/)) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: [] });
			continue;
		}
		const at = line.indexOf(':');
		const rule = rules.at(-1);
		if (at === -1 || !rule) throw new Error(`Not a header line: ${line}`);
		rule.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
	}
	return rules;
}

function patternToRegExp(path: string): RegExp {
	return new RegExp(
		`^${path
			.split('*')
			.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
			.join('.*')}$`,
	);
}

/** The headers for one path, as Netlify and Cloudflare apply them: every matching rule, in order. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
	const headers = new Map<string, string>();
	for (const rule of rules)
		if (patternToRegExp(rule.path).test(pathname)) for (const [name, value] of rule.headers) headers.set(name, value);
	return headers;
}

function quoted(value: string): string {
	return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * The same headers for nginx, to paste in the site's `server { }` block. nginx drops a server's `add_header`
 * lines inside any `location` that has its own, so each location repeats the site-wide ones.
 */
export function nginxConfig(rules: readonly HeaderRule[]): string {
	const [site, ...others] = rules;
	if (!site || site.path !== '/*') throw new Error('The first rule must be the site-wide one (/*)');
	const siteLines = site.headers.map(([name, value]) => `add_header ${name} ${quoted(value)} always;`);
	const out = ['# Security headers for every response (made from dist/_headers by npm run headers).', ...siteLines];
	for (const rule of others) {
		const location = rule.path.endsWith('*') ? `location ^~ ${rule.path.slice(0, -1)}` : `location = ${rule.path}`;
		const isFeed = rule.path === `${feedPath}*`;
		// nginx sets Content-Type itself: in the feed, by default_type for the endpoints' index.json files.
		const headers = rule.headers.filter(([name]) => !(isFeed && name === 'Content-Type'));
		const feedLines = isFeed
			? [
					'types { }',
					'default_type application/json;',
					'# Each endpoint (/services/{id}) is the file <endpoint>/index.json.',
					'try_files $uri/index.json $uri =404;',
				]
			: [];
		out.push(
			'',
			`${location} {`,
			...[
				...siteLines,
				...headers.map(([name, value]) => `add_header ${name} ${quoted(value)} always;`),
				...feedLines,
			].map((line) => `\t${line}`),
			'}',
		);
	}
	return `${out.join('\n')}\n`;
}

/** The same headers for Apache (mod_headers), for the site's `<VirtualHost>` or its `.htaccess`. */
export function apacheConfig(rules: readonly HeaderRule[]): string {
	const out = [
		'# Security headers for every response (made from dist/_headers by npm run headers). Needs mod_headers.',
	];
	for (const rule of rules) {
		const lines = rule.headers.map(([name, value]) => `Header always set ${name} ${quoted(value)}`);
		if (rule.path === '/*') out.push(...lines);
		else {
			const pattern = `^${rule.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`;
			out.push('', `<If "%{REQUEST_URI} =~ m#${pattern}#">`, ...lines.map((line) => `\t${line}`), '</If>');
		}
	}
	const stub = feedPath.replace(/^\/|\/$/g, '');
	out.push(
		'',
		'# The Open Referral UK feed: each endpoint (/services/{id}) is the file <endpoint>/index.json. Needs mod_rewrite.',
		'RewriteEngine On',
		'RewriteCond %{REQUEST_URI} !\\.json$',
		`RewriteRule ^/?(${stub.replace(/[.+?^${}()|[\]\\]/g, '\\$&')}(?:/.*[^/])?)/?$ /$1/index.json [L]`,
	);
	return `${out.join('\n')}\n`;
}

/**
 * A CloudFront response headers policy for the site-wide rule (for
 * `aws cloudfront create-response-headers-policy --response-headers-policy-config file://policy.json`).
 * Cache-Control for /_astro/* and /sw.js is set with the files' metadata in S3 (see README).
 */
export function cloudFrontResponseHeadersPolicy(
	rules: readonly HeaderRule[],
	options: { feed?: boolean } = {},
): object {
	const site = rules.find((rule) => rule.path === '/*');
	if (!site) throw new Error('No site-wide rule (/*)');
	const header = (name: string) => site.headers.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
	const policy = header('Content-Security-Policy') ?? '';
	// CloudFront refuses a Content-Security-Policy longer than this.
	if (policy.length > 1783)
		throw new Error(`The Content-Security-Policy is ${policy.length} characters, over CloudFront's 1,783`);
	const custom = site.headers.filter(
		([name]) => !['content-security-policy', 'x-content-type-options', 'referrer-policy'].includes(name.toLowerCase()),
	);
	// The feed's behaviour (path pattern /open-data/openreferral/*) gets the same policy plus the CORS header.
	const cors = options.feed
		? {
				CorsConfig: {
					AccessControlAllowOrigins: { Quantity: 1, Items: ['*'] },
					AccessControlAllowHeaders: { Quantity: 1, Items: ['*'] },
					AccessControlAllowMethods: { Quantity: 2, Items: ['GET', 'HEAD'] },
					AccessControlAllowCredentials: false,
					OriginOverride: true,
				},
			}
		: {};
	return {
		Name: options.feed ? 'llr-mental-health-support-feed' : 'llr-mental-health-support',
		Comment: options.feed
			? 'Security headers and CORS for the Open Referral UK feed, made from dist/_headers'
			: 'Security headers made from dist/_headers',
		...cors,
		SecurityHeadersConfig: {
			ContentSecurityPolicy: { Override: true, ContentSecurityPolicy: policy },
			ContentTypeOptions: { Override: true },
			ReferrerPolicy: { Override: true, ReferrerPolicy: header('Referrer-Policy') },
		},
		CustomHeadersConfig: {
			Quantity: custom.length,
			Items: custom.map(([name, value]) => ({ Header: name, Value: value, Override: true })),
		},
	};
}
