/** The service directory as a person uses it: browsing with JavaScript off, honest service pages, no extra JavaScript. */
import { expect, test } from '@playwright/test';
import { builtPages, pageBytes } from './built-pages.ts';

const servicePages = builtPages().filter(({ url }) => /^\/services\/[^/]+\/$/.test(url));
const browsePages = builtPages().filter(({ url }) => /^\/services\/(topic|age|area|access)\/[^/]+\/$/.test(url));

test('there is a page for every service and every browse choice', () => {
	expect(servicePages.length).toBeGreaterThan(60);
	// 20 topics, 5 age groups, 3 areas, 6 ways in.
	expect(browsePages).toHaveLength(34);
});

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

	test('every browse link on the services page leads to a page that lists services or says what to do instead', async ({ page }) => {
		await page.goto('/services/');
		const hrefs = await page.getByRole('navigation', { name: 'Browse services' }).locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(hrefs).toHaveLength(34);
		for (const href of hrefs) {
			const response = await page.goto(href);
			expect(response?.status(), href).toBe(200);
			const cards = await page.locator('.service-card').count();
			if (cards === 0) await expect(page.getByText('We do not know of a local service for this yet.')).toBeVisible();
		}
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

test.describe('every service page', () => {
	for (const { url, file } of servicePages) {
		test(`${url} shows when it was last checked, its source, and only the shared quick-exit script`, () => {
			const html = pageBytes(file).toString('utf8');
			expect(html).toMatch(/Last checked: <time datetime="\d{4}-\d{2}-\d{2}">/);
			expect(html).toContain('Where this information comes from');
			// No islands and no page scripts: the only module is the site-wide quick exit.
			expect(html).not.toContain('<astro-island');
			const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!.trim());
			expect(scripts.filter((attrs) => attrs === 'type="module"' || attrs.includes('src='))).toHaveLength(1);
			const ld = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s);
			expect(ld, 'JSON-LD is missing').not.toBeNull();
			const data = JSON.parse(ld![1]!);
			expect(data['@type']).toBe('Service');
			const h1 = html.match(/<h1>(.*?)<\/h1>/s)![1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
			expect(h1).toBe(data.name);
		});
	}
});

test('a service you cannot refer yourself to says so, and says what to do instead', async ({ page }) => {
	await page.goto('/services/memory-service/');
	const howToGetIn = page.locator('#how-to-get-support ~ .inset, #how-to-get-support ~ .ways-in');
	await expect(howToGetIn.first()).toHaveText('You cannot refer yourself.');
	await expect(page.locator('.ways-in')).toContainText('Your GP can refer you.');
});

test('professional referral lines are kept apart from the public contacts', async ({ page }) => {
	await page.goto('/services/memory-service/');
	const details = page.locator('details', { hasText: 'For health and care professionals' });
	await expect(details.locator('a[href^="tel:"]').first()).toBeHidden();
	await details.locator('summary').click();
	await expect(details.locator('a[href^="tel:"]').first()).toBeVisible();
});

test('the content review report is not part of the public site, and no page links to it', async ({ page }) => {
	const response = await page.goto('/content-review/');
	expect(response?.status()).toBe(404);
	const linking = builtPages().filter(({ file }) => pageBytes(file).toString('utf8').includes('href="/content-review/"'));
	expect(linking.map(({ url }) => url)).toEqual([]);
});
