/**
 * "Which service is right for me?" as a person uses it, in real Chromium: the questions with JavaScript off, by
 * keyboard, with Back and Change; the results page with several needs ticked, JavaScript on and off; sharing,
 * printing and broken addresses.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadContent } from '../../src/integrations/content/load.ts';
import { inputId } from '../../src/lib/wizard/choices.ts';
import { wizardFrom } from '../../src/lib/wizard/pages.ts';
import { wizardPath } from '../../src/lib/wizard/paths.ts';
import { wizardSituations, type WizardSituation } from '../unit/wizard-situations.ts';

const content = loadContent();
const wizard = wizardFrom(
	content.services,
	content.guides.map((guide) => guide.data),
	content.crisisLines.map((line) => line.id),
);

/** The results page for a situation's who, age and area. */
function resultsUrl(situation: Pick<WizardSituation, 'who' | 'age' | 'area'>): string {
	const band = wizard.bands.find(
		(candidate) => candidate.min <= situation.age && (candidate.max === null || situation.age <= candidate.max),
	)!;
	return wizardPath({ page: 'results', who: situation.who ?? 'me', band: band.id, area: situation.area });
}

async function choose(page: Page, label: string | RegExp) {
	await page.getByRole('link', { name: label, exact: typeof label === 'string' }).click();
}

async function tick(page: Page, situation: Pick<WizardSituation, 'needs' | 'situations'>) {
	for (const need of situation.needs) await page.locator(`#${inputId('need', need)}`).check();
	for (const id of situation.situations ?? []) await page.locator(`#${inputId('situation', id)}`).check();
}

/** A result card for a service on the list (not the GP card's list of names). */
function card(page: Page, slug: string) {
	return page
		.locator('.result-list > .result-card:not(.result-card--gp)')
		.filter({ has: page.locator(`h4 a[href="/services/${slug}/"]`) });
}

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function expectNoAxeViolations(page: Page, what: string) {
	const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
		what,
	).toEqual([]);
}

