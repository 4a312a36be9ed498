/**
 * Safety rule 1: every page says how to get help now, first, without JavaScript or CSS, and on a small phone.
 * The order and the first 14 KB are checked in the bytes of every page (tests/dist/help-now.test.ts); here Chromium
 * opens one page per template and state (every page with FULL_SWEEP=1), see sweepPages in built-pages.ts.
 */
import { expect, test } from '@playwright/test';
import { sweepPages } from './built-pages.ts';

test.describe('with JavaScript and CSS off, on a 320px-wide phone', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 568 } });

	for (const { url } of sweepPages()) {
		test(`${url}: 999 and 111 option 2 are visible above the fold, and nothing scrolls sideways`, async ({ page }) => {
			const response = await page.goto(url);
			expect(response?.ok() || url === '/404.html').toBeTruthy();
			const strip = page.getByRole('region', { name: 'Get help now' });
			await expect(strip).toContainText('999');
			await expect(strip).toContainText('option 2');
			for (const href of ['tel:999', 'tel:111']) {
				const link = strip.locator(`a[href="${href}"]`);
				await expect(link).toBeVisible();
				const box = await link.boundingBox();
				expect(box, `${href} has no box`).not.toBeNull();
				expect(box!.y + box!.height).toBeLessThanOrEqual(568);
			}
			expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width').toBeLessThanOrEqual(320);
		});
	}

	test('the strip is readable with no stylesheet at all', async ({ page }) => {
		await page.route('**/*.css', (route) => route.abort());
		await page.goto('/');
		const strip = page.getByRole('region', { name: 'Get help now' });
		await expect(strip).toContainText('Emergency: call 999 or go to A&E');
		await expect(strip).toContainText('call 111 and choose option 2, 24 hours a day');
		const box = await strip.locator('a[href="tel:111"]').boundingBox();
		expect(box!.y + box!.height).toBeLessThanOrEqual(568);
	});
});

test('an unknown address shows the helpful 404 page with help-now', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('region', { name: 'Get help now' }).locator('a[href="tel:999"]')).toBeVisible();
});
