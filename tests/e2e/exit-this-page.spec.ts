/** Quick exit: works as a plain link, by Shift pressed three times, hides the page, and Back does not bring it back. */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';

const exitPattern = /^https:\/\/www\.bbc\.co\.uk\/weather/;

/** The machine has no network: answer the neutral site locally, and count visits to it. */
async function fakeExitSite(context: BrowserContext) {
	await context.route('https://www.bbc.co.uk/**', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
	);
}

async function expectExited(page: Page) {
	await expect(page).toHaveURL(exitPattern);
	await expect(page.getByRole('heading', { name: 'Weather' })).toBeVisible();
}

test.beforeEach(async ({ context }) => fakeExitSite(context));

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the exit control is a link that leaves the site', async ({ page }) => {
		await page.goto('/urgent-help/');
		const exit = page.getByRole('link', { name: 'Emergency Exit this page' });
		await expect(exit).toHaveAttribute('rel', 'nofollow noreferrer');
		await exit.click();
		await expectExited(page);
	});
});

test.describe('with JavaScript', () => {
	test('clicking exit hides the page at once and leaves', async ({ page }) => {
		// Record what the page looks like at the moment it starts to leave (the navigation itself is too quick to watch).
		await page.addInitScript(() => {
			new MutationObserver(() => {
				if (!document.documentElement.classList.contains('is-exiting')) return;
				const alert = document.querySelector('[role="alert"]');
				console.log(`exit-state body:${getComputedStyle(document.body).display} alert:${alert?.textContent ?? ''}`);
			}).observe(document, { attributes: true, attributeFilter: ['class'], childList: true, subtree: true });
		});
		// Hold the neutral site's response, so the leaving page stays alive long enough to report.
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('https://www.bbc.co.uk/**', async (route) => {
			await held;
			await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' });
		});
		await page.goto('/privacy/');
		const reported = page.waitForEvent('console', (message) => message.text().startsWith('exit-state'));
		await page.getByRole('link', { name: 'Emergency Exit this page' }).click({ noWaitAfter: true });
		expect((await reported).text()).toBe('exit-state body:none alert:Loading.');
		release();
		await expectExited(page);
	});

	test('pressing Shift three times leaves, with announcements after the first two', async ({ page }) => {
		await page.goto('/');
		const status = page.locator('[data-exit-status]');
		await page.keyboard.press('Shift');
		await expect(status).toHaveText('Shift, press 2 more times to exit.');
		await page.keyboard.press('Shift');
		await expect(status).toHaveText('Shift, press 1 more time to exit.');
		await page.keyboard.press('Shift');
		await expectExited(page);
	});

	test('another key between Shift presses starts the count again', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('Shift');
		await page.keyboard.press('Shift');
		await page.keyboard.press('a');
		await page.keyboard.press('Shift');
		await expect(page.locator('[data-exit-status]')).toHaveText('Shift, press 2 more times to exit.');
		await expect(page).toHaveURL(/127\.0\.0\.1/);
	});

	test('Shift used to type capital letters does not count', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('Shift+A');
		await page.keyboard.press('Shift+B');
		await page.keyboard.press('Shift+C');
		await expect(page).toHaveURL(/127\.0\.0\.1/);
	});

	test('pressing Back after exiting does not show the site again', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('link', { name: 'Urgent help' }).first().click();
		await expect(page).toHaveURL(/\/urgent-help\/$/);
		await page.getByRole('link', { name: 'Emergency Exit this page' }).click();
		await expectExited(page);
		await page.goBack();
		await expectExited(page);
	});

	test('coming back to the site on purpose later shows it as normal', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('link', { name: 'Emergency Exit this page' }).click();
		await expectExited(page);
		await page.goto('/urgent-help/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help now');
	});
});

test('in print, the exit control is hidden and the crisis numbers are kept', async ({ page }) => {
	await page.goto('/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('link', { name: 'Emergency Exit this page' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	const strip = page.getByRole('region', { name: 'Get help now' });
	await expect(strip.locator('a[href="tel:999"]')).toBeVisible();
	await expect(strip.locator('a[href="tel:111"]')).toBeVisible();
	await expect(page.locator('.site-footer')).toContainText('116 123');
});
