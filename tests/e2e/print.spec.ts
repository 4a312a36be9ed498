/**
 * Print that people would keep, checked on real PDFs from Chromium: safety plans on A4 that fill their pages, the
 * crisis card at the size of a bank card with nothing else on its page, results that start on page 1 with no stray
 * punctuation, link addresses only where a person could type them, and phone numbers whole on one line.
 */
import { expect, test, type Page } from '@playwright/test';
import { pdfPageBoxes, pdfRectangles, pdfText, type Box } from './pdf.ts';

const a4 = { width: 210, height: 297 };
/** Chromium rounds a page to whole CSS pixels (0.26 mm), and a stroke sits half its width inside a box. */
const tolerance = 0.5;
const pxPerMm = 96 / 25.4;

async function printToPdf(page: Page) {
	const pdf = await page.pdf({ preferCSSPageSize: true });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	return pdf;
}

function isA4(box: Box) {
	return Math.abs(box.width - a4.width) <= 1 && Math.abs(box.height - a4.height) <= 1;
}

for (const url of ['/safety-plan/my-safety-plan/', '/safety-plan/carer/', '/safety-plan/crisis-card/'])
	test(`${url} prints on A4 pages`, async ({ page }) => {
		await page.goto(url);
		const pages = pdfPageBoxes(await printToPdf(page));
		expect(pages.length).toBeGreaterThan(0);
		for (const { mediaBox, cropBox } of pages) {
			expect(isA4(mediaBox), `page is ${mediaBox.width.toFixed(1)} x ${mediaBox.height.toFixed(1)} mm`).toBe(true);
			if (cropBox) expect(isA4(cropBox)).toBe(true);
		}
	});

