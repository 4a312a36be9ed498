/** Printable safety plans: real pages that work without JavaScript and print cleanly on A4. */
import { expect, test } from '@playwright/test';

const templates = ['/safety-plan/my-safety-plan/', '/safety-plan/carer/', '/safety-plan/crisis-card/'];

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the safety plan page explains plans and links each printable template', async ({ page }) => {
		await page.goto('/safety-plan/');
		for (const heading of ['Who it helps', 'How to make one', 'Where to keep it', 'When to look at it again']) await expect(page.getByRole('heading', { name: heading })).toBeVisible();
		for (const url of templates) {
			await page.goto('/safety-plan/');
			await page.locator(`a[href="${url}"]`).click();
			await expect(page).toHaveURL(url);
			await expect(page.getByText("use your browser's Print option")).toBeVisible();
		}
	});

	test('my safety plan has the sections in order, with the numbers printed from the crisis lines', async ({ page }) => {
		await page.goto('/safety-plan/my-safety-plan/');
		const headings = await page.locator('.plan-section h2').allTextContents();
		expect(headings.map((h) => h.replace(/^\d+\.\s*/, ''))).toEqual([
			'My warning signs and triggers',
			'Things I can do on my own to feel safer',
			'People and places that take my mind off things',
			'People I can ask for help',
			'Professionals and services I can contact',
			'Making my situation safer',
			'What matters to me and my reasons for living',
		]);
		const numbers = page.locator('.printed-numbers');
		for (const href of ['tel:111', 'tel:+448088003302', 'tel:116123', 'sms:85258?&body=SHOUT', 'tel:999']) await expect(numbers.locator(`a[href="${href}"]`)).toBeVisible();
	});

	test("the carer's plan covers what to notice, do and call, and the carer's own support", async ({ page }) => {
		await page.goto('/safety-plan/carer/');
		for (const heading of ['What I notice when things are getting worse', 'What helps them', 'What to avoid', 'What I will do', 'Who I will call', 'Looking after myself'])
			await expect(page.getByRole('heading', { name: heading })).toBeVisible();
		await expect(page.getByText('carer’s assessment')).toBeVisible();
	});
});

for (const url of templates)
	test(`${url} prints with numbers, without navigation, buttons or split sections`, async ({ page }) => {
		await page.goto(url);
		await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
		await expect(page.getByRole('link', { name: 'Emergency Exit this page' })).toBeHidden();
		await expect(page.locator('.printed-numbers a[href="tel:111"]').first()).toBeVisible();
		await expect(page.getByRole('region', { name: 'Get help now' })).toBeVisible();
		for (const section of await page.locator('.plan-section, .crisis-card').all()) await expect(section).toHaveCSS('break-inside', 'avoid');
		// A real print to PDF in Chromium: it must come out as A4 pages.
		const pdf = await page.pdf({ preferCSSPageSize: true });
		expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
	});
