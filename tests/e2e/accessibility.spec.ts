/**
 * axe with the WCAG 2.2 A and AA rules: zero violations, on one page per template and state (see sweepPages in
 * built-pages.ts), and on every built page with FULL_SWEEP=1 (`npm run test:e2e:full`).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sweepPages } from './built-pages.ts';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const { url } of sweepPages()) {
	test(`${url} has no WCAG 2.2 AA violations`, async ({ page }) => {
		await page.goto(url);
		const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
		const summary = results.violations.map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
		expect(summary).toEqual([]);
	});
}
