/** Ready to publish: which build is for the public, what stops it, and who runs the site as pages word it. */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/integrations/content/load.ts';
import {
	isProductionBuild,
	localBuildNotes,
	localSiteUrl,
	publishingProblems,
	siteAddress,
} from '../../src/lib/hosting/publishing.ts';
import { contactHref, missingOperatorFields, problemReportHref, reportFallbackHref } from '../../src/lib/operator.ts';
import { siteOperatorSchema, type SiteOperator } from '../../src/schemas/site-operator.ts';

const operator: SiteOperator = {
	organisation: { name: 'Example Council', website: 'https://www.example.gov.uk' },
	problemReports: { email: 'web@example.gov.uk' },
	accessibilityContact: { form: 'https://www.example.gov.uk/accessibility' },
	privacyController: { name: 'Example Council', contact: { email: 'dpo@example.gov.uk' } },
	accessibilityStatement: { prepared: '2026-12-01' },
};
const notSet: SiteOperator = {
	organisation: null,
	problemReports: null,
	accessibilityContact: null,
	privacyController: null,
	accessibilityStatement: null,
};

describe('a production build', () => {
	test('is one with SITE_URL set, or one asked for with PRODUCTION_BUILD=1', () => {
		expect(isProductionBuild({})).toBe(false);
		expect(isProductionBuild({ SITE_URL: '  ' })).toBe(false);
		expect(isProductionBuild({ SITE_URL: 'https://help.example.org' })).toBe(true);
		expect(isProductionBuild({ PRODUCTION_BUILD: '1' })).toBe(true);
	});

	test('takes its address from SITE_URL; a local build uses localhost', () => {
		expect(siteAddress({ SITE_URL: 'https://help.example.org' })).toBe('https://help.example.org');
		expect(siteAddress({})).toBe(localSiteUrl);
	});

	test('fails without SITE_URL or with an address that is not public, naming it', () => {
		expect(publishingProblems({ PRODUCTION_BUILD: '1' }, operator)).toEqual([
			expect.stringContaining('SITE_URL is not set'),
		]);
		expect(publishingProblems({ SITE_URL: 'http://help.example.org' }, operator)).toEqual([
			expect.stringContaining('must start with https://'),
		]);
		expect(publishingProblems({ SITE_URL: 'https://localhost:4321' }, operator)).toEqual([
			expect.stringContaining('is this computer'),
		]);
		expect(publishingProblems({ SITE_URL: 'help.example.org' }, operator)).toEqual([
			expect.stringContaining('is not a web address'),
		]);
		expect(publishingProblems({ SITE_URL: 'https://help.example.org' }, operator)).toEqual([]);
	});

	test('fails without an operator, naming every part that is missing', () => {
		expect(publishingProblems({ SITE_URL: 'https://help.example.org' }, notSet)).toEqual([
			'content/site.yaml: organisation is not set',
			'content/site.yaml: problemReports is not set',
			'content/site.yaml: accessibilityContact is not set',
			'content/site.yaml: privacyController is not set',
			'content/site.yaml: accessibilityStatement is not set',
		]);
		expect(
			publishingProblems({ SITE_URL: 'https://help.example.org' }, { ...operator, privacyController: null }),
		).toEqual(['content/site.yaml: privacyController is not set']);
	});

	test('a local build never fails for these, and says plainly what it lacks', () => {
		expect(publishingProblems({}, notSet)).toEqual([]);
		expect(localBuildNotes({}, notSet)).toEqual([
			expect.stringContaining('Local build, not for publishing'),
			expect.stringContaining('The operator is not set'),
		]);
		expect(localBuildNotes({}, operator)).toEqual([expect.stringContaining('Local build, not for publishing')]);
		expect(localBuildNotes({ SITE_URL: 'https://help.example.org' }, notSet)).toEqual([]);
	});
});

describe('the operator in content/site.yaml', () => {
	const { siteOperator, problems } = loadContent();

	test('is read and checked with the other content; no source names one yet, so every part says it is not set', () => {
		expect(problems.filter((problem) => problem.file.endsWith('site.yaml'))).toEqual([]);
		expect(missingOperatorFields(siteOperator)).toEqual([
			'organisation',
			'problemReports',
			'accessibilityContact',
			'privacyController',
			'accessibilityStatement',
		]);
	});

	test('the schema refuses a contact that is neither an email address nor an https form', () => {
		expect(siteOperatorSchema.safeParse(operator).success).toBe(true);
		expect(siteOperatorSchema.safeParse({ ...operator, problemReports: { email: 'not an address' } }).success).toBe(
			false,
		);
		expect(
			siteOperatorSchema.safeParse({ ...operator, problemReports: { form: 'http://example.gov.uk/form' } }).success,
		).toBe(false);
		expect(
			siteOperatorSchema.safeParse({ ...operator, organisation: { name: 'Example', phone: '0116 000 0000' } }).success,
		).toBe(false);
	});
});

describe('"Tell us about a problem"', () => {
	test('opens an email to the operator with the page address and the service name filled in', () => {
		const href = problemReportHref(operator, {
			address: 'https://help.example.org/services/samaritans/',
			serviceName: 'Samaritans & friends',
		});
		const url = new URL(href);
		expect(url.protocol).toBe('mailto:');
		expect(url.pathname).toBe('web@example.gov.uk');
		expect(url.searchParams.get('subject')).toBe('Problem with the page about Samaritans & friends');
		expect(url.searchParams.get('body')).toContain('Page: https://help.example.org/services/samaritans/\r\n');
		// RFC 6068 wants %20 for spaces: some mail apps show a + literally.
		expect(href).not.toContain('+');
	});

	test('goes to the form when the contact is a form, and to the About page when no one is set', () => {
		expect(
			problemReportHref(
				{ ...operator, problemReports: { form: 'https://www.example.gov.uk/report' } },
				{ address: 'x' },
			),
		).toBe('https://www.example.gov.uk/report');
		expect(problemReportHref(notSet, { address: 'https://help.example.org/services/samaritans/' })).toBe(
			reportFallbackHref,
		);
		expect(problemReportHref(undefined, { address: 'x' })).toBe(reportFallbackHref);
		expect(contactHref({ email: 'a@example.org' })).toBe('mailto:a@example.org');
	});
});
