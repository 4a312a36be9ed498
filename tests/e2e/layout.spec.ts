/**
 * Phone-first layout, on one page of every kind, with JavaScript on and off: nothing scrolls sideways, the page's
 * heading starts in the first screen of a 320x568 phone, and tap targets are big enough and not cramped.
 * Screenshots of every kind at 320, 375 and 1280 px and at 200% zoom (the first four screens) are saved under test-results/ for a person
 * to look over.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, fullSweep, inBatches, sweepPages } from './built-pages.ts';
import { measureLayout, measureWidthAndHeading } from './layout-checks.ts';
import { pageKinds } from './page-kinds.ts';

const kinds = pageKinds;

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's WCAG 2.2 AA findings, as rule and elements, so a failure says where to look. */
async function axeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
	return results.violations.map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

async function open(page: Page, { url, ready }: { url: string; ready?: string | undefined }, javaScriptEnabled = true) {
	const response = await page.goto(url);
	expect(response?.status(), url).toBe(url === '/no-such-page/' ? 404 : 200);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	if (ready && javaScriptEnabled) await expect(page.locator(ready).first()).toBeVisible();
}

test('every kind of page listed here is built', () => {
	const built = new Set(builtPages().map((page) => page.url));
	const missing = kinds
		.map(({ url }) => url.replace(/\?.*$/, ''))
		.filter((url) => url !== '/no-such-page/' && !built.has(url));
	expect(missing).toEqual([]);
});

for (const javaScriptEnabled of [true, false]) {
	test.describe(`at 320x568, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled, viewport: { width: 320, height: 568 } });

		// A few pages to a test, in one browser page (see inBatches): a failure lists every page and what is wrong.
		for (const batch of inBatches(kinds, 4)) {
			test(`no sideways scroll, heading on the first screen, tap targets big and apart: ${batch.name}`, async ({
				page,
			}) => {
				test.setTimeout(30_000 + batch.items.length * 10_000);
				const problems: Record<string, Record<string, unknown>> = {};
				for (const { kind, url, ready } of batch.items) {
					await open(page, { url, ready }, javaScriptEnabled);
					const report = await page.evaluate(measureLayout);
					const found: Record<string, unknown> = {};
					if (report.tooWide.length > 0) found['sticks out past 320 px'] = report.tooWide;
					if (report.scrollWidth > 320) found['page width'] = report.scrollWidth;
					if (report.h1Top === null || report.h1Top >= 568) found['top of the h1'] = report.h1Top;
					if (report.tooSmall.length > 0) found['targets under 24x24 px'] = report.tooSmall;
					if (report.primaryTooSmall.length > 0) found['buttons and fields under 44 px tall'] = report.primaryTooSmall;
					if (report.tooClose.length > 0) found['stacked targets less than 8 px apart'] = report.tooClose;
					// axe runs its checks as a script in the page, so it can only run with JavaScript on.
					if (javaScriptEnabled) {
						const violations = await axeViolations(page);
						if (violations.length > 0) found['axe, WCAG 2.2 AA, at 320 px'] = violations;
					}
					if (Object.keys(found).length > 0) problems[`${kind} (${url})`] = found;
				}
				expect(problems).toEqual({});
			});
		}
	});
}

test.describe('the menu on a small screen', () => {
	test.use({ viewport: { width: 320, height: 568 } });

	for (const javaScriptEnabled of [true, false])
		test(`opens and closes, with the search and every section, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({
			browser,
		}) => {
			const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 320, height: 568 } });
			const page = await context.newPage();
			await page.goto('/services/');
			const menu = page.getByRole('group').filter({ has: page.locator('summary', { hasText: 'Menu' }) });
			const toggle = page.locator('summary', { hasText: 'Menu' });
			await expect(toggle).toBeVisible();
			await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
			await expect(page.getByLabel('Search for support')).toBeHidden();
			await toggle.click();
			await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
			await expect(page.getByRole('link', { name: 'Services' }).first()).toHaveAttribute('aria-current', 'page');
			if (javaScriptEnabled) expect(await axeViolations(page), 'axe with the menu open').toEqual([]);
			await page.getByLabel('Search for support').fill('sleep');
			await page.getByLabel('Search for support').press('Enter');
			await expect(page).toHaveURL(/\/search\/\?q=sleep/);
			await page.goBack();
			await toggle.click();
			await toggle.click();
			await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
			expect(await menu.count()).toBeLessThanOrEqual(1);
			await context.close();
		});

	test('the menu opens from the keyboard, and the exit control and help-now numbers stay on screen', async ({
		page,
	}) => {
		await page.goto('/which-service/who/');
		const toggle = page.locator('summary', { hasText: 'Menu' });
		await toggle.focus();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Search for support')).toBeFocused();
		for (const name of ['Emergency Exit this page']) await expect(page.getByRole('link', { name })).toBeInViewport();
		const strip = page.getByRole('region', { name: 'Get help now' });
		for (const href of ['tel:999', 'tel:111']) await expect(strip.locator(`a[href="${href}"]`)).toBeInViewport();
	});
});

