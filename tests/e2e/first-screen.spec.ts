/**
 * The first screen does the page's job. On one page per template and state (sweepPages; every page with
 * FULL_SWEEP=1), with JavaScript on and off, on a 320x568 and a 375x667 phone: the site's frame ends by 200 px
 * (<main> starts there), 999 and 111 are tappable in the first screen, each "which service?" question shows its
 * first answer and each service page its main contact without a scroll (also at 200% zoom, 640x400 CSS px), and
 * axe finds nothing. Then WCAG 2.2 2.4.11 (focus not obscured): every in-page link, the skip link and every focus a
 * script moves lands below the sticky exit bar, at 320, 375 and 1280 px. Then long pages: each guide taller than
 * six screens at 320 px has "On this page", and the glossary's letters work both ways.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, inBatches, sweepPages } from './built-pages.ts';
import { pageKinds } from './page-kinds.ts';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const frameEndsBy = 200;

/** What a person must be able to tap without scrolling, on this page. */
function firstActionOf(url: string): string | undefined {
	if (url === '/which-service/') return 'main .button--start';
	if (/^\/which-service\/(me|someone-else|my-child)\/[^/]+\/[^/]+\/$/.test(url))
		return 'main .choices-group input[type="checkbox"]';
	// Emergency and "get help today" are answers, not questions: their action is the call they show.
	if (url === '/which-service/emergency/' || url === '/which-service/urgent/') return undefined;
	if (url.startsWith('/which-service/')) return 'main .choice';
	if (/^\/services\/[^/]+\/$/.test(url)) return 'main [data-main-contact] .contact__link';
	return undefined;
}

/** Runs in the page: where the frame ends, where the help-now numbers and the page's first action end. */
async function measureFirstScreen(page: Page, action: string | undefined) {
	return page.evaluate((selector) => {
		const box = (element: Element | null) => {
			if (!element || !element.checkVisibility()) return null;
			const rect = element.getBoundingClientRect();
			return { top: Math.round(rect.top + window.scrollY), bottom: Math.round(rect.bottom + window.scrollY) };
		};
		const strip = document.querySelector('.help-now');
		return {
			main: box(document.querySelector('main'))?.top ?? null,
			emergency: box(strip?.querySelector('a[href="tel:999"]') ?? null),
			urgent: box(strip?.querySelector('a[href="tel:111"]') ?? null),
			// A checkbox's label is its tap target too; the first one must be on screen in full.
			action: selector
				? box(document.querySelector(selector)?.closest('.checkbox') ?? document.querySelector(selector))
				: null,
			hasAction: selector ? document.querySelector(selector) !== null : false,
		};
	}, action ?? null);
}

const phones = [
	{ width: 320, height: 568 },
	{ width: 375, height: 667 },
];

