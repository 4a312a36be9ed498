/**
 * Safety rule 1: every page says how to get help now, first, without JavaScript or CSS,
 * and on a small phone. The pages are found from the build, so new pages are covered automatically.
 */
import { expect, test } from '@playwright/test';
import { builtPages, pageBytes, sweepPages } from './built-pages.ts';

const pages = builtPages();
const firstRoundTrip = 14 * 1024;

test('the build has pages to check', () => {
	expect(pages.length).toBeGreaterThan(5);
});

test('in the HTML of every page: skip link, exit, help-now, header, main, footer come in that order', () => {
	const markers = ['class="skip-link"', 'class="exit-this-page"', 'class="help-now"', 'class="site-header"', 'id="main-content"', 'class="site-footer"'];
	const wrong: string[] = [];
	for (const { url, file } of pages) {
		const html = pageBytes(file).toString('utf8');
		const positions = markers.map((marker) => html.indexOf(marker));
		if (positions.includes(-1)) wrong.push(`${url}: missing ${markers[positions.indexOf(-1)]}`);
		else if ([...positions].sort((a, b) => a - b).join() !== positions.join()) wrong.push(`${url}: out of order`);
	}
	expect(wrong).toEqual([]);
});

test('in the HTML of every page: the help-now strip, with 999 and 111 links, ends within the first 14 KB', () => {
	const wrong: string[] = [];
	for (const { url, file } of pages) {
		const html = pageBytes(file).toString('utf8');
		const start = html.indexOf('class="help-now"');
		const end = html.indexOf('</section>', start);
		const strip = html.slice(start, end);
		if (!strip.includes('href="tel:999"') || !strip.includes('href="tel:111"') || !strip.includes('option 2')) wrong.push(`${url}: strip lacks 999, 111 or option 2`);
		if (Buffer.byteLength(html.slice(0, end), 'utf8') >= firstRoundTrip) wrong.push(`${url}: strip ends after 14 KB`);
	}
	expect(wrong).toEqual([]);
});

test.describe('with JavaScript and CSS off, on a 320px-wide phone', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 568 } });

	for (const { url } of sweepPages()) {
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
