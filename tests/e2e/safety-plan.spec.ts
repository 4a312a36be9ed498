/**
 * Safety plans: the printable templates, and the plan you fill in on this device. The plan you fill in is a plain
 * form without JavaScript; with it, nothing a person types is ever lost without their choice (reload, another tab,
 * a full or blocked store, a saved plan that cannot be read, opening a file, Exit this page).
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';

const templates = ['/safety-plan/my-safety-plan/', '/safety-plan/carer/', '/safety-plan/crisis-card/'];

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the safety plan page explains plans and links each printable template', async ({ page }) => {
		await page.goto('/safety-plan/');
		for (const heading of ['Who it helps', 'How to make one', 'Where to keep it', 'When to look at it again'])
			await expect(page.getByRole('heading', { name: heading })).toBeVisible();
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
		for (const href of ['tel:111', 'tel:+448088003302', 'tel:116123', 'sms:85258?&body=SHOUT', 'tel:999'])
			await expect(numbers.locator(`a[href="${href}"]`).first()).toBeVisible();
	});

	test("the carer's plan covers what to notice, do and call, and the carer's own support", async ({ page }) => {
		await page.goto('/safety-plan/carer/');
		for (const heading of [
			'What I notice when things are getting worse',
			'What helps them',
			'What to avoid',
			'What I will do',
			'Who I will call',
			'Looking after myself',
		])
			await expect(page.getByRole('heading', { name: heading })).toBeVisible();
		await expect(page.getByText('carer’s assessment')).toBeVisible();
	});
});

for (const url of templates)
	test(`${url} prints with numbers, without navigation, buttons, a heading parted from its section or a split writing line`, async ({
		page,
	}) => {
		await page.goto(url);
		await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
		await expect(page.getByRole('link', { name: 'Emergency Exit this page' })).toBeHidden();
		await expect(page.locator('.printed-numbers a[href="tel:111"]').first()).toBeVisible();
		// The crisis card prints alone, at wallet size, with 999 and 111 option 2 on the card itself (print.spec.ts);
		// the full templates print the help-now strip above the plan.
		if (url === '/safety-plan/crisis-card/')
			await expect(page.locator('.crisis-card a[href="tel:999"]').first()).toBeVisible();
		else await expect(page.getByRole('region', { name: 'Get help now' })).toBeVisible();
		// A plan section may go on over a page break between its writing lines, so pages fill up; its heading stays
		// with its first lines, and the crisis card never splits.
		for (const card of await page.locator('.crisis-card').all()) await expect(card).toHaveCSS('break-inside', 'avoid');
		for (const heading of await page.locator('.plan-section h2').all())
			await expect(heading).toHaveCSS('break-after', 'avoid');
		for (const line of await page.locator('.write-line').all()) await expect(line).toHaveCSS('break-inside', 'avoid');
	});

const url = '/safety-plan/fill-in/';
const planKey = 'llr-safety-plan';
/** The editor's script, and Astro's second try at loading it (the same address with "?astro-retry=..."). */
const editorScript = /\/_astro\/SafetyPlanEditor\.[^/?]+\.js(\?.*)?$/;
const unreadableKey = 'llr-safety-plan-unreadable';
const firstSign = (page: Page) => page.getByLabel('My warning signs and triggers, line 1', { exact: true });
/** The editor's own status messages (the page has another status region, for Exit this page). */
const planStatus = (page: Page) => page.locator('.plan-editor').getByRole('status');
const reasons = (page: Page, line = 1) =>
	page.getByLabel(`What matters to me and my reasons for living, line ${line}`, { exact: true });

/** Opens the plan and waits until its buttons work (they are shown, but unusable, until the page is ready). */
async function openPlan(page: Page, path = url) {
	await page.goto(path);
	await expect(page.getByRole('button', { name: 'Download my plan to read' })).toBeEnabled();
}

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Clicks a download button and returns the file's name and text. */
async function downloaded(page: Page, button: Locator) {
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return { name: file.suggestedFilename(), path: await file.path(), text: readFileSync(await file.path(), 'utf8') };
}

const stored = (page: Page, area: 'localStorage' | 'sessionStorage', key = planKey) =>
	page.evaluate(([area, key]) => window[area].getItem(key), [area, key] as const);

/** The neutral site Exit this page goes to, answered locally (the machine has no network). */
async function fakeExitSite(page: Page) {
	await page
		.context()
		.route('https://www.bbc.co.uk/**', (route) =>
			route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
		);
}