for (const javaScriptEnabled of [false, true]) {
	test.describe(`situations in the browser, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });
		for (const situation of wizardSituations.filter((candidate) => candidate.browser)) {
			test(situation.name, async ({ page }) => {
				await page.goto(resultsUrl(situation));
				await expect(page.locator('.result-list > .result-card:visible')).toHaveCount(0);
				await tick(page, situation);
				for (const slug of situation.shown ?? []) {
					await expect(card(page, slug), `${slug} shown`).toBeVisible();
					await expect(card(page, slug).getByText('Why it fits:')).toBeVisible();
					await expect(card(page, slug).getByText('How to get in:')).toBeVisible();
				}
				for (const slug of situation.hidden ?? []) {
					await expect(card(page, slug), `${slug} on the page`).toHaveCount(1);
					await expect(card(page, slug), `${slug} not shown`).toBeHidden();
				}
				for (const slug of situation.never ?? [])
					await expect(page.locator(`#results a[href="/services/${slug}/"]`), `${slug} nowhere`).toHaveCount(0);
				for (const slug of situation.helpNow ?? [])
					await expect(page.locator(`#help-now [data-service="${slug}"]`), `${slug} in help now`).toBeVisible();
				if (situation.helpNow) {
					const helpNow = await page.locator('#help-now').boundingBox();
					const firstCard = await page.locator('.result-list > .result-card:visible').first().boundingBox();
					expect(helpNow!.y, 'help now comes first').toBeLessThan(firstCard!.y);
				}
			});
		}

		test('preference puts the cards offering that way first, in one list, hiding nothing', async ({ page }) => {
			await page.goto(resultsUrl({ age: 40, area: 'leicester' }));
			await page.locator('#need-low-mood').check();
			const names = async () => {
				const cards = await page.locator('.result-list > .result-card:visible').evaluateAll((elements) =>
					elements.map((element) => ({
						y: element.getBoundingClientRect().top,
						name: element.querySelector('h4')!.textContent!,
						phone: element.classList.contains('mode-phone'),
					})),
				);
				return cards.sort((a, b) => a.y - b.y);
			};
			const before = await names();
			await page.getByRole('radio', { name: 'By phone' }).check();
			const after = await names();
			expect(after.map((c) => c.name).sort()).toEqual(before.map((c) => c.name).sort());
			const firstWithoutPhone = after.findIndex((c) => !c.phone);
			expect(firstWithoutPhone, 'some cards offer a phone').toBeGreaterThan(0);
			expect(
				after.slice(firstWithoutPhone).some((c) => c.phone),
				'every phone card before every other',
			).toBe(false);
			expect(
				after.map((c) => c.name),
				'the order changed',
			).not.toEqual(before.map((c) => c.name));
			if (javaScriptEnabled) {
				// With JavaScript the page itself is reordered, so reading and tab order follow what is seen.
				const domOrder = await page.locator('.result-list > .result-card:visible h4').allTextContents();
				expect(domOrder).toEqual(after.map((c) => c.name));
			}
		});
	});
}

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('a whole journey ends in results for two needs that say why each service fits', async ({ page }) => {
		await page.goto('/which-service/');
		await page.getByRole('link', { name: 'Start now' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Is anyone in danger right now/);
		await choose(page, 'No');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Do you need to talk to someone about your mental health today?',
		);
		await choose(page, 'No');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you looking for support for?');
		await choose(page, 'Me');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('How old are you?');
		await choose(page, '18 to 25');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which of these is your age?');
		await choose(page, '20 to 24');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where do you live?');
		await choose(page, /^Leicester city/);
		await expect(page).toHaveURL('/which-service/me/20-to-24/leicester/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('What would you like help with?');
		await expect(page.getByText('Choose at least one thing above')).toBeVisible();
		await page.getByRole('checkbox', { name: /^Anxiety, worry and panic/ }).check();
		await page.getByRole('checkbox', { name: /^Self-harm/ }).check();
		await expect(page.getByText('Choose at least one thing above')).toBeHidden();
		await page.getByRole('link', { name: 'Show support' }).click();
		await expect(page).toHaveURL(/#results$/);
		const answers = page.locator('.summary-list');
		await expect(answers).toContainText('20 to 24');
		await expect(answers).toContainText('Leicester city');
		await expect(answers).toContainText('Anxiety, worry and panic');
		await expect(answers.getByText('Eating problems')).toBeHidden();
		await expect(card(page, 'nhs-talking-therapies')).toContainText('It helps with anxiety, worry and panic.');
		await expect(card(page, 'harmless')).toContainText('It helps with self-harm.');
		await expect(card(page, 'harmless')).toContainText('For people of all ages');
		await expect(page.locator('#help-now')).toBeVisible();
		await expect(page.locator('#help-now a[href="tel:116123"]').first()).toBeVisible();
		await expect(page.getByRole('heading', { name: 'If things get worse' })).toBeVisible();
		await expect(page.locator('.result-list')).not.toContainText('not made for this');
	});

	test('"yes" to danger goes straight to emergency advice, with no more questions', async ({ page }) => {
		await page.goto('/which-service/danger/');
		await choose(page, 'Yes');
		await expect(page).toHaveURL('/which-service/emergency/');
		await expect(page.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Immediate action required: Call 999 or go to A&E now',
		);
		await expect(page.getByRole('heading', { level: 2, name: 'What to do while you wait for help' })).toBeVisible();
		await expect(page.locator('main a[href^="/which-service/who"]')).toHaveCount(0);
	});

	test('needing help today shows urgent help first, then lets the person carry on', async ({ page }) => {
		await page.goto('/which-service/today/');
		await choose(page, 'Yes');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help today');
		await expect(page.locator('main a[href="tel:111"]').first()).toBeVisible();
		await expect(page.locator('main [data-crisis-line="samaritans"]')).toBeVisible();
		await page.getByRole('link', { name: 'Carry on to find ongoing support' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you looking for support for?');
	});

	test('"my child" and "someone else" share pages worded for them', async ({ page }) => {
		await page.goto('/which-service/who/');
		await choose(page, 'My child');
		await expect(page).toHaveURL('/which-service/someone-else/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('How old are they?');
		await page.goto(resultsUrl({ who: 'someone-else', age: 9, area: 'rutland' }));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('What would they like help with?');
		await expect(page.locator('.summary-list')).toContainText('Where they live');
		await expect(page.getByRole('heading', { name: 'Support for you' })).toBeVisible();
		await page.goto(resultsUrl({ who: 'me', age: 30, area: 'rutland' }));
		await expect(page.locator('.summary-list')).toContainText('Where you live');
		await expect(page.locator('.summary-list')).not.toContainText('Where they live');
	});

	test('a service your GP is the way in to is on a "See your GP" card, and says you cannot refer yourself', async ({
		page,
	}) => {
		await page.goto(resultsUrl({ who: 'someone-else', age: 70, area: 'leicester' }));
		await page.locator('#need-memory').check();
		await expect(card(page, 'memory-service')).toContainText('You cannot refer yourself.');
		const gp = page.locator('.result-card--gp');
		await expect(gp).toBeVisible();
		await expect(gp.getByRole('link', { name: 'Memory Service' })).toBeVisible();
		await expect(gp).toContainText('GP surgery');
	});

	test('a need with no local service made for it says so, and still shows who can help', async ({ page }) => {
		await page.goto(resultsUrl({ age: 30, area: 'leicester' }));
		await page.locator('#need-loneliness').check();
		await expect(page.getByText(/We could not find a local service made for loneliness/)).toBeVisible();
		await expect(page.locator('.result-list > .result-card:visible').first()).toBeVisible();
		await expect(page.locator('.result-list > .result-card:visible a[href^="tel:"]').first()).toBeVisible();
		await expect(page.locator('.guide-links a[href="/self-help/loneliness/"]')).toBeVisible();
	});
});

test('the Back button and Back link return to the previous question', async ({ page }) => {
	await page.goto('/which-service/who/');
	await choose(page, 'Me');
	await choose(page, '26 to 64');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which of these is your age?');
	await choose(page, '36 to 64');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where do you live?');
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which of these is your age?');
	await page.getByRole('link', { name: 'Back', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('How old are you?');
	await page.getByRole('link', { name: 'Back', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you looking for support for?');
});

test('changing an answer from the results goes back to that question and on to new results', async ({ page }) => {
	await page.goto(resultsUrl({ age: 40, area: 'leicester' }));
	await page.getByRole('link', { name: 'Change where you live' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where do you live?');
	await choose(page, /^Rutland/);
	await expect(page.locator('.summary-list')).toContainText('Rutland');
	await page.getByRole('link', { name: 'Change age' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which of these is your age?');
	await page.goto(resultsUrl({ age: 40, area: 'leicester' }));
	await page.getByRole('link', { name: /^Change what you would like help with/ }).click();
	await expect(page).toHaveURL(/#needs$/);
});

test('keyboard only: answer every question with Tab, Enter and Space', async ({ page }) => {
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
	await answer(/^11 to 17$/);
	await answer(/^13$/);
	await answer(/^Leicestershire county/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('What would they like help with?');
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(() => document.activeElement?.id === 'need-eating')) break;
	}
	await page.keyboard.press('Space');
	await expect(page.locator('#need-eating')).toBeChecked();
	await expect(card(page, 'firststeps')).toBeVisible();
});

test('a changed or broken address goes back to the first unanswered question', async ({ page }) => {
	await page.goto('/which-service/me/20-to-24/narnia/');
	await expect(page).toHaveURL('/which-service/me/20-to-24/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where do you live?');
	await page.goto('/which-service/robot/');
	await expect(page).toHaveURL('/which-service/who/');
	await page.goto('/which-service/me/18-to-25/leicester/anxiety/results/');
	await expect(page).toHaveURL('/which-service/me/18-to-25/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which of these is your age?');
});

test('with JavaScript, the choices go in the address, so a copied link opens the same results', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const url = resultsUrl({ age: 20, area: 'leicester' });
	await page.goto(url);
	await tick(page, { needs: ['anxiety', 'bereavement'], situations: ['student'] });
	await page.getByRole('radio', { name: 'By phone' }).check();
	await expect(page).toHaveURL(`${url}#help=anxiety,bereavement&also=student&prefer=phone`);
	await expect(
		page.getByRole('status').filter({ hasText: /^Showing \d+ services for what you chose\.$/ }),
	).toBeVisible();
	await page.getByRole('button', { name: 'Copy link to these results' }).click();
	await expect(page.getByText('Link copied.')).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	const other = await context.newPage();
	await other.goto(copied);
	await expect(other.locator('#need-anxiety')).toBeChecked();
	await expect(other.locator('#need-bereavement')).toBeChecked();
	await expect(other.locator('#situation-student')).toBeChecked();
	await expect(other.getByRole('radio', { name: 'By phone' })).toBeChecked();
	await expect(card(other, 'university-mental-health-neighbourhood-cafes')).toBeVisible();
	await other.getByRole('link', { name: 'Show support' }).click();
	await expect(other.locator('#results-heading')).toBeFocused();
	await expect(other).toHaveURL(/#help=/);
});

test('a hand-made address with broken % escapes never stops the page: the count and the shareable address still work', async ({
	page,
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const url = resultsUrl({ age: 20, area: 'leicester' });
	const status = page.getByRole('status').filter({ hasText: /^Showing \d+ services? for what you chose\.$/ });
	// A truncated UTF-8 escape beside a real choice, and a lone "%": the real choice is kept.
	await page.goto(`${url}#help=anxiety,%E0%A4%A&also=stu%&prefer=%`);
	await expect(page.locator('#need-anxiety')).toBeChecked();
	await expect(status).toBeVisible();
	await page.locator('#need-bereavement').check();
	await expect(page).toHaveURL(`${url}#help=anxiety,bereavement`);
	// Nothing but a broken escape: the page starts with nothing chosen, and choosing works as usual.
	await page.goto('about:blank');
	await page.goto(`${url}#help=%E0%A4%A`);
	await expect(page.locator('#need-anxiety')).not.toBeChecked();
	await page.locator('#need-anxiety').check();
	await expect(status).toBeVisible();
	await expect(page).toHaveURL(`${url}#help=anxiety`);
	expect(errors).toEqual([]);
});

test('print keeps the chosen results and crisis lines and hides the controls', async ({ page }) => {
	await page.goto(resultsUrl({ age: 40, area: 'leicester' }));
	await page.locator('#need-anxiety').check();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Copy link to these results' })).toBeHidden();
	await expect(page.getByRole('link', { name: 'Back', exact: true })).toBeHidden();
	await expect(page.locator('#needs')).toBeHidden();
	await expect(page.locator('.summary-list')).toContainText('Anxiety, worry and panic');
	await expect(card(page, 'nhs-talking-therapies')).toBeVisible();
	await expect(page.locator('#if-things-get-worse ~ .door-list').getByText('116 123')).toBeVisible();
});

test('question pages, emergency and urgent pages have no accessibility violations', async ({ page }) => {
	test.setTimeout(120_000);
	const someGroup = wizard.groups.find((group) => group.bands.length > 1)!;
	for (const url of [
		'/which-service/emergency/',
		'/which-service/urgent/',
		'/which-service/who/',
		wizardPath({ page: 'age', who: 'me' }),
		wizardPath({ page: 'exact-age', who: 'someone-else', group: someGroup.id }),
		wizardPath({ page: 'area', who: 'me', band: someGroup.bands[0]!.id }),
	]) {
		await page.goto(url);
		await expectNoAxeViolations(page, url);
	}
});

test('results page has no accessibility violations with several needs and situations chosen', async ({ page }) => {
	// axe runs as a script in the page, so it needs JavaScript; without it CSS shows exactly the same elements.
	test.setTimeout(120_000);
	await page.goto(resultsUrl({ age: 20, area: 'leicester' }));
	await expectNoAxeViolations(page, 'nothing chosen');
	await tick(page, { needs: ['anxiety', 'self-harm', 'low-mood'], situations: ['student', 'out-of-hours'] });
	await page.getByRole('radio', { name: 'By text or online' }).check();
	await expectNoAxeViolations(page, 'needs, situations and a preference chosen');
	await page.goto(resultsUrl({ who: 'someone-else', age: 12, area: 'rutland' }));
	await tick(page, { needs: ['suicidal-thoughts', 'not-sure'] });
	await expectNoAxeViolations(page, 'for someone else, urgent and not sure');
});
