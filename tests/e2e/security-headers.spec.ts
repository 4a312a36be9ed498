/**
 * Safe to host anywhere: the site driven in Chromium while served with those headers (every kind of page, quick exit, search, the fill-in
 * plan, print and share, wizard recovery), with no Content Security Policy violation and nothing injected run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../../src/lib/hosting/headers-file.ts';
import { builtPages, distDir } from './built-pages.ts';
import { serveBuiltSite, type BuiltSite } from './serve-built-site.ts';

const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
const siteHeaders = headersFor(rules, '/any/page/');
const headerPolicy = siteHeaders.get('Content-Security-Policy') ?? '';

/** Collects every policy violation a page reports (in the page, and in the console, which also covers workers). */
async function watchForViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeBinding('reportPolicyViolation', (_source, text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) =>
			(window as unknown as { reportPolicyViolation: (text: string) => void }).reportPolicyViolation(
				`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} on ${location.pathname}`,
			),
		);
	});
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to|Permissions-Policy|Pagefind web worker/i.test(message.text()))
			violations.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
	return violations;
}

/** The machine has no network: answer the neutral site that quick exit goes to, locally. */
async function fakeExitSite(context: BrowserContext) {
	await context.route('https://www.bbc.co.uk/**', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
	);
}

/** One page of each template, and every page that is one of a kind. */
function onePerTemplate(): string[] {
	const seen = new Set<string>();
	return builtPages()
		.map(({ url }) => url)
		.filter((url) => {
			const template = url
				.replace(/^\/services\/[^/]+\/[^/]+\/$/, '/services/<facet>/<value>/')
				.replace(/^\/services\/(?!<)[^/]+\/$/, '/services/<slug>/')
				.replace(/^\/self-help\/[^/]+\/$/, '/self-help/<slug>/')
				.replace(
					/^\/which-service\/(me|someone-else|my-child)\/(.*)$/,
					(_all, _who, rest: string) =>
						`/which-service/<who>/${rest.split('/').length}/${rest.endsWith('results/') ? 'results' : ''}`,
				);
			if (seen.has(template)) return false;
			seen.add(template);
			return true;
		});
}

test('another site can read the Open Referral UK feed from the browser, at every endpoint the profile requires', async ({
	page,
}) => {
	const feedSite = await serveBuiltSite();
	// Another origin with no policy of its own (this site's policy would stop its own pages reading other sites).
	const otherSite = await serveBuiltSite({ withHeaders: false });
	try {
		await page.goto(`${otherSite.origin}/robots.txt`);
		const list = await page.evaluate(
			async (origin) => (await fetch(`${origin}/open-data/openreferral/services`)).json(),
			feedSite.origin,
		);
		expect(list.total_items).toBeGreaterThan(60);
		const root = await page.evaluate(async (origin) => {
			const response = await fetch(`${origin}/open-data/openreferral/`);
			return { type: response.headers.get('content-type'), body: await response.json() };
		}, feedSite.origin);
		expect(root).toMatchObject({ type: 'application/json', body: { version: 'HSDS-UK-3.0' } });
		const one = await page.evaluate(
			async ({ origin, id }) => (await fetch(`${origin}/open-data/openreferral/services/${id}`)).json(),
			{ origin: feedSite.origin, id: list.contents[0].id },
		);
		expect(one.name).toBe(list.contents[0].name);
		// A page of the site itself is not open to other sites: the header is only on the feed.
		const blocked = await page.evaluate(
			async (origin) =>
				fetch(`${origin}/about/`).then(
					() => 'read',
					() => 'blocked',
				),
			feedSite.origin,
		);
		expect(blocked).toBe('blocked');
	} finally {
		await feedSite.close();
		await otherSite.close();
	}
});

