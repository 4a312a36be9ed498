/** "Which service is right for me?" as a person uses it: with JavaScript off, by keyboard, with Back and Change. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function choose(page: Page, label: string) {
	await page.getByRole('link', { name: label, exact: true }).click();
}

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('a whole journey ends in results that say why each service fits', async ({ page }) => {
		await page.goto('/which-service/');
		await page.getByRole('link', { name: 'Start now' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Is anyone in danger right now/);
		await choose(page, 'No');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Do you need to talk to someone about your mental health today?');
		await choose(page, 'No');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you looking for support for?');
		await choose(page, 'Me');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('How old are you?');
		await choose(page, '18 to 25');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where do you live?');
		await page.getByRole('link', { name: /^Leicester city/ }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('What would you like help with?');
		await page.getByRole('link', { name: /^Anxiety, worry and panic/ }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('How would you like support?');
		await choose(page, 'No preference');
		await expect(page).toHaveURL('/which-service/me/18-to-25/leicester/anxiety/results/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Support that could help you');
		const answers = page.locator('.summary-list');
		await expect(answers).toContainText('18 to 25');
		await expect(answers).toContainText('Leicester city');
		const best = page.locator('.results-variant--default .result-card');
		await expect(best.first()).toBeVisible();
		await expect(best.filter({ hasText: 'NHS Talking Therapies' })).toHaveCount(1);
		await expect(best.first().getByText('Why it fits:')).toBeVisible();
		await expect(best.first()).toContainText('for anxiety, worry and panic');
		await expect(page.getByRole('heading', { name: 'If things get worse' })).toBeVisible();
		await expect(page.locator('#if-things-get-worse ~ ul a[href="tel:116123"]')).toBeVisible();
	});

	test('"yes" to danger goes straight to emergency advice, with no more questions', async ({ page }) => {
		await page.goto('/which-service/danger/');
		await choose(page, 'Yes');
		await expect(page).toHaveURL('/which-service/emergency/');
		await expect(page.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('What to do while you wait for help');
		await expect(page.locator('main a[href^="/which-service/who"]')).toHaveCount(0);
	});

	test('needing help today shows urgent help first, then lets the person carry on', async ({ page }) => {
		await page.goto('/which-service/today/');
		await choose(page, 'Yes');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help today');
		await expect(page.locator('main a[href="tel:111"]').first()).toBeVisible();
		await expect(page.locator('main [data-crisis-line="central-access-point"]')).toBeVisible();
		await expect(page.locator('main [data-crisis-line="samaritans"]')).toBeVisible();
		await expect(page.locator('main [data-crisis-line="shout"]')).toBeVisible();
		await expect(page.locator('main [data-crisis-line="childline"]')).toBeVisible();
		await page.getByRole('link', { name: 'Carry on to find ongoing support' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you looking for support for?');
	});

	test('wording follows who the help is for', async ({ page }) => {
		await page.goto('/which-service/my-child/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('How old is your child?');
		await page.goto('/which-service/someone-else/26-to-64/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where do they live?');
	});

	test('choosing suicidal thoughts puts urgent help at the top of the results', async ({ page }) => {
		await page.goto('/which-service/me/16-to-17/rutland/suicidal-thoughts/results/');
		const urgent = page.locator('.care-card').first();
		await expect(urgent).toContainText('If you need help now');
		await expect(urgent.locator('a[href="tel:999"]')).toBeVisible();
		const urgentBox = await urgent.boundingBox();
		const firstResult = await page.locator('.result-card:visible').first().boundingBox();
		expect(urgentBox!.y).toBeLessThan(firstResult!.y);
	});

	test('a preference changes the order without hiding anything', async ({ page }) => {
		await page.goto('/which-service/me/26-to-64/leicester/not-sure/results/');
		const defaultNames = await page.locator('.results-variant--default .result-card h3').allTextContents();
		await page.goto('/which-service/me/26-to-64/leicester/not-sure/results/#prefer-phone');
		const visible = page.locator('#prefer-phone .result-card h3');
		await expect(visible.first()).toBeVisible();
		await expect(page.locator('.results-variant--default')).toBeHidden();
		expect((await visible.allTextContents()).sort()).toEqual([...defaultNames].sort());
		await expect(page.locator('#prefer-phone .result-card').first().locator('a[href^="tel:"]').first()).toBeVisible();
	});

	test('a professionals-only service says who can refer', async ({ page }) => {
		await page.goto('/which-service/me/26-to-64/leicester/memory/results/');
		const card = page.locator('.results-variant--default .result-card').filter({ hasText: 'Memory Service' });
		await expect(card).toContainText('You cannot refer yourself. Your GP can refer you.');
	});
});

test('the Back button and Back link return to the previous question', async ({ page }) => {
	await page.goto('/which-service/who/');
	await choose(page, 'Me');
	await choose(page, '26 to 64');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where do you live?');
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('How old are you?');
	await page.getByRole('link', { name: 'Back', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you looking for support for?');
});

test('changing an answer from the results goes back to that question and on to new results', async ({ page }) => {
	await page.goto('/which-service/me/26-to-64/leicester/anxiety/results/');
	await page.getByRole('link', { name: 'Change where they live' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where do you live?');
	await page.getByRole('link', { name: /^Rutland/ }).click();
	await page.getByRole('link', { name: /^Anxiety, worry and panic/ }).click();
	await choose(page, 'No preference');
	await expect(page.locator('.summary-list')).toContainText('Rutland');
});

test('keyboard only: answer every question with Tab and Enter', async ({ page }) => {
	await page.goto('/which-service/danger/');
	const answer = async (label: RegExp) => {
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
			if (label.test(text)) {
				const before = page.url();
				await page.keyboard.press('Enter');
				return page.waitForURL((url) => url.href !== before);
			}
		}
		throw new Error(`Could not reach ${label}`);
	};
	await answer(/^No$/);
	await expect(page).toHaveURL(/\/today\/$/);
	await answer(/^No$/);
	await answer(/^My child$/);
	await answer(/^11 to 15$/);
	await answer(/^Leicestershire county/);
	await answer(/^Eating problems/);
	await answer(/^No preference$/);
	await expect(page).toHaveURL('/which-service/my-child/11-to-15/leicestershire/eating/results/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Support that could help your child');
});

test('a changed or broken address goes back to the first unanswered question', async ({ page }) => {
	await page.goto('/which-service/me/18-to-25/narnia/anxiety/results/');
	await expect(page).toHaveURL('/which-service/me/18-to-25/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where do you live?');
	await page.goto('/which-service/robot/');
	await expect(page).toHaveURL('/which-service/who/');
});

test('copy link and print buttons appear with JavaScript', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/which-service/me/26-to-64/leicester/anxiety/results/');
	await page.getByRole('button', { name: 'Copy link to these results' }).click();
	await expect(page.getByText('Link copied.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Print these results' })).toBeVisible();
});

test('print keeps results and crisis lines and hides the controls', async ({ page }) => {
	await page.goto('/which-service/me/26-to-64/leicester/anxiety/results/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Copy link to these results' })).toBeHidden();
	await expect(page.getByRole('link', { name: 'Back', exact: true })).toBeHidden();
	await expect(page.locator('.results-variant--default .result-card').first()).toBeVisible();
	await expect(page.locator('#if-things-get-worse ~ ul').getByText('116 123')).toBeVisible();
});

test('emergency, urgent and results pages have no accessibility violations', async ({ page }) => {
	for (const url of ['/which-service/emergency/', '/which-service/urgent/', '/which-service/me/16-to-17/rutland/suicidal-thoughts/results/#prefer-phone']) {
		await page.goto(url);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), url).toEqual([]);
	}
});
