/**
 * Every crisis phrasing in content/crisis-phrasings.yaml that the search's detector catches shows crisis help in the
 * first screen of a 375x667 phone: a few typed character by character as a person types, the rest one after
 * another in the same page, as someone who changes their words.
 */
import { expect, test, type Page } from '@playwright/test';
import { loadContent } from '../../src/integrations/content/load.ts';
import { crisisDetector } from '../../src/lib/search/crisis.ts';
import { siteCrisisModel } from '../../src/lib/search/crisis-training.ts';

const phone = { width: 375, height: 667 };
const content = loadContent();
// The detector as the build makes it: trained on the part of the set that is not held back.
const isCrisis = crisisDetector(content.crisisTerms, siteCrisisModel(content));
const caught = Object.values(content.crisisPhrasings.crisis)
	.flat()
	.filter((text) => isCrisis(text));
// One of each kind is typed key by key.
const typed = Object.values(content.crisisPhrasings.crisis).map((texts) => texts.find((text) => isCrisis(text))!);

const box = (page: Page) => page.getByLabel('What would you like help with?');
const crisisCard = (page: Page) => page.getByRole('alert').filter({ hasText: 'help is available now' });

/** What keeps crisis help from the first screen for the query now in the box, or nothing. */
async function problemWith(page: Page, query: string): Promise<string | undefined> {
	await expect(page.locator('[data-status]')).toContainText(query.trim().slice(0, 40), { timeout: 10_000 });
	const card = crisisCard(page);
	if (!(await card.isVisible())) return `${query}: no crisis help`;
	for (const href of ['tel:999', 'tel:111']) {
		const link = await card.locator(`a[href="${href}"]`).first().boundingBox();
		if (!link || link.y < 0 || link.y + link.height > phone.height)
			return `${query}: ${href} is not in the first screen (${link?.y})`;
	}
	return undefined;
}

test(`all ${caught.length} caught crisis phrasings show crisis help in the first screen at 375x667`, async ({
	page,
}) => {
	test.setTimeout(600_000);
	expect(caught.length).toBeGreaterThanOrEqual(200);
	await page.setViewportSize(phone);
	const problems: string[] = [];
	for (const query of typed) {
		await page.goto('/search/');
		await expect(page.locator('service-search')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
		await box(page).pressSequentially(query, { delay: 30 });
		await page.keyboard.press('Enter');
		const problem = await problemWith(page, query);
		if (problem) problems.push(problem);
	}
	for (const query of caught.filter((text) => !typed.includes(text))) {
		await page.evaluate(() => window.scrollTo(0, 0));
		await box(page).fill(query);
		await page.keyboard.press('Enter');
		const problem = await problemWith(page, query);
		if (problem) problems.push(problem);
	}
	expect(problems).toEqual([]);
});
