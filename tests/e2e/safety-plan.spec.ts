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

test.describe('the plan you can fill in', () => {
	const url = '/safety-plan/fill-in/';
	const firstSign = (page: import('@playwright/test').Page) => page.getByLabel('My warning signs and triggers, line 1');

	test('what you type survives a reload, and lists grow and shrink', async ({ page }) => {
		await page.goto(url);
		await firstSign(page).fill('Not sleeping');
		await page.getByRole('button', { name: 'Add another line to My warning signs and triggers' }).click();
		await expect(page.getByLabel('My warning signs and triggers, line 2')).toBeFocused();
		await page.keyboard.type('Staying in my room');
		await page.getByLabel('Name 1').first().fill('Mum');
		await page.getByLabel('Phone number 1').first().fill('07700 900123');
		await page.reload();
		await expect(firstSign(page)).toHaveValue('Not sleeping');
		await expect(page.getByLabel('My warning signs and triggers, line 2')).toHaveValue('Staying in my room');
		await expect(page.getByLabel('Name 1').first()).toHaveValue('Mum');
		await page.getByRole('button', { name: 'Remove line 1 from My warning signs and triggers' }).click();
		await expect(firstSign(page)).toHaveValue('Staying in my room');
	});

	test('by default the plan is gone when the tab closes', async ({ context }) => {
		const page = await context.newPage();
		await page.goto(url);
		await firstSign(page).fill('Only in this tab');
		await page.close();
		const again = await context.newPage();
		await again.goto(url);
		await expect(firstSign(again)).toHaveValue('');
	});

	test('"keep on this device" survives closing and reopening the browser; delete removes it everywhere', async ({ browser }) => {
		const first = await browser.newContext();
		const page = await first.newPage();
		await page.goto(url);
		await firstSign(page).fill('Kept on device');
		await page.getByLabel('Keep my plan on this device').check();
		await expect(page.getByRole('status').filter({ hasText: 'kept on this device' })).toBeVisible();
		const saved = await first.storageState();
		await first.close();

		const second = await browser.newContext({ storageState: saved });
		const reopened = await second.newPage();
		await reopened.goto(url);
		await expect(firstSign(reopened)).toHaveValue('Kept on device');
		await expect(reopened.getByLabel('Keep my plan on this device')).toBeChecked();
		await reopened.getByRole('button', { name: 'Delete my plan' }).click();
		await reopened.getByRole('button', { name: 'Yes, delete my plan' }).click();
		await expect(reopened.getByText('Your plan has been deleted from this device.')).toBeVisible();
		await expect(firstSign(reopened)).toHaveValue('');
		const left = await reopened.evaluate(() => [localStorage.getItem('llr-safety-plan'), sessionStorage.getItem('llr-safety-plan')]);
		expect(left).toEqual([null, null]);
		await reopened.reload();
		await expect(firstSign(reopened)).toHaveValue('');
		await second.close();
	});

	test('download to open again, and open it back: the same plan', async ({ page }) => {
		await page.goto(url);
		await firstSign(page).fill('Not sleeping');
		await page.getByLabel('What matters to me and my reasons for living, line 1').fill('My dog');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my plan to open again later' }).click()]);
		const path = await download.path();
		const [textDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my plan to read' }).click()]);
		const { readFileSync } = await import('node:fs');
		expect(readFileSync(await textDownload.path(), 'utf8')).toContain('- My dog');
		await page.evaluate(() => sessionStorage.clear());
		await page.reload();
		await expect(firstSign(page)).toHaveValue('');
		await page.getByLabel('Open a saved plan').setInputFiles(path);
		await expect(firstSign(page)).toHaveValue('Not sleeping');
		await expect(page.getByLabel('What matters to me and my reasons for living, line 1')).toHaveValue('My dog');
	});

	test('a file that is not a plan is refused with a clear message and changes nothing', async ({ page }) => {
		await page.goto(url);
		await firstSign(page).fill('Keep me');
		await page.getByLabel('Open a saved plan').setInputFiles({ name: 'holiday.json', mimeType: 'application/json', buffer: Buffer.from('{"photos": 12}') });
		await expect(page.getByRole('alert')).toContainText('“holiday.json” is not a safety plan file from this site. Nothing has been changed.');
		await expect(firstSign(page)).toHaveValue('Keep me');
		await page.getByLabel('Open a saved plan').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{{{') });
		await expect(page.getByRole('alert')).toContainText('“broken.json” is not a safety plan file');
	});

	test('a corrupted saved plan is reported, and the page still works', async ({ page }) => {
		await page.addInitScript(() => localStorage.setItem('llr-safety-plan', '{"format": "llr-safety-plan", "version": 2, "lists": 5'));
		await page.goto(url);
		await expect(page.getByRole('alert')).toContainText('could not read it');
		await firstSign(page).fill('Starting again');
		await expect(firstSign(page)).toHaveValue('Starting again');
	});

	test('when storage is full the person is told and offered the download', async ({ page }) => {
		await page.addInitScript(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('full', 'QuotaExceededError');
			};
		});
		await page.goto(url);
		await firstSign(page).fill('Still here');
		await expect(page.getByRole('alert')).toContainText('no room left to save your plan. Download it now');
		await expect(firstSign(page)).toHaveValue('Still here');
	});

	test('nothing typed ever leaves the device: no network request while filling in', async ({ page }) => {
		await page.goto(url);
		await expect(firstSign(page)).toBeVisible();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await firstSign(page).fill('Private words');
		await page.getByLabel('Name 1').first().fill('Mum');
		await page.getByLabel('Keep my plan on this device').check();
		await page.getByRole('button', { name: 'Add another line to Things I can do on my own to feel safer' }).click();
		await page.waitForTimeout(300);
		expect(requests).toEqual([]);
	});

	test('keyboard only: fill in, add a line and reach the save controls', async ({ page }) => {
		await page.goto(url);
		await firstSign(page).focus();
		await page.keyboard.type('Typed with keys');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Remove line 1 from My warning signs and triggers' })).toBeFocused();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(page.getByLabel('My warning signs and triggers, line 2')).toBeFocused();
		await page.getByRole('button', { name: 'Download my plan to read' }).focus();
		await expect(page.getByRole('button', { name: 'Download my plan to read' })).toBeFocused();
	});

	test('print shows what was typed and the numbers, and hides the controls', async ({ page }) => {
		await page.goto(url);
		await firstSign(page).fill('A very long warning sign that must not be cut off when the plan is printed on paper');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('paragraph').filter({ hasText: 'A very long warning sign that must not be cut off when the plan is printed on paper' })).toBeVisible();
		await expect(firstSign(page)).toBeHidden();
		await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
		await expect(page.getByRole('button', { name: 'Delete my plan' })).toBeHidden();
		await expect(page.getByLabel('Keep my plan on this device')).toBeHidden();
		await expect(page.locator('.printed-numbers a[href="tel:111"]')).toBeVisible();
	});

	test('without JavaScript it offers the printable plan instead and says why', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(url);
		await expect(page.getByText('needs JavaScript')).toBeVisible();
		await page.getByRole('link', { name: 'print a blank safety plan' }).click();
		await expect(page).toHaveURL('/safety-plan/my-safety-plan/');
		await context.close();
	});

	test('has no accessibility violations, with a plan filled in and the delete question open', async ({ page }) => {
		const AxeBuilder = (await import('@axe-core/playwright')).default;
		await page.goto(url);
		await firstSign(page).fill('Not sleeping');
		await page.getByRole('button', { name: 'Delete my plan' }).click();
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
});
