import { describe, expect, test } from 'vitest';
import { render } from '../../../tests/components/render.ts';
import { exitUrl } from '../../lib/site.ts';
import PrivacyPage from './PrivacyPage.astro';

describe('PrivacyPage', () => {
	test('what the site does not do, how the safety plan is kept, and where Exit this page goes', async () => {
		const page = await render(PrivacyPage);
		expect(page.text('h1')).toBe('Privacy and quick exit');
		expect(page.text('main')).toContain('It does not use cookies.');
		expect(page.links('main a')).toEqual(
			expect.arrayContaining([
				{ text: 'fill in a safety plan', href: '/safety-plan/fill-in/' },
				{ text: 'your safety plan', href: '#safety-plan' },
			]),
		);
		expect(page.text('main')).toContain(`goes to ${exitUrl.replace('https://', '')}`);
		expect(page.text('.warning')).toContain('Exit this page does not clear your browsing history.');
	});

	test('the data controller with a link to contact them, or that none is set yet', async () => {
		const unset = await render(PrivacyPage, { props: { operator: undefined } });
		expect(unset.text('main')).toContain('The data controller for this site is not set yet.');
		const set = await render(PrivacyPage, {
			props: {
				operator: {
					organisation: null,
					problemReports: null,
					accessibilityContact: null,
					privacyController: { name: 'Example Health Trust', contact: { email: 'privacy@example.org' } },
					accessibilityStatement: null,
				},
			},
		});
		expect(set.text('main')).toContain('The data controller for this site is Example Health Trust.');
		expect(set.links('main a').map((link) => link.href)).toContain('mailto:privacy@example.org');
	});
});
