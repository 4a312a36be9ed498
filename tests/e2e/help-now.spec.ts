/**
 * Safety rule 1: every page says how to get help now, first, without JavaScript or CSS, and on a small phone.
 * The order and the first 14 KB are checked in the bytes of every page (tests/dist/help-now.test.ts); here Chromium
 * opens one page per template and state (every page with FULL_SWEEP=1), see sweepPages in built-pages.ts.
 */
import { expect, test } from '@playwright/test';
import { inBatches, sweepPages } from './built-pages.ts';

test.describe('with JavaScript and CSS off, on a 320px-wide phone', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 568 } });

	for (const batch of inBatches(sweepPages(), 6)) {
		test(`999 and 111 option 2 are visible above the fold, and nothing scrolls sideways: ${batch.name}`, async ({
			page,
		}) => {
			test.setTimeout(30_000 + batch.items.length * 5_000);
			const problems: string[] = [];
			for (const { url } of batch.items) {
				const response = await page.goto(url);
				if (!(response?.ok() || url === '/404.html')) problems.push(`${url}: status ${response?.status()}`);
				const strip = page.getByRole('region', { name: 'Get help now' });
				const text = (await strip.textContent()) ?? '';
				if (!text.includes('999') || !text.includes('option 2'))
					problems.push(`${url}: the strip lacks 999 or "option 2"`);
				for (const href of ['tel:999', 'tel:111']) {
					const link = strip.locator(`a[href="${href}"]`).first();
					const box = (await link.count()) > 0 && (await link.isVisible()) ? await link.boundingBox() : null;
					if (!box) problems.push(`${url}: ${href} is not visible`);
					else if (box.y + box.height > 568)
						problems.push(`${url}: ${href} ends at ${Math.round(box.y + box.height)} px, below the fold`);
				}
				const width = await page.evaluate(() => document.documentElement.scrollWidth);
				if (width > 320) problems.push(`${url}: ${width} px wide at 320 px`);
			}
			expect(problems).toEqual([]);
		});
	}

	test('the strip is readable with no stylesheet at all', async ({ page }) => {
		await page.route('**/*.css', (route) => route.abort());
		await page.goto('/');
		const strip = page.getByRole('region', { name: 'Get help now' });
		await expect(strip).toHaveText('Emergency 999 · Urgent mental health 111, option 2 · More help now');
		// The longer wording (A&E, open 24 hours, other lines) is one tap away.
		await expect(strip.getByRole('link', { name: 'More help now' })).toHaveAttribute('href', '/urgent-help/');
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