test.describe('the crisis card', () => {
	test('prints at bank-card size, 85 x 54 mm a side, on one A4 page', async ({ page }) => {
		await page.goto('/safety-plan/crisis-card/');
		const pdf = await printToPdf(page);
		const pages = pdfPageBoxes(pdf);
		expect(pages).toHaveLength(1);
		expect(isA4(pages[0]!.mediaBox)).toBe(true);
		// The card's outline as drawn in the PDF: both faces side by side, folded in half along the middle.
		const outlines = pdfRectangles(pdf, pages[0]!.mediaBox.height).filter(
			(box) => Math.abs(box.width - 2 * 85) <= tolerance && Math.abs(box.height - 54) <= tolerance,
		);
		expect(outlines.length, 'a drawn outline of 170 x 54 mm').toBeGreaterThan(0);
		// It sits on the page with room around it for the cut marks.
		for (const outline of outlines) {
			expect(outline.x).toBeGreaterThan(10);
			expect(outline.x + outline.width).toBeLessThan(a4.width - 10);
		}
	});

	test('in print: each face is 85 x 54 mm, the numbers are in large type, and nothing else is on the page', async ({
		page,
	}) => {
		await page.goto('/safety-plan/crisis-card/');
		await page.emulateMedia({ media: 'print' });
		const card = (await page.locator('.crisis-card').boundingBox())!;
		expect(Math.abs(card.width / pxPerMm - 170)).toBeLessThanOrEqual(tolerance);
		expect(Math.abs(card.height / pxPerMm - 54)).toBeLessThanOrEqual(tolerance);
		// Two faces, side by side, each half the card: the fold is in the middle.
		const sides = page.locator('.crisis-card__side');
		await expect(sides).toHaveCount(2);
		for (const side of await sides.all()) {
			const box = (await side.boundingBox())!;
			expect(Math.abs(box.width / pxPerMm - 85)).toBeLessThanOrEqual(tolerance);
			expect(Math.abs(box.y - card.y)).toBeLessThanOrEqual(1);
		}
		await expect(page.locator('.crisis-card-sheet__marks')).toBeVisible();
		for (const href of ['tel:999', 'tel:111', 'tel:116123']) {
			const number = page.locator(`.crisis-card a[href="${href}"]`);
			await expect(number).toBeVisible();
			const size = await number.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
			expect(size, `${href} in points`).toBeGreaterThanOrEqual(12 / 0.75);
		}
		// Everything a person sees on paper is inside the card's sheet.
		const outside = await page.evaluate(() =>
			[...document.body.querySelectorAll('*')]
				.filter((el) => !el.closest('.crisis-card-sheet') && !el.contains(document.querySelector('.crisis-card-sheet')))
				.filter(
					(el) =>
						el.checkVisibility() &&
						el.getBoundingClientRect().height > 0 &&
						(el.textContent ?? '').trim() !== '' &&
						el.children.length === 0,
				)
				.map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().slice(0, 40)}`),
		);
		expect(outside).toEqual([]);
	});
});

test.describe('printed "which service?" results', () => {
	const url = '/which-service/me/26-to-35/leicester/#help=anxiety';

	test('start on page 1 and fit on a few pages', async ({ page }) => {
		await page.goto(url);
		await expect(page.locator('.is-enhanced')).toHaveCount(1);
		const pages = pdfPageBoxes(await printToPdf(page));
		expect(pages.length).toBeLessThanOrEqual(5);
		await page.emulateMedia({ media: 'print' });
		// Page 1 holds the page's own top margin plus 269 mm; the first two results must both end within it.
		const pageOneBottom = (297 - 2 * 14) * pxPerMm;
		const cards = page.locator('.result-list > .result-card:visible');
		expect(await cards.count()).toBeGreaterThan(1);
		for (const card of (await cards.all()).slice(0, 2)) {
			const box = (await card.boundingBox())!;
			expect(box.y + box.height).toBeLessThan(pageOneBottom);
		}
	});
});

test.describe('printed links show where they go', () => {
	test('a link to another website prints its full address; a link within this site prints no bare path', async ({
		page,
	}) => {
		await page.goto('/urgent-help/');
		const urgent = await pdfText(await printToPdf(page));
		expect(urgent).toContain('Get help now');
		expect(urgent.match(/\(\/[^)\s]*\)/g) ?? []).toEqual([]);
		// Phone numbers and web addresses already show what to call or type.
		await page.emulateMedia({ media: 'print' });
		const after = await page
			.locator('main .contact__link')
			.first()
			.evaluate((el) => getComputedStyle(el, '::after').content);
		expect(after).toBe('none');
		await page.goto('/accessibility/');
		const external = await page
			.locator('main p > a[href^="https://www.gov.uk/"]')
			.evaluate((el) => getComputedStyle(el, '::after').content);
		expect(external).toContain('(https://www.gov.uk/government/publications/');
	});

	test('the menu and the exit control are not printed', async ({ page }) => {
		await page.goto('/services/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-menu')).toBeHidden();
		await expect(page.getByRole('link', { name: 'Emergency Exit this page' })).toBeHidden();
		await expect(page.getByRole('region', { name: 'Get help now' }).locator('a[href="tel:999"]')).toBeVisible();
	});
});

test.describe('printed pages read cleanly', () => {
	test('the reasons on printed results are sentences, with no stray punctuation between them', async ({ page }) => {
		await page.goto('/which-service/me/26-to-35/leicester/#help=anxiety');
		await expect(page.locator('.is-enhanced')).toHaveCount(1);
		const text = await pdfText(await printToPdf(page));
		expect(text).toContain('How to get in');
		expect(text.match(/.{0,30}[.;]\s*;.{0,30}|.{0,30};\s*It helps with.{0,30}/g) ?? []).toEqual([]);
	});

	for (const url of ['/safety-plan/my-safety-plan/', '/safety-plan/carer/'])
		test(`${url} fills its pages: no printed page is more than half empty`, async ({ page }) => {
			await page.goto(url);
			const pdf = await printToPdf(page);
			const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
			const document = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true, verbosity: 0 }).promise;
			const lowestText: string[] = [];
			for (let number = 1; number <= document.numPages; number++) {
				const pdfPage = await document.getPage(number);
				const height = pdfPage.view[3]!;
				const items = (await pdfPage.getTextContent()).items.filter((item) => 'str' in item && item.str.trim() !== '');
				// Text is placed from the bottom of the page: the lowest line on the page has the smallest y.
				const lowest = Math.min(...items.map((item) => ('transform' in item ? (item.transform[5] as number) : height)));
				const used = (height - lowest) / height;
				if (used < 0.5)
					lowestText.push(`page ${number} of ${document.numPages}: text ends ${Math.round(used * 100)}% down`);
			}
			await document.loadingTask.destroy();
			expect(lowestText).toEqual([]);
		});

	for (const url of ['/safety-plan/crisis-card/', '/safety-plan/my-safety-plan/', '/urgent-help/'])
		test(`${url}: no phone number breaks across lines in print`, async ({ page }) => {
			await page.setViewportSize({ width: 718, height: 1000 });
			await page.goto(url);
			await page.emulateMedia({ media: 'print' });
			const broken = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLAnchorElement>('main a[href^="tel:"], main a[href^="sms:"]')]
					.filter((link) => link.checkVisibility())
					.filter((link) => new Set([...link.getClientRects()].map((rect) => Math.round(rect.top))).size > 1)
					.map((link) => link.textContent?.trim()),
			);
			expect(broken).toEqual([]);
		});
});
