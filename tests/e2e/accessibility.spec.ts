/**
 * axe with the WCAG 2.2 A and AA rules: zero violations, on one page per template and state (see sweepPages in
 * built-pages.ts), and on every built page with FULL_SWEEP=1 (`npm run test:e2e:full`). Pages are checked in
 * batches (see inBatches); a failure lists each page with its rules and elements.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { inBatches, sweepPages } from './built-pages.ts';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const batch of inBatches(sweepPages(), 8)) {
	test(`no WCAG 2.2 AA violations: ${batch.name}`, async ({ page }) => {
		test.setTimeout(30_000 + batch.items.length * 10_000);
		const violations: Record<string, { rule: string; targets: string[] }[]> = {};
		for (const { url } of batch.items) {
			await page.goto(url);
			const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
			if (results.violations.length > 0)
				violations[url] = results.violations.map((v) => ({
					rule: v.id,
					targets: v.nodes.map((n) => n.target.join(' ')),
				}));
		}
		expect(violations).toEqual({});
	});
}