test.describe('the plan you can fill in, without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every section is a form a person can type into, with the printable plan’s wording and numbers', async ({
		page,
	}) => {
		await page.goto('/safety-plan/my-safety-plan/');
		const template = {
			headings: await page.locator('.plan-section h2').allTextContents(),
			prompts: await page.locator('.plan-section__prompt').allTextContents(),
			numbers: await page.locator('.printed-numbers').innerText(),
			numberLinks: await page
				.locator('.printed-numbers a[href^="tel:"], .printed-numbers a[href^="sms:"]')
				.evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
		};
		await page.goto(url);
		await expect(page.getByText('this page cannot save your plan')).toBeVisible();
		expect(await page.locator('.plan-section h2').allTextContents()).toEqual(template.headings);
		// The printed template explains a term such as GP at its first use; the editor's own words stay plain.
		const plain = (texts: string[]) => texts.map((text) => text.replace(/ \([^)]*\)/g, ''));
		expect(plain(await page.locator('.plan-section__prompt').allTextContents())).toEqual(plain(template.prompts));
		expect(plain([await page.locator('.printed-numbers').innerText()])).toEqual(plain([template.numbers]));
		expect(
			await page
				.locator('.printed-numbers a[href^="tel:"], .printed-numbers a[href^="sms:"]')
				.evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
		).toEqual(template.numberLinks);
		await expect(page.locator('.printed-numbers')).toContainText('Mental Health Central Access Point');

		for (const heading of template.headings) {
			const section = page
				.locator('fieldset.plan-section')
				.filter({ has: page.getByRole('heading', { name: heading.replace(/^\d+\.\s*/, '') }) });
			const fields = section.getByRole('textbox');
			expect(await fields.count(), heading).toBeGreaterThan(0);
			for (const field of await fields.all()) {
				await field.fill(`Written in ${heading}`);
				await expect(field).toHaveValue(`Written in ${heading}`);
			}
		}
		// Controls that need JavaScript are not offered.
		await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
		await expect(page.getByLabel('Keep my plan on this device')).toBeHidden();
	});

	test('what was typed prints, with the numbers, and nothing to click', async ({ page }) => {
		await page.goto(url);
		await firstSign(page).fill('Not sleeping');
		await page.getByLabel('Name 1').first().fill('Mum');
		await page.emulateMedia({ media: 'print' });
		await expect(firstSign(page)).toBeVisible();
		await expect(firstSign(page)).toHaveValue('Not sleeping');
		await expect(page.getByLabel('Name 1').first()).toHaveValue('Mum');
		await expect(page.getByText('this page cannot save your plan')).toBeHidden();
		await expect(page.getByRole('link', { name: 'Emergency Exit this page' })).toBeHidden();
		await expect(page.locator('.printed-numbers a[href="tel:111"]').first()).toBeVisible();
	});
});

test.describe('leaving the plan page with Exit this page', () => {
	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('Back after Exit does not show what was typed', async ({ page }) => {
			await fakeExitSite(page);
			await page.goto(url);
			await firstSign(page).fill('Private words');
			await page.getByLabel('Name 1').first().fill('Mum');
			await page.getByRole('link', { name: 'Emergency Exit this page' }).click();
			await expect(page).toHaveURL(/bbc\.co\.uk/);
			await page.goBack();
			await expect(page).toHaveURL(url);
			await expect(firstSign(page)).toHaveValue('');
			await expect(page.getByLabel('Name 1').first()).toHaveValue('');
		});
	});

	test('a plan kept on this device says, when chosen, that Exit does not hide it; Back after Exit does not show it', async ({
		page,
	}) => {
		await fakeExitSite(page);
		await page.goto('/safety-plan/');
		await page
			.getByRole('link', { name: /fill in/i })
			.first()
			.click();
		await expect(page).toHaveURL(url);
		await expect(page.getByRole('button', { name: 'Download my plan to read' })).toBeEnabled();
		await firstSign(page).fill('Private words');
		await page.getByLabel('Keep my plan on this device').check();
		await expect(planStatus(page)).toHaveText(
			'Your plan is now kept on this device until you delete it. Exit this page does not hide it.',
		);
		await page.getByRole('link', { name: 'Emergency Exit this page' }).click();
		await expect(page).toHaveURL(/bbc\.co\.uk/);
		await page.goBack();
		await expect(page).toHaveURL(/bbc\.co\.uk/);
		await expect(page.getByText('Private words')).toHaveCount(0);
	});
});

