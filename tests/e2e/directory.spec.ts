/**
 * The service directory as a person uses it, with JavaScript off: browsing, and service pages that say how to get in.
 * What every service page holds (last checked, sources, no page script, JSON-LD), and that every browse link lists
 * services or says what to do instead, is read from dist/ in tests/dist/directory.test.ts.
 */
import { expect, test } from '@playwright/test';
import { builtPages } from './built-pages.ts';

const servicePages = builtPages().filter(({ url }) => /^\/services\/[^/]+\/$/.test(url));

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('a person can browse by topic and reach a service page', async ({ page }) => {
		await page.goto('/services/');
		await page.getByRole('link', { name: 'Anxiety, worry and panic' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Services for: anxiety, worry and panic');
		const first = page.locator('.service-card__name a').first();
		const name = await first.textContent();
		await first.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(name!.trim());
		await expect(page.locator('.last-checked')).toContainText('Last checked');
	});

	test('browsing by age, area and way in works too', async ({ page }) => {
		await page.goto('/services/');
		await page.getByRole('link', { name: 'Young people (11 to 17)' }).click();
		await expect(page.locator('.service-card').first()).toBeVisible();
		await page.goto('/services/');
		await page.getByRole('link', { name: 'Rutland', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Services in Rutland');
		await page.goto('/services/');
		await page.getByRole('link', { name: 'Drop in', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'You can contact these yourself' })).toBeVisible();
	});

	test('the A to Z list links to every service', async ({ page }) => {
		await page.goto('/services/');
		await expect(page.locator('.a-z-list a')).toHaveCount(servicePages.length);
	});
});

test('a service you cannot refer yourself to says so under its heading, and says what to do instead', async ({
	page,
}) => {
	await page.goto('/services/memory-service/');
	const howToGetIn = page.locator('main h1 + .key-facts [data-main-contact]');
	await expect(howToGetIn.locator('dt')).toHaveText('How to get in');
	await expect(howToGetIn.locator('dd')).toHaveText(
		'You cannot refer yourself. Your GP (general practitioner) can refer you.',
	);
});

test('a service page says who it is for and how to get in, with the main contact, under its heading, once', async ({
	page,
}) => {
	await page.goto('/services/mental-health-matters/');
	const facts = page.locator('main h1 + .key-facts');
	await expect(facts.locator('dt').first()).toHaveText('Who it is for');
	await expect(facts.locator('dd').first()).toHaveText('Adults, in Leicester, Leicestershire and Rutland');
	const contact = facts.locator('[data-main-contact] a[href^="tel:"]');
	await expect(contact).toHaveCount(1);
	const href = (await contact.getAttribute('href'))!;
	// Moved, not copied: the main contact is not listed again further down the page.
	await expect(page.locator(`main a[href="${href}"]`)).toHaveCount(1);
});

test('professional referral lines are kept apart from the public contacts', async ({ page }) => {
	await page.goto('/services/memory-service/');
	const details = page.locator('details', { hasText: 'For health and care professionals' });
	await expect(details.locator('a[href^="tel:"]').first()).toBeHidden();
	await details.locator('summary').click();
	await expect(details.locator('a[href^="tel:"]').first()).toBeVisible();
});