test('on a wide screen the menu is not folded, and the help-now strip lines up with the page content', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/services/');
	await expect(page.locator('summary', { hasText: 'Menu' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
	await expect(page.getByLabel('Search for support')).toBeVisible();
	const left = async (selector: string) => (await page.locator(selector).first().boundingBox())!.x;
	const content = await left('main h1');
	expect(await left('.help-now p')).toBe(content);
	expect(await left('.site-header__name')).toBe(content);
	const right = async (selector: string) => {
		const box = (await page.locator(selector).first().boundingBox())!;
		return box.x + box.width;
	};
	// The exit control ends where the header's search ends: the right edge of the same column.
	expect(Math.abs((await right('exit-this-page')) - (await right('.site-search')))).toBeLessThanOrEqual(1);
});

// At 320 px the checks above already open every kind of page; screenshots for people to look at are saved with
// FULL_SWEEP=1 (npm run test:e2e:full), at every width.
// 640x400 is a 1280x800 window at 200% zoom.
const screenWidths = [
	...(fullSweep ? [{ width: 320, height: 568 }] : []),
	{ width: 375, height: 667 },
	{ width: 1280, height: 800 },
	...(fullSweep ? [{ width: 640, height: 400 }] : []),
];

test.describe('every kind of page at a larger phone and a desktop width', () => {
	for (const { width, height } of screenWidths)
		test(`at ${width}x${height}: no sideways scroll and the heading on the first screen${fullSweep ? ', with screenshots' : ''}`, async ({
			page,
		}, testInfo) => {
			test.setTimeout(kinds.length * 8_000);
			await page.setViewportSize({ width, height });
			const wrong: string[] = [];
			for (const { kind, url, ready } of kinds) {
				await open(page, { url, ready });
				if (fullSweep) {
					// The first four screens: what a person meets first, without the cost of the longest pages in full.
					const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
					await page.screenshot({
						path: testInfo.outputPath(
							`${width === 640 ? '200-percent-zoom' : `${width}px`}-${kind.replace(/[^a-z0-9]+/gi, '-')}.png`,
						),
						fullPage: true,
						clip: { x: 0, y: 0, width, height: Math.min(pageHeight, 4 * height) },
					});
				}
				const report = await page.evaluate(measureWidthAndHeading);
				if (report.scrollWidth > width) wrong.push(`${url}: ${report.scrollWidth} px wide`);
				if (report.h1Top === null || report.h1Top >= height) wrong.push(`${url}: h1 at ${report.h1Top}`);
			}
			expect(wrong).toEqual([]);
		});
});

test.describe('no page scrolls sideways at 320 px', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 568 } });

	// Long web addresses and emails come from content: check every services page. The "which service?" pages show
	// their cards only once a need is chosen, so one per template and state is enough (all of them with FULL_SWEEP=1).
	const built = builtPages();
	const results = sweepPages().filter(({ url }) => url.startsWith('/which-service/'));
	const groups = [built.filter(({ url }) => url.startsWith('/services/')), results];
	for (const [index, group] of groups.entries())
		test(`${index === 0 ? 'every services page' : '"which service?" pages'} (${group.length})`, async ({ page }) => {
			test.setTimeout(group.length * 2_000 + 30_000);
			const wrong: string[] = [];
			for (const { url } of group) {
				await page.goto(url);
				const width = await page.evaluate(() => document.documentElement.scrollWidth);
				if (width > 320) wrong.push(`${url}: ${width} px`);
			}
			expect(wrong).toEqual([]);
		});
});
