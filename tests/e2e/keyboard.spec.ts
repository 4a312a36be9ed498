/** Keyboard-only use: the skip link comes first, quick exit second, and focus is always visible. */
import { expect, test } from '@playwright/test';

const focusYellow = 'rgb(255, 235, 59)';

test('Tab reaches the skip link first, then Exit this page, and both show focus clearly', async ({ page }) => {
	await page.goto('/urgent-help/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await expect(skip).toHaveCSS('background-color', focusYellow);

	await page.keyboard.press('Tab');
	const exit = page.getByRole('link', { name: 'Emergency Exit this page' });
	await expect(exit).toBeFocused();
	await expect(exit).toHaveCSS('background-color', focusYellow);
});

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.locator('#main-content')).toBeFocused();
	await page.keyboard.press('Tab');
	// The next stop is inside main, not back in the header.
	const inMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
	expect(inMain).toBe(true);
});

test('the help-now numbers and every main navigation link can be reached with Tab, with visible focus', async ({
	page,
}) => {
	await page.goto('/');
	const wanted = [
		'tel:999',
		'tel:111',
		'/which-service/',
		'/services/',
		'/self-help/',
		'/safety-plan/',
		'/urgent-help/',
	];
	const reached = new Set<string>();
	for (let presses = 0; presses < 20 && reached.size < wanted.length; presses++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const el = document.activeElement as HTMLAnchorElement | null;
			return el ? { href: el.getAttribute('href') ?? '', background: getComputedStyle(el).backgroundColor } : null;
		});
		if (focused && wanted.includes(focused.href)) {
			expect(focused.background, `${focused.href} has no visible focus`).toBe(focusYellow);
			reached.add(focused.href);
		}
	}
	expect([...reached].sort()).toEqual([...wanted].sort());
});

test('Exit this page stays on screen while the page scrolls', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 667 });
	await page.goto('/urgent-help/');
	await page.mouse.wheel(0, 2000);
	await expect(page.getByRole('link', { name: 'Emergency Exit this page' })).toBeInViewport();
});