// Each page is opened once per JavaScript setting and measured at both phone sizes (the window is resized).
for (const javaScriptEnabled of [true, false])
	test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled, viewport: phones[0]! });

		for (const batch of inBatches(sweepPages(), 4))
			test(`at 320x568 and 375x667 the frame ends by ${frameEndsBy} px; 999, 111 and the page's first action are in the first screen${javaScriptEnabled ? '; axe finds nothing at 320 px' : ''}: ${batch.name}`, async ({
				page,
			}) => {
				// axe on a long results page takes a while on a busy machine.
				test.setTimeout(60_000 + batch.items.length * (javaScriptEnabled ? 20_000 : 6_000));
				const problems: string[] = [];
				for (const { url } of batch.items) {
					await page.setViewportSize(phones[0]!);
					await page.goto(url);
					const action = firstActionOf(url);
					for (const { width, height } of phones) {
						await page.setViewportSize({ width, height });
						const found = await measureFirstScreen(page, action);
						const at = `${url} at ${width} px`;
						if (found.main === null || found.main > frameEndsBy)
							problems.push(`${at}: <main> starts at ${found.main} px`);
						for (const [name, number] of [
							['999', found.emergency],
							['111', found.urgent],
						] as const)
							if (!number || number.bottom > height)
								problems.push(`${at}: ${name} ${number ? `ends at ${number.bottom} px` : 'is not shown'}`);
						// A service that only takes referrals has no contact of its own to show first.
						if (action && found.hasAction && (!found.action || found.action.bottom > height))
							problems.push(`${at}: the first action (${action}) ends at ${found.action?.bottom} px`);
						if (action && !found.hasAction && !url.startsWith('/services/')) problems.push(`${at}: no ${action}`);
					}
					if (javaScriptEnabled) {
						await page.setViewportSize(phones[0]!);
						const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
						for (const v of results.violations)
							problems.push(`${url}: axe ${v.id} on ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
					}
				}
				expect(problems).toEqual([]);
			});
	});

test.describe('at 200% zoom (a 1280x800 window, 640x400 CSS px)', () => {
	test.use({ viewport: { width: 640, height: 400 } });

	test('each "which service?" question shows its first answer, and each service page its main contact, without a scroll', async ({
		page,
	}) => {
		const pages = sweepPages().filter(({ url }) => firstActionOf(url));
		test.setTimeout(30_000 + pages.length * 2_000);
		const problems: string[] = [];
		for (const { url } of pages) {
			await page.goto(url);
			const action = firstActionOf(url)!;
			const found = await measureFirstScreen(page, action);
			if (found.hasAction && (!found.action || found.action.bottom > 400))
				problems.push(`${url}: the first action ends at ${found.action?.bottom} px`);
		}
		expect(problems).toEqual([]);
	});
});

test.describe('"Show support" after the last choice', () => {
	const results = '/which-service/me/26-to-35/leicester/';
	for (const javaScriptEnabled of [true, false])
		for (const viewport of [
			{ width: 320, height: 568 },
			{ width: 640, height: 400 },
		])
			test(`is on screen once the last choice is made, with no scroll, at ${viewport.width}x${viewport.height}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({
				browser,
			}) => {
				const context = await browser.newContext({ javaScriptEnabled, viewport });
				const page = await context.newPage();
				await page.goto(results);
				await page.getByLabel('Anxiety, worry and panic').check();
				const last = page.locator('input[name="prefer"]').last();
				await last.check();
				const button = page.getByRole('link', { name: 'Show support' });
				await expect(button).toBeInViewport({ ratio: 1 });
				await context.close();
			});
});

/** The sticky exit bar's bottom edge, in the window. */
async function barBottom(page: Page): Promise<number> {
	return page.locator('.exit-this-page').evaluate((bar) => bar.getBoundingClientRect().bottom);
}

/** Where an element starts, in the window, or null if it is not shown. */
async function topOf(page: Page, selector: string): Promise<number | null> {
	return page.evaluate((css) => {
		const element = document.querySelector(css);
		return element && element.checkVisibility() ? element.getBoundingClientRect().top : null;
	}, selector);
}

const focusWidths = [
	{ width: 320, height: 568 },
	{ width: 375, height: 667 },
	{ width: 1280, height: 800 },
];

for (const viewport of focusWidths)
	test.describe(`focus and in-page links are never under the sticky exit bar, at ${viewport.width} px (WCAG 2.2 2.4.11)`, () => {
		test.use({ viewport });

		test('every in-page link on one page of each kind lands below the bar', async ({ page }) => {
			test.setTimeout(60_000 + pageKinds.length * 8_000);
			const problems: string[] = [];
			for (const { url, ready } of pageKinds) {
				await page.goto(url);
				if (ready) await page.locator(ready).first().waitFor();
				const hrefs = await page
					.locator('main a[href^="#"]')
					.evaluateAll((links) => [
						...new Set(
							links
								.filter((link) => link.checkVisibility() && link.getAttribute('href')!.length > 1)
								.map((link) => link.getAttribute('href')!),
						),
					]);
				for (const href of hrefs) {
					await page.evaluate(() => window.scrollTo(0, 0));
					const link = page.locator(`main a[href="${href}"]:visible`).first();
					// "Show support" moves focus with JavaScript (its own test is below); the rest are plain links.
					await link.click();
					const top = await topOf(page, `[id="${decodeURIComponent(href.slice(1))}"]`);
					const bottom = await barBottom(page);
					if (top === null) problems.push(`${url} ${href}: the target is not shown`);
					else if (top < bottom - 0.5)
						problems.push(
							`${url} ${href}: the target starts at ${Math.round(top)} px, under the bar that ends at ${Math.round(bottom)} px`,
						);
				}
			}
			expect(problems).toEqual([]);
		});

		test('the skip link moves to the main content below the bar, from a scrolled page too', async ({ page }) => {
			for (const url of ['/', '/glossary/', '/services/mental-health-matters/']) {
				await page.goto(url);
				await page.keyboard.press('Tab');
				await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
				await page.keyboard.press('Enter');
				await expect(page.locator('main')).toBeFocused();
				expect(await topOf(page, 'main'), url).toBeGreaterThanOrEqual((await barBottom(page)) - 0.5);
			}
		});

		test('"Show support" moves focus to the results heading, below the bar', async ({ page }) => {
			await page.goto('/which-service/me/26-to-35/leicester/');
			await page.getByLabel('Anxiety, worry and panic').check();
			await page.getByRole('link', { name: 'Show support' }).click();
			const heading = page.locator('#results-heading');
			await expect(heading).toBeFocused();
			const top = await topOf(page, '#results-heading');
			expect(top).not.toBeNull();
			expect(top!).toBeGreaterThanOrEqual((await barBottom(page)) - 0.5);
		});

		test('each choice on the results page stays clear of both sticky bars as Tab reaches it', async ({ page }) => {
			await page.goto('/which-service/me/26-to-35/leicester/');
			await page.locator('.back-link').focus();
			const hidden: string[] = [];
			for (let step = 0; step < 40; step++) {
				await page.keyboard.press('Tab');
				const where = await page.evaluate(() => {
					const focused = document.activeElement as HTMLElement | null;
					if (!focused || !focused.closest('.choices-group')) return null;
					const box = (focused.closest('.checkbox') ?? focused).getBoundingClientRect();
					const actions = document.querySelector('.choices-actions')!.getBoundingClientRect();
					const bar = document.querySelector('.exit-this-page')!.getBoundingClientRect();
					return { id: focused.id, top: box.top, bottom: box.bottom, actionsTop: actions.top, barBottom: bar.bottom };
				});
				if (!where) continue;
				if (where.top < where.barBottom - 0.5 || where.bottom > where.actionsTop + 0.5)
					hidden.push(
						`${where.id}: ${Math.round(where.top)} to ${Math.round(where.bottom)} px, bars end at ${Math.round(where.barBottom)} and start at ${Math.round(where.actionsTop)} px`,
					);
			}
			expect(hidden).toEqual([]);
		});
	});

test.describe('long pages', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 568 } });

	test('every guide longer than six screens at 320 px has "On this page", and its links land below the bar', async ({
		page,
	}) => {
		const guides = builtPages().filter(({ url }) => /^\/self-help\/[^/]+\/$/.test(url));
		test.setTimeout(30_000 + guides.length * 5_000);
		const problems: string[] = [];
		let long = 0;
		for (const { url } of guides) {
			await page.goto(url);
			const screens = (await page.evaluate(() => document.documentElement.scrollHeight)) / 568;
			const contents = page.getByRole('navigation', { name: 'On this page' });
			if (screens <= 6) continue;
			long++;
			if ((await contents.count()) === 0) {
				problems.push(`${url}: ${screens.toFixed(1)} screens and no "On this page"`);
				continue;
			}
			for (const href of await contents
				.locator('a')
				.evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
				await contents.locator(`a[href="${href}"]`).click();
				const top = await topOf(page, href);
				if (top === null || top < (await barBottom(page)) - 0.5 || top > 568)
					problems.push(`${url} ${href}: lands at ${top}`);
				await page.evaluate(() => window.scrollTo(0, 0));
			}
		}
		expect(long, 'guides longer than six screens').toBeGreaterThan(0);
		expect(problems).toEqual([]);
	});

	test('the glossary is grouped under letters: each letter lands below the bar, and "Back to letters" returns to them', async ({
		page,
	}) => {
		await page.goto('/glossary/');
		const letters = page.getByRole('navigation', { name: 'Jump to a letter' }).getByRole('link');
		const count = await letters.count();
		expect(count).toBeGreaterThan(5);
		for (let index = 0; index < count; index++) {
			const letter = letters.nth(index);
			const href = (await letter.getAttribute('href'))!;
			await letter.click();
			const section = page.locator(`section:has(> h2[id="${href.slice(1)}"])`);
			const top = await topOf(page, href);
			expect(top, href).not.toBeNull();
			expect(top!, href).toBeGreaterThanOrEqual((await barBottom(page)) - 0.5);
			expect(top!, href).toBeLessThan(568);
			await section.getByRole('link', { name: 'Back to letters' }).click();
			const lettersTop = await topOf(page, '#letters');
			expect(lettersTop!, `back from ${href}`).toBeGreaterThanOrEqual((await barBottom(page)) - 0.5);
			expect(lettersTop!, `back from ${href}`).toBeLessThan(568);
		}
	});
});
