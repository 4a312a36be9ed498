/**
 * Safety rule 1: every page says how to get help now, first, without JavaScript or CSS,
 * and on a small phone. The pages are found from the build, so new pages are covered automatically.
 */
import { expect, test } from '@playwright/test';
import { builtPages, pageBytes } from './built-pages.ts';

const pages = builtPages();
const firstRoundTrip = 14 * 1024;

test('the build has pages to check', () => {
	expect(pages.length).toBeGreaterThan(5);
});

test.describe('in the HTML of every page', () => {
	for (const { url, file } of pages) {
		test(`${url}: skip link, exit, help-now, header, main, footer come in that order`, () => {
			const html = pageBytes(file).toString('utf8');
			const markers = ['class="skip-link"', 'class="exit-this-page"', 'class="help-now"', 'class="site-header"', 'id="main-content"', 'class="site-footer"'];
			const positions = markers.map((marker) => html.indexOf(marker));
			for (const [index, position] of positions.entries()) expect(position, `${markers[index]} is missing`).toBeGreaterThan(-1);
			expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		});

		test(`${url}: the help-now strip, with 999 and 111 links, ends within the first 14 KB`, () => {
			const bytes = pageBytes(file);
			const html = bytes.toString('utf8');
			const start = html.indexOf('class="help-now"');
			const end = html.indexOf('</section>', start);
			const strip = html.slice(start, end);
			expect(strip).toContain('href="tel:999"');
			expect(strip).toContain('href="tel:111"');
			expect(strip).toContain('option 2');
			expect(Buffer.byteLength(html.slice(0, end), 'utf8')).toBeLessThan(firstRoundTrip);
		});
	}
});

test.describe('with JavaScript and CSS off, on a 320px-wide phone', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 568 } });

	for (const { url } of pages) {
		test(`${url}: 999 and 111 option 2 are visible above the fold`, async ({ page }) => {
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