test.describe('the plan you can fill in', () => {
	test('while the editor is not running (its script blocked), the page says it cannot save yet and never claims to keep anything', async ({
		browser,
	}) => {
		// The offline worker would serve the script from its cache, past the block.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.route(editorScript, (route) => route.abort());
		await page.goto(url);
		const notice = page.locator('.plan-editor').getByText('This page cannot save what you type yet.');
		await expect(notice).toBeVisible();
		await expect(page.getByRole('link', { name: 'print a blank safety plan' })).toHaveAttribute(
			'href',
			'/safety-plan/my-safety-plan/',
		);
		await expect(page.getByRole('main')).not.toContainText(/kept only in this tab|kept on this device|kept only until/);
		await expect(page.getByLabel('Keep my plan on this device')).toHaveCount(0);
		// It says so truthfully: nothing typed now is kept.
		await firstSign(page).fill('Typed while not saving');
		await page.reload();
		await expect(notice).toBeVisible();
		await expect(firstSign(page)).toHaveValue('');
		// Once the editor runs, the notice goes and the page says where the plan is kept.
		await page.unroute(editorScript);
		await openPlan(page);
		await expect(notice).toHaveCount(0);
		await expect(page.getByRole('main')).toContainText('Your plan is kept only in this tab.');
		await context.close();
	});

	test('"Delete my plan" also deletes the copies other tabs hold: one showing the plan, and a duplicated tab on another page', async ({
		context,
	}) => {
		const first = await context.newPage();
		await openPlan(first);
		await firstSign(first).fill('Private words');
		const copy = (await stored(first, 'sessionStorage'))!;
		/** A duplicated tab starts with a copy of the first tab's storage. */
		async function duplicatedTab() {
			const tab = await context.newPage();
			await tab.goto('/privacy/');
			await tab.evaluate(([key, value]) => sessionStorage.setItem(key, value), [planKey, copy] as const);
			return tab;
		}
		const showing = await duplicatedTab();
		await openPlan(showing);
		await expect(firstSign(showing)).toHaveValue('Private words');
		const elsewhere = await duplicatedTab();

		await first.getByRole('button', { name: 'Delete my plan' }).click();
		await first.getByRole('button', { name: 'Yes, delete my plan' }).click();
		await expect(showing.getByRole('alert')).toContainText('Your plan was deleted in another tab.');
		expect(await stored(showing, 'sessionStorage')).toBeNull();
		await openPlan(showing);
		await expect(firstSign(showing)).toHaveValue('');
		expect(await stored(elsewhere, 'sessionStorage')).toBe(copy);
		await openPlan(elsewhere);
		await expect(firstSign(elsewhere)).toHaveValue('');
		expect(await stored(elsewhere, 'sessionStorage')).toBeNull();
		// Words typed after the deletion are the tab's own, and stay.
		await firstSign(elsewhere).fill('New words');
		await openPlan(elsewhere);
		await expect(firstSign(elsewhere)).toHaveValue('New words');
	});

	test('what you type survives a reload, and lists grow and shrink', async ({ page }) => {
		await openPlan(page);
		await firstSign(page).fill('Not sleeping');
		await page.getByRole('button', { name: 'Add another line to My warning signs and triggers' }).click();
		await expect(page.getByLabel('My warning signs and triggers, line 2')).toBeFocused();
		await page.keyboard.type('Staying in my room');
		await page.getByLabel('Name 1').first().fill('Mum');
		await page.getByLabel('Phone number 1').first().fill('07700 900123');
		await openPlan(page);
		await expect(firstSign(page)).toHaveValue('Not sleeping');
		await expect(page.getByLabel('My warning signs and triggers, line 2')).toHaveValue('Staying in my room');
		await expect(page.getByLabel('Name 1').first()).toHaveValue('Mum');
		await page.getByRole('button', { name: 'Remove line 1 from My warning signs and triggers' }).click();
		await expect(firstSign(page)).toHaveValue('Staying in my room');
	});

	test('by default the plan is gone when the tab closes', async ({ context }) => {
		const page = await context.newPage();
		await openPlan(page);
		await firstSign(page).fill('Only in this tab');
		await page.close();
		const again = await context.newPage();
		await openPlan(again);
		await expect(firstSign(again)).toHaveValue('');
	});

	test('"keep on this device" survives closing and reopening the browser; delete removes it everywhere', async ({
		browser,
	}) => {
		const first = await browser.newContext();
		const page = await first.newPage();
		await openPlan(page);
		await firstSign(page).fill('Kept on device');
		await page.getByLabel('Keep my plan on this device').check();
		await expect(planStatus(page)).toContainText('kept on this device');
		const saved = await first.storageState();
		await first.close();

		const second = await browser.newContext({ storageState: saved });
		const reopened = await second.newPage();
		await openPlan(reopened);
		await expect(firstSign(reopened)).toHaveValue('Kept on device');
		await expect(reopened.getByLabel('Keep my plan on this device')).toBeChecked();
		await reopened.getByRole('button', { name: 'Delete my plan' }).click();
		await reopened.getByRole('button', { name: 'Yes, delete my plan' }).click();
		await expect(reopened.getByText('Your plan has been deleted from this device.')).toBeVisible();
		await expect(firstSign(reopened)).toHaveValue('');
		expect([await stored(reopened, 'localStorage'), await stored(reopened, 'sessionStorage')]).toEqual([null, null]);
		await openPlan(reopened);
		await expect(firstSign(reopened)).toHaveValue('');
		await second.close();
	});

	test('long entries survive a reload and a download opened again: 5,000 characters, 200 lines, a 500-character name', async ({
		page,
	}) => {
		const long = 'I notice I stop answering messages. '.repeat(139).slice(0, 5_000);
		const name = 'My aunt, who lives nearby and said I can call any time, day or night. '.repeat(8).slice(0, 500);
		const lines = Array.from({ length: 200 }, (_, i) => `Reason ${i + 1}`);
		await openPlan(page);
		// 200 lines, as a person would have added them earlier and saved to a file.
		const start = {
			format: 'llr-safety-plan',
			version: 2,
			lists: { reasons: lines },
			people: [{ name: '', phone: '' }],
			professionals: [{ name: '', phone: '' }],
			updatedAt: '2026-11-23T10:00:00.000Z',
		};
		await page.getByLabel('Open a saved plan').setInputFiles({
			name: 'reasons.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(start)),
		});
		await expect(reasons(page, 200)).toHaveValue('Reason 200');
		await firstSign(page).fill(long);
		await page.getByLabel('Name 1').first().fill(name);

		const expectAll = async () => {
			await expect(firstSign(page)).toHaveValue(long);
			await expect(page.getByLabel('Name 1').first()).toHaveValue(name);
			await expect(reasons(page, 1)).toHaveValue('Reason 1');
			await expect(reasons(page, 200)).toHaveValue('Reason 200');
			await expect(reasons(page, 201)).toHaveCount(0);
		};
		await openPlan(page);
		await expectAll();

		const file = await downloaded(page, page.getByRole('button', { name: 'Download my plan to open again later' }));
		expect(file.name).toBe('my-safety-plan.json');
		const text = await downloaded(page, page.getByRole('button', { name: 'Download my plan to read' }));
		expect(text.text).toContain(`- ${long}`);
		expect(text.text).toContain('- Reason 200');
		await page.getByRole('button', { name: 'Delete my plan' }).click();
		await page.getByRole('button', { name: 'Yes, delete my plan' }).click();
		await expect(firstSign(page)).toHaveValue('');
		await page.getByLabel('Open a saved plan').setInputFiles(file.path);
		await expectAll();
	});

	test('the editor shows the limit as the person nears it, and never takes more than can be saved', async ({
		page,
	}) => {
		await openPlan(page);
		await firstSign(page).fill('a'.repeat(9_500));
		await expect(page.getByText('You have 500 characters left.')).toBeVisible();
		await expectNoAxeViolations(page);
		await firstSign(page).fill('a'.repeat(10_050));
		await expect(page.getByText('This line is full. Add another line to write more.')).toBeVisible();
		await expect(firstSign(page)).toHaveValue('a'.repeat(10_000));
		await openPlan(page);
		await expect(firstSign(page)).toHaveValue('a'.repeat(10_000));
	});

	test('the text download has the numbers exactly as printed, the Central Access Point included', async ({ page }) => {
		await openPlan(page);
		await reasons(page).fill('My dog');
		const printed = (await page.locator('.printed-numbers li').allTextContents()).map((line) =>
			line.replace(/\s+/g, ' ').trim(),
		);
		expect(printed.filter((line) => line.startsWith('Mental Health Central Access Point: 0808 800 3302'))).toHaveLength(
			1,
		);
		const { text } = await downloaded(page, page.getByRole('button', { name: 'Download my plan to read' }));
		expect(text).toContain('- My dog');
		for (const line of printed) expect(text).toContain(`- ${line}`);
	});

	test('download to open again, and open it back: the same plan', async ({ page }) => {
		await openPlan(page);
		await firstSign(page).fill('Not sleeping');
		await reasons(page).fill('My dog');
		const file = await downloaded(page, page.getByRole('button', { name: 'Download my plan to open again later' }));
		await page.evaluate(() => sessionStorage.clear());
		await openPlan(page);
		await expect(firstSign(page)).toHaveValue('');
		await page.getByLabel('Open a saved plan').setInputFiles(file.path);
		await expect(firstSign(page)).toHaveValue('Not sleeping');
		await expect(reasons(page)).toHaveValue('My dog');
	});

	test('opening a plan file asks before replacing what is on the page', async ({ page }) => {
		await openPlan(page);
		await firstSign(page).fill('Typed today');
		const other = {
			format: 'llr-safety-plan',
			version: 2,
			lists: { reasons: ['From the file'] },
			people: [],
			professionals: [],
			updatedAt: '2026-11-23T10:00:00.000Z',
		};
		const open = () =>
			page.getByLabel('Open a saved plan').setInputFiles({
				name: 'old-plan.json',
				mimeType: 'application/json',
				buffer: Buffer.from(JSON.stringify(other)),
			});
		await open();
		const question = page.getByRole('group', {
			name: /Open the plan in “old-plan.json”\? It will replace the plan on this page/,
		});
		await expect(question).toBeFocused();
		await expectNoAxeViolations(page);
		await question.getByRole('button', { name: 'Cancel' }).click();
		await expect(question).toBeHidden();
		await expect(firstSign(page)).toHaveValue('Typed today');
		await expect(reasons(page)).toHaveValue('');

		await open();
		await page.getByRole('button', { name: 'Yes, open it' }).click();
		await expect(planStatus(page)).toContainText('Your plan from “old-plan.json” is open.');
		await expect(firstSign(page)).toHaveValue('');
		await expect(reasons(page)).toHaveValue('From the file');
	});

	test('a file that is not a plan is refused with a clear message and changes nothing', async ({ page }) => {
		await openPlan(page);
		await firstSign(page).fill('Keep me');
		await page
			.getByLabel('Open a saved plan')
			.setInputFiles({ name: 'holiday.json', mimeType: 'application/json', buffer: Buffer.from('{"photos": 12}') });
		await expect(page.getByRole('alert')).toContainText(
			'“holiday.json” is not a safety plan file from this site. Nothing has been changed.',
		);
		await expect(firstSign(page)).toHaveValue('Keep me');
		await page
			.getByLabel('Open a saved plan')
			.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{{{') });
		await expect(page.getByRole('alert')).toContainText('“broken.json” is not a safety plan file');
	});

	test('a saved plan that cannot be read is kept as it was, can be downloaded, and can be deleted', async ({
		page,
	}) => {
		const broken = '{"format": "llr-safety-plan", "version": 2, "lists": 5';
		await page.goto(url);
		await page.evaluate((text) => localStorage.setItem('llr-safety-plan', text), broken);
		await openPlan(page);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(
			'We found a saved plan on this device that we could not read. We have kept it exactly as it was.',
		);
		await expectNoAxeViolations(page);
		// It was kept on this device, so new words are kept there too, and never written over the old plan.
		await expect(page.getByLabel('Keep my plan on this device')).toBeChecked();
		await firstSign(page).fill('Starting again');
		expect(await stored(page, 'localStorage', unreadableKey)).toBe(broken);
		expect(JSON.parse((await stored(page, 'localStorage'))!).lists['warning-signs']).toEqual(['Starting again']);

		const file = await downloaded(page, alert.getByRole('button', { name: 'Download the plan we could not read' }));
		expect(file.text).toBe(broken);
		await openPlan(page);
		await expect(firstSign(page)).toHaveValue('Starting again');
		await expect(page.getByRole('alert')).toContainText('could not read');

		await page.getByRole('button', { name: 'Delete the plan we could not read' }).click();
		await expect(
			page.getByRole('group', { name: /delete the plan we could not read\? You cannot undo this/ }),
		).toBeFocused();
		await page.getByRole('button', { name: 'Yes, delete it' }).click();
		await expect(planStatus(page)).toContainText('The plan we could not read has been deleted.');
		expect(await stored(page, 'localStorage', unreadableKey)).toBeNull();
		await openPlan(page);
		await expect(page.getByRole('alert')).not.toContainText('could not read');
		await expect(firstSign(page)).toHaveValue('Starting again');
	});

	test('"Delete my plan" also deletes a saved plan that cannot be read', async ({ page }) => {
		await page.goto(url);
		await page.evaluate(() => sessionStorage.setItem('llr-safety-plan', 'not a plan'));
		await openPlan(page);
		await expect(page.getByRole('alert')).toContainText('could not read');
		await page.getByRole('button', { name: 'Delete my plan' }).click();
		await page.getByRole('button', { name: 'Yes, delete my plan' }).click();
		await expect(planStatus(page)).toContainText('Your plan has been deleted from this device.');
		await expect(page.getByRole('alert')).not.toContainText('could not read');
		expect([await stored(page, 'sessionStorage'), await stored(page, 'sessionStorage', unreadableKey)]).toEqual([
			null,
			null,
		]);
	});

	test('a plan that cannot be read and cannot be moved aside is never written over', async ({ page }) => {
		await page.goto(url);
		await page.evaluate(() => {
			sessionStorage.setItem('llr-safety-plan-unreadable', 'first broken plan');
			sessionStorage.setItem('llr-safety-plan', 'second broken plan');
		});
		await openPlan(page);
		await expect(page.getByRole('alert')).toContainText('changes on this page are not saved until you delete it');
		await firstSign(page).fill('New words');
		expect(await stored(page, 'sessionStorage')).toBe('second broken plan');
		const file = await downloaded(page, page.getByRole('button', { name: 'Download my plan now' }));
		expect(JSON.parse(file.text).lists['warning-signs']).toEqual(['New words']);
		// Deleting it lets saving carry on, with the words on the page.
		const held = page.locator('.warning').filter({ hasText: 'not saved until you delete it' });
		await held.getByRole('button', { name: 'Delete the plan we could not read' }).click();
		await page.getByRole('button', { name: 'Yes, delete it' }).click();
		expect(JSON.parse((await stored(page, 'sessionStorage'))!).lists['warning-signs']).toEqual(['New words']);
		expect(await stored(page, 'sessionStorage', unreadableKey)).toBe('first broken plan');
	});

	test('two tabs never silently lose an edit', async ({ context }) => {
		const a = await context.newPage();
		await openPlan(a);
		await firstSign(a).fill('From tab A');
		await a.getByLabel('Keep my plan on this device').check();
		await expect(planStatus(a)).toContainText('kept on this device');
		const b = await context.newPage();
		await openPlan(b);
		await expect(firstSign(b)).toHaveValue('From tab A');

		await firstSign(a).fill('Changed in tab A');
		await expect(b.getByRole('alert')).toContainText('This plan was changed in another tab: reload to see it.');
		await expectNoAxeViolations(b);
		// What is typed in tab B stays on screen but does not write over tab A's change.
		await firstSign(b).fill('Typed in tab B');
		await expect(firstSign(b)).toHaveValue('Typed in tab B');
		expect(JSON.parse((await stored(a, 'localStorage'))!).lists['warning-signs']).toEqual(['Changed in tab A']);

		// Tab B chooses to keep its own: now tab A is told, and can see it.
		await b.getByRole('button', { name: 'Keep the plan on this page' }).click();
		await expect(b.getByRole('alert')).not.toContainText('changed in another tab');
		expect(JSON.parse((await stored(a, 'localStorage'))!).lists['warning-signs']).toEqual(['Typed in tab B']);
		await expect(a.getByRole('alert')).toContainText('This plan was changed in another tab: reload to see it.');
		await a.getByRole('button', { name: 'Reload to see the other tab’s plan' }).click();
		await expect(firstSign(a)).toHaveValue('Typed in tab B');
		await expect(a.getByRole('alert')).not.toContainText('changed in another tab');

		// Deleting in one tab is said in the other, which can keep its copy.
		await a.getByRole('button', { name: 'Delete my plan' }).click();
		await a.getByRole('button', { name: 'Yes, delete my plan' }).click();
		await expect(b.getByRole('alert')).toContainText('Your plan was deleted in another tab.');
		await expect(firstSign(b)).toHaveValue('Typed in tab B');
		await b.getByRole('button', { name: 'Keep the plan on this page' }).click();
		expect(JSON.parse((await stored(b, 'localStorage'))!).lists['warning-signs']).toEqual(['Typed in tab B']);
	});

	test('keeping a plan on this device asks before replacing one already kept there', async ({ context }) => {
		const kept = await context.newPage();
		await openPlan(kept);
		await firstSign(kept).fill('Kept on this device');
		await kept.getByLabel('Keep my plan on this device').check();
		await expect(planStatus(kept)).toContainText('kept on this device');

		const tab = await context.newPage();
		await openPlan(tab);
		await expect(firstSign(tab)).toHaveValue('Kept on this device');
		await tab.getByLabel('Keep my plan on this device').uncheck();
		await expect(planStatus(tab)).toContainText('kept only until you close this tab');
		await expect(kept.getByRole('alert')).toContainText('Your plan was deleted in another tab.');
		await kept.getByRole('button', { name: 'Keep the plan on this page' }).click();
		await firstSign(tab).fill('Only in this tab');

		// The box does not stay ticked: the plan is not moved until the person chooses.
		await tab.getByLabel('Keep my plan on this device').click();
		await expect(tab.getByRole('alert')).toContainText('There is already a different plan kept on this device.');
		await expect(tab.getByLabel('Keep my plan on this device')).not.toBeChecked();
		expect(JSON.parse((await stored(tab, 'localStorage'))!).lists['warning-signs']).toEqual(['Kept on this device']);
		await tab.getByRole('button', { name: 'Cancel' }).click();
		await expect(firstSign(tab)).toHaveValue('Only in this tab');
		expect(JSON.parse((await stored(tab, 'sessionStorage'))!).lists['warning-signs']).toEqual(['Only in this tab']);
	});

	test('when storage is full the person is told, the words stay, and the download is offered at once', async ({
		page,
	}) => {
		await page.addInitScript(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('full', 'QuotaExceededError');
			};
		});
		await openPlan(page);
		await firstSign(page).fill('Still here');
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('Your plan could not be saved: this device has no room left.');
		await expect(alert).toContainText('Download it now so you do not lose it.');
		await expect(firstSign(page)).toHaveValue('Still here');
		await expectNoAxeViolations(page);
		const file = await downloaded(page, alert.getByRole('button', { name: 'Download my plan now' }));
		expect(JSON.parse(file.text).lists['warning-signs']).toEqual(['Still here']);
	});

	test('when the browser blocks storage the person is told, the words stay, and the download is offered', async ({
		page,
	}) => {
		await page.addInitScript(() => {
			for (const name of ['localStorage', 'sessionStorage'])
				Object.defineProperty(window, name, {
					get() {
						throw new DOMException('blocked', 'SecurityError');
					},
				});
		});
		await openPlan(page);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(
			'Your plan could not be saved: your browser is not letting this page save anything.',
		);
		await expectNoAxeViolations(page);
		await firstSign(page).fill('Still here too');
		await expect(firstSign(page)).toHaveValue('Still here too');
		const file = await downloaded(page, alert.getByRole('button', { name: 'Download my plan now' }));
		expect(JSON.parse(file.text).lists['warning-signs']).toEqual(['Still here too']);
	});

	test('words typed before the page is ready are kept, next to the saved plan', async ({ browser }) => {
		// The page's offline worker would serve the editor's script from its cache, past the hold below, so the
		// page would be ready before the words are typed. Blocked here, the script arrives only when released.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		await openPlan(page);
		await firstSign(page).fill('Saved before');
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_astro/SafetyPlanEditor.*.js', async (route) => {
			await held;
			await route.continue();
		});
		await page.reload({ waitUntil: 'domcontentloaded' });
		await expect(page.getByRole('button', { name: 'Download my plan to read' })).toBeDisabled();
		await firstSign(page).fill('Typed early');
		release();
		await expect(page.getByRole('button', { name: 'Download my plan to read' })).toBeEnabled();
		await expect(firstSign(page)).toHaveValue('Saved before');
		await expect(page.getByLabel('My warning signs and triggers, line 2')).toHaveValue('Typed early');
		await page.unroute('**/_astro/SafetyPlanEditor.*.js');
		await openPlan(page);
		await expect(firstSign(page)).toHaveValue('Saved before');
		await expect(page.getByLabel('My warning signs and triggers, line 2')).toHaveValue('Typed early');
		await context.close();
	});

	test('after Exit this page, a plan kept only in this tab stays hidden until the person shows it', async ({
		page,
		browser,
	}) => {
		const fresh = await browser.newPage();
		await openPlan(fresh);
		const newPlanPage = await fresh.locator('main').innerText();
		await fresh.close();
		await fakeExitSite(page);
		await openPlan(page);
		await expect(page.getByLabel('Hide my plan when I use Exit this page')).toBeChecked();
		await firstSign(page).fill('Private words');
		await page.getByRole('link', { name: 'Emergency Exit this page' }).click();
		await expect(page).toHaveURL(/bbc\.co\.uk/);

		// Coming back, the page is the ordinary empty plan: nothing on it says that Exit this page was used.
		await openPlan(page);
		await expect(firstSign(page)).toHaveValue('');
		expect(await page.locator('main').innerText()).toBe(newPlanPage);
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Show my hidden plan' }).click();
		await expect(firstSign(page)).toHaveValue('Private words');
		await openPlan(page);
		await expect(firstSign(page)).toHaveValue('Private words');

		// A person can choose to keep it showing.
		await page.getByLabel('Hide my plan when I use Exit this page').uncheck();
		await page.keyboard.press('Shift');
		await page.keyboard.press('Shift');
		await page.keyboard.press('Shift');
		await expect(page).toHaveURL(/bbc\.co\.uk/);
		await openPlan(page);
		await expect(firstSign(page)).toHaveValue('Private words');
	});

	test('nothing typed ever leaves the device: no network request while filling in', async ({ page }) => {
		await openPlan(page);
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await firstSign(page).fill('Private words');
		await page.getByLabel('Name 1').first().fill('Mum');
		await page.getByLabel('Keep my plan on this device').check();
		await expect(planStatus(page)).toContainText('kept on this device');
		await page.getByRole('button', { name: 'Add another line to Things I can do on my own to feel safer' }).click();
		await expect(page.getByLabel('Things I can do on my own to feel safer, line 2')).toBeFocused();
		await downloaded(page, page.getByRole('button', { name: 'Download my plan to read' }));
		expect(requests.filter((request) => !request.startsWith('blob:'))).toEqual([]);
	});

	test('keyboard only: Tab reaches the plan, a line is added with Enter, and Tab reaches the save controls', async ({
		page,
	}) => {
		await openPlan(page);
		/** Presses Tab, as a person would, until `target` has focus (or gives up after `most` presses). */
		async function tabTo(target: Locator, most = 60) {
			for (let presses = 0; presses < most; presses++) {
				await page.keyboard.press('Tab');
				if (await target.evaluate((element) => element === document.activeElement)) return;
			}
			await expect(target).toBeFocused();
		}
		await tabTo(page.getByLabel('Keep my plan on this device'));
		await tabTo(firstSign(page), 3);
		await page.keyboard.type('Typed with keys');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Remove line 1 from My warning signs and triggers' })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Add another line to My warning signs and triggers' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByLabel('My warning signs and triggers, line 2')).toBeFocused();
		await page.keyboard.type('And with Enter');
		const download = page.getByRole('button', { name: 'Download my plan to read' });
		await tabTo(download);
		const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
		expect(readFileSync(await file.path(), 'utf8')).toContain('- Typed with keys\n- And with Enter');
	});

	test('print shows what was typed and the numbers, and hides the controls', async ({ page }) => {
		await openPlan(page);
		const long = 'A very long warning sign that must not be cut off when the plan is printed on paper. '.repeat(40);
		await firstSign(page).fill(long);
		await page.getByLabel('Name 1').first().fill('Mum');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('paragraph').filter({ hasText: long.trim() })).toBeVisible();
		await expect(page.getByRole('paragraph').filter({ hasText: /^Mum$/ })).toBeVisible();
		await expect(firstSign(page)).toBeHidden();
		await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
		await expect(page.getByRole('button', { name: 'Delete my plan' })).toBeHidden();
		await expect(page.getByRole('button', { name: /^Remove/ }).first()).toBeHidden();
		await expect(page.getByLabel('Keep my plan on this device')).toBeHidden();
		await expect(page.locator('.printed-numbers a[href="tel:111"]').first()).toBeVisible();
		await expect(page.locator('.printed-numbers')).toContainText('Mental Health Central Access Point');
	});

	test('has no accessibility violations before the editor is ready (the HTML a person without JavaScript gets)', async ({
		page,
	}) => {
		// axe needs JavaScript, so this stops the editor's own script instead: the page stays as it was built.
		await page.route(editorScript, (route) => route.abort());
		await page.goto(url);
		await expect(firstSign(page)).toBeEditable();
		await expect(page.getByRole('button', { name: 'Download my plan to read' })).toBeDisabled();
		await expectNoAxeViolations(page);
	});

	test('has no accessibility violations, with a plan filled in and the delete question open', async ({ page }) => {
		await openPlan(page);
		await expectNoAxeViolations(page);
		await firstSign(page).fill('Not sleeping');
		await page.getByRole('button', { name: 'Delete my plan' }).click();
		await expect(page.getByRole('group', { name: /Are you sure you want to delete your plan/ })).toBeFocused();
		await expectNoAxeViolations(page);
	});
});

test('the privacy page says how a plan is kept, and what Exit this page does to it', async ({ page }) => {
	await page.goto('/safety-plan/fill-in/');
	await page.getByRole('link', { name: 'How your plan is kept' }).click();
	await expect(page).toHaveURL('/privacy/#safety-plan');
	const section = page.locator('main');
	await expect(page.getByRole('heading', { name: 'Your safety plan' })).toBeVisible();
	await expect(section).toContainText(
		'a plan kept only in that tab is hidden if you come back to the plan page in the same tab',
	);
	await expect(section).toContainText('It is hidden, not deleted');
	await expect(section).toContainText('A plan kept on this device is not hidden');
});