test.describe('served with its own headers', () => {
	let site: BuiltSite;
	test.beforeAll(async () => {
		site = await serveBuiltSite();
	});
	test.afterAll(async () => site.close());
	test.beforeEach(async ({ context }) => fakeExitSite(context));

	test('every kind of page loads with the headers and no policy violation', async ({ page }) => {
		const violations = await watchForViolations(page);
		const pages = onePerTemplate();
		expect(pages.length).toBeGreaterThan(20);
		test.setTimeout(30_000 + pages.length * 3_000);
		for (const url of pages) {
			const response = await page.goto(site.origin + url);
			expect(response?.headers()['content-security-policy'], url).toBe(headerPolicy);
			await expect(page.getByRole('region', { name: 'Get help now' }), url).toBeVisible();
		}
		expect(violations).toEqual([]);
	});

	test('quick exit by click and by Shift three times, and Back does not return', async ({ page }) => {
		const violations = await watchForViolations(page);
		await page.goto(`${site.origin}/`);
		await page.getByRole('link', { name: 'Urgent help' }).first().click();
		await expect(page).toHaveURL(/\/urgent-help\/$/);
		await page.getByRole('link', { name: 'Emergency Exit this page' }).click();
		await expect(page.getByRole('heading', { name: 'Weather' })).toBeVisible();
		// The inline exit guard must run under the policy: Back to the site leaves again at once.
		await page.goBack();
		await expect(page).toHaveURL(/bbc\.co\.uk/);
		await expect(page.getByRole('heading', { name: 'Weather' })).toBeVisible();
		await page.goto(`${site.origin}/`);
		await expect(page.locator('[data-exit-hint]')).toBeVisible();
		for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
		await expect(page.getByRole('heading', { name: 'Weather' })).toBeVisible();
		expect(violations).toEqual([]);
	});

	test('search runs Pagefind and its WebAssembly worker under the policy', async ({ page }) => {
		const violations = await watchForViolations(page);
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
		await page.goto(`${site.origin}/search/`);
		await page.getByLabel('What would you like help with?').fill('anxiety');
		await page.getByLabel('What would you like help with?').press('Enter');
		await expect(page.locator('[data-results] li a').first()).toBeVisible();
		// The full-text index loads when ranking finds too few, or when the person asks for more.
		await page.getByRole('button', { name: 'Search every page for more' }).click();
		await expect.poll(() => workers).toContain('/pagefind/pagefind-worker.js');
		expect(violations).toEqual([]);
	});

	test('the fill-in safety plan works and keeps what is typed', async ({ page }) => {
		const violations = await watchForViolations(page);
		await page.goto(`${site.origin}/safety-plan/fill-in/`);
		// Saving starts once the editor is ready; words typed before then are tested in safety-plan.spec.ts.
		await expect(page.locator('.plan-editor[data-ready]')).toBeVisible();
		const first = page.getByRole('main').getByRole('textbox').first();
		await first.fill('Going for a walk');
		await page.reload();
		await expect(page.getByRole('main').getByRole('textbox').first()).toHaveValue('Going for a walk');
		expect(violations).toEqual([]);
	});

	test('print and copy on wizard results, and print on a printable plan', async ({ page, context }) => {
		const violations = await watchForViolations(page);
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
		// Count print requests instead of opening the print dialog.
		await page.addInitScript(() => {
			window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
		});
		await page.goto(`${site.origin}/which-service/me/36-to-64/leicester/`);
		await page.getByRole('button', { name: 'Copy link to these results' }).click();
		await expect(page.getByText('Link copied.')).toBeVisible();
		await page.getByRole('button', { name: 'Print these results' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
		await page.goto(`${site.origin}/safety-plan/my-safety-plan/`);
		await page.getByRole('main').getByRole('button', { name: /print/i }).first().click();
		await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
		expect(violations).toEqual([]);
	});

	test('a broken "which service?" address recovers from the 404 page', async ({ page }) => {
		const violations = await watchForViolations(page);
		await page.goto(`${site.origin}/which-service/me/20-to-24/atlantis/`);
		await expect(page).toHaveURL(`${site.origin}/which-service/me/20-to-24/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where do you live?');
		expect(violations).toEqual([]);
	});

	test('a script injected into a page does not run, and is reported', async ({ page }) => {
		const violations = await watchForViolations(page);
		await page.route(`${site.origin}/about/`, async (route) => {
			const response = await route.fetch();
			const body = (await response.text()).replace('</main>', '<script>document.title = "injected"</script></main>');
			await route.fulfill({ response, body });
		});
		await page.goto(`${site.origin}/about/`);
		await expect.poll(() => violations.length).toBeGreaterThan(0);
		expect(await page.title()).not.toBe('injected');
	});
});

test.describe('on a host that cannot set headers (the <meta> policy only)', () => {
	let site: BuiltSite;
	test.beforeAll(async () => {
		site = await serveBuiltSite({ withHeaders: false });
	});
	test.afterAll(async () => site.close());

	test('search, the fill-in plan and wizard results work with no violation', async ({ page }) => {
		const violations = await watchForViolations(page);
		await page.goto(`${site.origin}/search/?q=sleep`);
		await expect(page.locator('[data-results] li a').first()).toBeVisible();
		await page.goto(`${site.origin}/safety-plan/fill-in/`);
		await expect(page.getByRole('main').getByRole('textbox').first()).toBeEditable();
		await page.goto(`${site.origin}/which-service/me/36-to-64/leicester/`);
		await expect(page.getByRole('button', { name: 'Copy link to these results' })).toBeVisible();
		expect(violations).toEqual([]);
	});

	test('an injected script still does not run', async ({ page }) => {
		await page.route(`${site.origin}/privacy/`, async (route) => {
			const response = await route.fetch();
			await route.fulfill({
				response,
				body: (await response.text()).replace('</main>', '<script>document.title = "injected"</script></main>'),
			});
		});
		await page.goto(`${site.origin}/privacy/`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await page.title()).not.toBe('injected');
	});
});
