/** Search against the real built Pagefind index, as a person uses it. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function search(page: Page, query: string, params = '') {
	await page.goto(`/search/?q=${encodeURIComponent(query)}${params}`);
	await settledPage(page);
}

/** Waits until the search element has finished its last update (crisis help, ranked results and full-text extras). */
async function settledPage(page: Page) {
	// The full-text index may have to load first on a busy machine.
	await expect(page.locator('service-search')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
}

async function topSlugs(page: Page, count = 5, servicesOnly = false) {
	const hrefs = await page
		.locator('[data-results] h2 a')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	// Crisis help pins the urgent help page and the suicidal-thoughts guide first; they are not services.
	const wanted = servicesOnly ? hrefs.filter((href) => href.startsWith('/services/')) : hrefs;
	return wanted.slice(0, count).map((href) => href.replace(/^\/services\//, '').replace(/\/$/, ''));
}

// Everyday words, with a service that must be in the top five.
const everydayQueries: [string, string][] = [
	['depression', 'nhs-talking-therapies'],
	['depresion', 'nhs-talking-therapies'],
	['low mood', 'nhs-talking-therapies'],
	['anxiety', 'nhs-talking-therapies'],
	['anxeity', 'nhs-talking-therapies'],
	['panic attacks', 'nhs-talking-therapies'],
	['anorexia', 'firststeps'],
	['bulimia', 'adult-eating-disorders-service'],
	['grief', 'the-laura-centre'],
	['greif', 'the-laura-centre'],
	['bereaved by suicide', 'tomorrow-project'],
	['voices', 'pier'],
	['hearing voices', 'pause'],
	['paranoia', 'pier'],
	['forgetful', 'memory-service'],
	['dementia', 'memory-service'],
	['drugs', 'turning-point-young-peoples-team'],
	['alcohol', 'turning-point-young-peoples-team'],
	['vaping', 'quitready-young-persons-stop-smoking-service'],
	['pregnant', 'perinatal-mental-health-service'],
	['postnatal depression', 'maternal-mental-health-service'],
	['counselling', 'early-intervention-counselling-service'],
	['autism', 'adult-adhd-service'],
	['adhd', 'adult-adhd-service'],
	['self harm', 'harmless'],
	['sexual abuse', 'family-action-post-sexual-abuse-support'],
	['personality disorder', 'therapy-services-for-people-with-personality-disorder'],
	['police', 'criminal-justice-liaison-and-diversion-service'],
	['mediation', 'talk2sort-mediation'],
	['parents helpline', 'youngminds-parents-helpline'],
	['exercise', 'active-together'],
	// Everyday sentences that found nothing before (issue 12); the full lists are in tests/unit/search-queries.ts.
	['my boy is not eating', 'firststeps'],
	['my girl keeps cutting', 'harmless'],
	['dad keeps forgetting things', 'memory-service'],
	['teen hurting herself', 'harmless'],
	['lost my brother to suicide', 'tomorrow-project'],
	['baby blues', 'perinatal-mental-health-service'],
	['my son wont eat', 'firststeps'],
	['nan has dementia', 'memory-service'],
	['im 15 and feel really low', 'early-intervention-counselling-service'],
	['dimentia', 'memory-service'],
	['exercise in oakham', 'active-rutland'],
	['LE4', 'integrated-care-team'],
];

// One browser page for the whole list (a fresh one for each query cost more than the search); a failure lists
// every query that missed, with what came instead.
test('everyday words find the right services: each named service is among the first 5 services', async ({ page }) => {
	test.setTimeout(30_000 + everydayQueries.length * 5_000);
	const misses: string[] = [];
	for (const [query, slug] of everydayQueries) {
		await search(page, query);
		const top = await topSlugs(page, 5, true);
		if (!top.includes(slug)) misses.push(`"${query}": wanted ${slug}, got ${top.join(', ') || 'nothing'}`);
	}
	expect(misses).toEqual([]);
});

test('a service whose name matches comes before ones that only mention the word', async ({ page }) => {
	await search(page, 'memory');
	expect((await topSlugs(page, 1))[0]).toBe('memory-service');
	await search(page, 'childline');
	expect((await topSlugs(page, 1))[0]).toBe('childline');
});

test('a result shows what a person needs to decide, with a phone link when there is one', async ({ page }) => {
	await search(page, 'parents helpline');
	const card = page.locator('[data-results] li').filter({ hasText: 'YoungMinds Parents Helpline' });
	await expect(card.getByText('For', { exact: true })).toBeVisible();
	await expect(card.getByText('How to get in')).toBeVisible();
	await expect(card.locator('a[href="tel:+448088025544"]')).toHaveText('0808 802 5544');
});

const crisisQueries = [
	'suicidal',
	'suicide',
	'sucidal',
	'suicidle',
	'kill myself',
	'i want to kill myself',
	'want to die',
	'wanna die',
	'overdose',
	'over dose',
	"can't go on",
	'cant go on',
	'end it all',
	'end my life',
	'better off dead',
	"don't want to be here",
	'self harm',
	'selfharm',
	'hurting myself',
	'no reason to live',
	'taking my own life',
	// Close variants the old phrase list missed (issue 12)
	'swallowed a lot of tablets',
	'thinking about ending things',
	'want to jump off a bridge',
	'my mate says he wants to end his life',
	'sui\u200Bcide',
	'sui\u00ADcide',
	'su\u0456cide',
	`${'I have felt like this for a very long time. '.repeat(6)}suicide`,
];

test('crisis words show crisis help above any results, then the suicidal-thoughts guide and urgent help', async ({
	page,
}) => {
	test.setTimeout(30_000 + crisisQueries.length * 5_000);
	const misses: string[] = [];
	for (const query of crisisQueries) {
		await search(page, query);
		const label = JSON.stringify(query.slice(0, 60));
		const crisis = page.getByRole('alert').filter({ hasText: 'help is available now' });
		if (!(await crisis.isVisible())) {
			misses.push(`${label}: no crisis help`);
			continue;
		}
		for (const href of ['tel:999', 'tel:111'])
			if (!(await crisis.locator(`a[href="${href}"]`).first().isVisible()))
				misses.push(`${label}: no ${href} link in the crisis help`);
		// Above the results: 999 and 111 come before the first result in reading order.
		const crisisBox = await crisis.boundingBox();
		const resultsBox = await page.locator('[data-results]').boundingBox();
		if (!crisisBox || !resultsBox || crisisBox.y >= resultsBox.y)
			misses.push(`${label}: crisis help is not above the results`);
		// The suicidal-thoughts guide and the urgent-help page come straight after it.
		const first = await page
			.locator('[data-results] h2 a')
			.evaluateAll((links) => links.slice(0, 2).map((a) => a.getAttribute('href')));
		if (first.join(' ') !== '/self-help/getting-through-suicidal-thoughts/ /urgent-help/')
			misses.push(`${label}: first results are ${first.join(', ')}`);
	}
	expect(misses).toEqual([]);
});

test('crisis help appears while typing, before Enter, and results follow without pressing Enter', async ({ page }) => {
	await page.goto('/search/');
	await settledPage(page);
	const box = page.getByLabel('What would you like help with?');
	await box.pressSequentially('my boy is not eating');
	await expect(page.locator('[data-results] h2 a[href="/services/firststeps/"]')).toBeVisible();
	await expect(page).toHaveURL(/\/search\/$/);
	await expect(page.locator('[data-crisis-region]')).toBeEmpty();
	await box.fill('');
	await box.pressSequentially('thinking about ending things');
	await expect(page.getByRole('alert').filter({ hasText: 'help is available now' })).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/q=thinking\+about\+ending\+things/);
});

test('a child’s search never puts the new-mothers service first, even filtered to children and Leicester', async ({
	page,
}) => {
	await search(page, 'my child is anxious', '&age=Children+%280+to+10%29&area=Leicester+city');
	const slugs = await topSlugs(page, 20);
	expect(slugs[0]).not.toBe('maternal-mental-health-service');
	expect(slugs).toContain('early-intervention-counselling-service');
	const maternal = slugs.indexOf('maternal-mental-health-service');
	if (maternal >= 0) expect(maternal).toBeGreaterThan(slugs.indexOf('early-intervention-counselling-service'));
});

test('an age filter with no results says so and how to widen it', async ({ page }) => {
	await search(page, 'dementia', '&age=Children+%280+to+10%29');
	await expect(page.locator('[data-status]')).toHaveText(
		/^No results for “dementia” with the filters you chose \(Children \(0 to 10\)\)\. Remove “Children \(0 to 10\)” to see \d+ services?\.$/,
	);
	await expect(page.locator('[data-no-results]')).toBeVisible();
});

test('most searches no longer return the bare Jargon buster page', async ({ page }) => {
	for (const query of ['anxiety', 'my boy is not eating', 'grief', 'drugs']) {
		await search(page, query);
		expect(await page.locator('[data-results] a[href="/glossary/"]').count(), query).toBe(0);
	}
});

test('an everyday search does not show the crisis box', async ({ page }) => {
	await search(page, 'grief');
	await expect(page.locator('[data-crisis-region]')).toBeEmpty();
});

test.describe('filters', () => {
	async function count(page: Page) {
		const text = (await page.locator('[data-status]').textContent()) ?? '';
		return Number(text.match(/^(\d+)/)?.[1] ?? 0);
	}

	const settled = settledPage;

	test('narrow the results, combine across groups, and widen within a group', async ({ page }) => {
		await search(page, 'anxiety');
		const all = await count(page);
		await page.locator('summary', { hasText: 'Where you live' }).click();
		await page.getByLabel(/^Rutland/).check();
		await expect(page).toHaveURL(/area=Rutland/);
		await settled(page);
		const rutland = await count(page);
		expect(rutland).toBeLessThanOrEqual(all);
		await page.locator('summary', { hasText: 'Age group' }).click();
		await page.getByLabel(/^Older people/).check();
		await expect(page).toHaveURL(/age=Older/);
		await settled(page);
		const rutlandOlder = await count(page);
		expect(rutlandOlder).toBeGreaterThan(0);
		expect(rutlandOlder).toBeLessThan(rutland);
		await page.getByLabel(/^Young people/).check();
		await expect(page).toHaveURL(/age=Young/);
		await settled(page);
		expect(await count(page)).toBeGreaterThanOrEqual(rutlandOlder);
		await expect(
			page.locator('[data-results] a[href="/services/early-intervention-counselling-service/"]'),
		).toBeVisible();
	});

	test('show counts, work with no words, and can all be cleared', async ({ page }) => {
		await page.goto('/search/?help=Self-help');
		await expect(page.locator('[data-status]')).toHaveText(/^\d+ results?(, showing the first \d+)?\./);
		await expect(
			page
				.locator('.checkbox')
				.filter({ has: page.locator('input[name="help"][value="Self-help"]') })
				.locator('[data-count]'),
		).toHaveText(/\(\d+\)/);
		await page.getByRole('link', { name: 'Clear all filters' }).click();
		await expect(page).toHaveURL(/\/search\/$/);
		await expect(page.locator('[data-results] li')).toHaveCount(0);
	});
});

test('no results is never a dead end', async ({ page }) => {
	await search(page, 'zzqqxxjj');
	await expect(page.locator('[data-status]')).toHaveText('No results for “zzqqxxjj”.');
	const help = page.locator('[data-no-results]');
	await expect(help).toBeVisible();
	await expect(help.getByRole('link', { name: 'Answer a few questions' })).toBeVisible();
	await expect(help.getByRole('link', { name: 'Browse all services' })).toBeVisible();
	await expect(help.locator('a[href="tel:111"]')).toBeVisible();
});

test('the URL holds the search: Back returns to the previous search', async ({ page }) => {
	await search(page, 'grief');
	await page.getByLabel('What would you like help with?').fill('vaping');
	await page.getByRole('button', { name: 'Search', exact: true }).last().click();
	await expect(page).toHaveURL(/q=vaping/);
	await expect(page.locator('[data-status]')).toHaveText(/vaping/);
	await page.goBack();
	await expect(page).toHaveURL(/q=grief/);
	await expect(page.getByLabel('What would you like help with?')).toHaveValue('grief');
	await expect(page.locator('[data-status]')).toHaveText(/grief/);
});

test('keyboard only: search from the header and reach a result', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('Search for support').focus();
	await page.keyboard.type('dementia');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=dementia/);
	await expect(page.locator('[data-results] li').first()).toBeVisible();
	await page.getByLabel('What would you like help with?').focus();
	// Tab past the search button and the filters to the first result.
	for (let i = 0; i < 30; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(() => !!document.activeElement?.closest('[data-results]'))) break;
	}
	const focused = page.locator('[data-results] a').first();
	await expect(focused).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/services\//);
});

