/** Self-help guides and the jargon buster, as a person reads them. */
import { expect, test } from '@playwright/test';

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the guides page groups guides, and a guide lists local services and crisis lines', async ({ page }) => {
		await page.goto('/self-help/');
		for (const heading of ['For adults', 'For young people', 'For parents, carers, family and friends'])
			await expect(page.getByRole('heading', { name: heading })).toBeVisible();
		await page.getByRole('link', { name: 'Low mood and depression' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Low mood and depression');
		for (const section of [
			'What it can feel like',
			'Things to try now',
			'When to get more help',
			'Local services that can help',
			'If you need to talk to someone now',
		])
			await expect(page.getByRole('main').getByRole('heading', { name: section })).toBeVisible();
		await expect(page.locator('#local-services ~ .service-list .service-card').first()).toBeVisible();
		await expect(page.locator('main [data-crisis-line="samaritans"]')).toBeVisible();
		await expect(page.getByText(/Last reviewed:/)).toBeVisible();
	});

	test('a guide about suicidal thoughts puts crisis help before its content', async ({ page }) => {
		await page.goto('/self-help/getting-through-suicidal-thoughts/');
		const help = page.locator('.care-card').first();
		await expect(help).toContainText('If you need help now');
		const helpBox = await help.boundingBox();
		const firstSection = await page.getByRole('heading', { name: 'What it can feel like' }).boundingBox();
		expect(helpBox!.y).toBeLessThan(firstSection!.y);
	});

	test('abbreviations on a service page are explained at their first use, with a link to the jargon buster', async ({
		page,
	}) => {
		await page.goto('/services/camhs-crisis-team/');
		const term = page.locator('main a.term').first();
		await expect(term).toBeVisible();
		await expect(term.locator('abbr')).toHaveAttribute('title', /.+/);
		const href = await term.getAttribute('href');
		expect(href).toMatch(/^\/glossary\/#/);
		await term.click();
		await expect(page.locator(`${href!.replace('/glossary/', '')} dfn`)).toBeVisible();
	});

	test('in a guide, the first use of an abbreviation is explained where it is used', async ({ page }) => {
		await page.goto('/self-help/low-mood-and-depression/');
		const gp = page.locator('.prose a.term', { hasText: 'GP' });
		await expect(gp).toHaveCount(1);
		await expect(gp.locator('abbr')).toHaveAttribute('title', /general practitioner/i);
		await expect(page.getByRole('heading', { name: 'Words used in this guide' })).toBeVisible();
	});

	test('the jargon buster explains at least 40 terms', async ({ page }) => {
		await page.goto('/glossary/');
		expect(await page.locator('dfn').count()).toBeGreaterThanOrEqual(40);
		await expect(page.locator('#camhs')).toContainText('Child and Adolescent Mental Health Services');
	});

	test('service pages link the guides that share their topics', async ({ page }) => {
		await page.goto('/services/nhs-talking-therapies/');
		await expect(page.getByRole('heading', { name: 'Self-help guides' })).toBeVisible();
		await expect(page.locator('#guides ~ ul a[href^="/self-help/"]').first()).toBeVisible();
	});

	test('wizard results link guides for the topic', async ({ page }) => {
		await page.goto('/which-service/me/36-to-64/leicester/');
		await page.locator('#need-anxiety').check();
		await expect(page.locator('#things-to-do-now ~ ul a[href="/self-help/anxiety-worry-and-panic/"]')).toBeVisible();
	});
});

test('printing a guide keeps the crisis lines and hides navigation', async ({ page }) => {
	await page.goto('/self-help/anxiety-worry-and-panic/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.locator('main [data-crisis-line="samaritans"]')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Get help now' }).locator('a[href="tel:999"]')).toBeVisible();
});
