import { describe, expect, test } from 'vitest';
import { render } from '../../../tests/components/render.ts';
import AccessibilityPage from './AccessibilityPage.astro';

const operator = {
	organisation: { name: 'Example Health Trust' },
	problemReports: { email: 'web@example.org' },
	accessibilityContact: { form: 'https://example.org/accessibility' },
	privacyController: null,
	accessibilityStatement: { prepared: '2026-11-02', lastReviewed: '2026-12-01' },
};

describe('AccessibilityPage', () => {
	test("the model statement's parts, in order", async () => {
		const page = await render(AccessibilityPage);
		expect(page.all('main h2').map((heading) => heading.attributes['id'])).toEqual([
			'who-runs-this-website',
			'how-accessible',
			'report-a-problem',
			'enforcement-procedure',
			'technical-information',
			'how-we-tested',
			'preparation',
		]);
		expect(page.text('.lede')).toContain('at http://localhost:4321/');
	});

	test('before anyone is named to run the site, each part says it is not set yet', async () => {
		const page = await render(AccessibilityPage, { props: { operator: undefined } });
		expect(page.text('main')).toContain('Who runs this website is not set yet.');
		expect(page.text('main')).toContain('There is no way yet to contact us about accessibility.');
		expect(page.text('main')).toContain('The date of this statement is not set yet.');
	});

	test('once set: who runs it, the contact as a link, and the dates in words', async () => {
		const page = await render(AccessibilityPage, { props: { operator } });
		expect(page.text('main')).toContain('This website is run by Example Health Trust.');
		expect(page.links('main a').map((link) => link.href)).toContain('https://example.org/accessibility');
		expect(page.text('main')).toContain(
			'This statement was prepared on 2 November 2026. It was last reviewed on 1 December 2026.',
		);
	});
});