test.describe('bad input never breaks the page or injects markup', () => {
	const markup = (page: Page) =>
		page
			.locator(
				'main img, main script, main iframe, main [onerror], [data-results] *:not(li, h2, a, p, dl, div, dt, dd, span.contact)',
			)
			.count();
	for (const query of [
		'<script>window.injected=1</script>',
		'<img src=x onerror="window.injected=1">',
		'"><svg onload="window.injected=1">',
		'😀😀😀',
		'!!!???...',
		'a'.repeat(3000),
		'   ',
	])
		test(JSON.stringify(query.slice(0, 40)), async ({ page }) => {
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			// The same page with no query: anything more after the search is markup the query put there.
			await page.goto('/search/');
			await settledPage(page);
			const before = await markup(page);
			await page.goto(`/search/?q=${encodeURIComponent(query)}`);
			await settledPage(page);
			expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
			expect(await markup(page)).toBe(before);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search for support');
			// Whatever was asked is answered in words: the status names the query as text, or says nothing for spaces.
			const status = page.locator('[data-status]');
			if (query.trim()) await expect(status).toContainText(query.trim().slice(0, 20));
			else await expect(status).toHaveText('');
			expect(errors).toEqual([]);
		});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the page says search needs JavaScript and offers the browse pages', async ({ page }) => {
		await page.goto('/search/?q=grief');
		await expect(page.getByText('Search needs JavaScript')).toBeVisible();
		await page.getByRole('link', { name: 'Grief and bereavement' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Services for: grief and bereavement');
	});
	test('the search form still submits to a shareable address that offers the browse pages', async ({ page }) => {
		await page.goto('/search/');
		await page.getByLabel('What would you like help with?').fill('my boy is not eating');
		await page.getByLabel('What would you like help with?').press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=my\+boy\+is\+not\+eating/);
		await expect(page.getByRole('link', { name: 'Eating problems' })).toBeVisible();
	});
});

test('the search index holds page content, not the help-now strip, navigation or footer', async ({ page }) => {
	await page.goto('/search/');
	const contents = await page.evaluate(async () => {
		const pagefind = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
		await pagefind.init();
		const found = await pagefind.search('grief');
		return Promise.all(
			found.results
				.slice(0, 3)
				.map(async (r: { data: () => Promise<{ content: string }> }) => (await r.data()).content),
		);
	});
	expect(contents.length).toBeGreaterThan(0);
	for (const content of contents) {
		expect(content).not.toContain('Exit this page');
		expect(content).not.toContain('More ways to get help now');
		expect(content).not.toContain('If you need to talk to someone now');
		expect(content).not.toContain('Find the right support');
	}
});

test('search states have no accessibility violations', async ({ page }) => {
	// axe reads the whole results page four times: give each state its own allowance.
	test.setTimeout(4 * 30_000);
	for (const url of [
		'/search/?q=grief&area=Rutland',
		'/search/?q=suicidal',
		'/search/?q=zzqqxxjj',
		'/search/?q=dementia&age=Children+%280+to+10%29',
	]) {
		await page.goto(url);
		await settledPage(page);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(
			results.violations.map((v) => v.id),
			url,
		).toEqual([]);
	}
});
