/**
 * Whether a build is for publishing, and what stops it. A build is for publishing (production) when SITE_URL is
 * set, or when it is asked for with PRODUCTION_BUILD=1 (`npm run build:production`), which then fails without
 * SITE_URL. Any other build is local (`npm start`, `npm test`, CI): its addresses point at localhost and its pages
 * say who runs the site is not set, so a copy of it is never mistaken for the real site.
 */
import type { SiteOperator } from '../../schemas/site-operator.ts';
import { missingOperatorFields } from '../operator.ts';

/** Where a local build says it lives (the address `npm start` serves it at). */
export const localSiteUrl = 'http://localhost:4321';

export type BuildSettings = { SITE_URL?: string | undefined; PRODUCTION_BUILD?: string | undefined };

/** Whether this build is meant to be published. */
export function isProductionBuild(env: BuildSettings): boolean {
	return Boolean(env.SITE_URL?.trim()) || env.PRODUCTION_BUILD === '1';
}

/** The site's public address for this build: SITE_URL, or the local address for a local build. */
export function siteAddress(env: BuildSettings): string {
	return env.SITE_URL?.trim() || localSiteUrl;
}

/** Why the public address cannot be used for publishing, or nothing when it can. */
function siteUrlProblems(siteUrl: string | undefined): string[] {
	if (!siteUrl?.trim())
		return [
			'SITE_URL is not set. Set it to the public address, for example SITE_URL=https://example.org npm run build',
		];
	let url: URL;
	try {
		url = new URL(siteUrl.trim());
	} catch {
		return [`SITE_URL "${siteUrl}" is not a web address. Write it in full, for example https://example.org`];
	}
	if (url.protocol !== 'https:') return [`SITE_URL "${siteUrl}" must start with https://`];
	if (['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) || url.hostname.endsWith('.localhost'))
		return [`SITE_URL "${siteUrl}" is this computer, not a public address`];
	return [];
}

/**
 * Everything that stops a production build, each in words an operator can act on. Empty for a local build, which
 * only reports what is not set (see `localBuildNotes`).
 */
export function publishingProblems(env: BuildSettings, operator: SiteOperator | undefined): string[] {
	if (!isProductionBuild(env)) return [];
	return [
		...siteUrlProblems(env.SITE_URL),
		...missingOperatorFields(operator).map((field) => `content/site.yaml: ${field} is not set`),
	];
}

/** What a local build lacks compared with a production one, said once in the build log. */
export function localBuildNotes(env: BuildSettings, operator: SiteOperator | undefined): string[] {
	if (isProductionBuild(env)) return [];
	const missing = missingOperatorFields(operator);
	return [
		`Local build, not for publishing: addresses in sitemap.xml, robots.txt and the open data point at ${localSiteUrl}. Set SITE_URL to build the public site.`,
		...(missing.length > 0
			? [
					`The operator is not set (content/site.yaml: ${missing.join(', ')}). Pages say so; a production build fails until it is set.`,
				]
			: []),
	];
}
