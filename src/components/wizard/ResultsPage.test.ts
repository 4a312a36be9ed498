import { describe, expect, test } from 'vitest';
import { isHidden, phoneOf, render, textOf } from '../../../tests/components/render.ts';
import { getWizardData } from '../../data/wizard.ts';
import { pageResults } from '../../lib/wizard/pages.ts';
import { wording } from '../../lib/wizard/questions.ts';
import ResultsPage from './ResultsPage.astro';

const data = await getWizardData();
const group = data.groups.find((candidate) => candidate.bands.length > 1 && candidate.bands[0]!.min >= 18)!;
const band = group.bands[0]!;
const props = (who: 'me' | 'someone-else') => ({ data, who, band, group, area: 'leicester' as const });

describe('ResultsPage', () => {
	test('asks what they would like help with, as a checkbox for each need, with Back to the area question', async () => {
		const page = await render(ResultsPage, { props: props('me') });
		expect(page.text('h1')).toBe(wording('me').needs);
		expect(page.links('.back-link')).toEqual([{ text: 'Back', href: `/which-service/me/${band.id}/` }]);
		expect(page.all('input[name="need"]').map((input) => input.attributes['value'])).toEqual(
			data.needs.map((need) => need.id),
		);
		expect(page.all('input[name="prefer"][checked]').map((input) => input.attributes['value'])).toEqual([
			'no-preference',
		]);
	});

	test('every card is in the page once; without a choice it says to choose first', async () => {
		const page = await render(ResultsPage, { props: props('me') });
		const results = pageResults(data, { who: 'me', band, area: 'leicester' });
		expect(page.all('.result-list > li[data-service]').map((card) => card.attributes['data-service'])).toEqual(
			results.list.map((fit) => fit.service.slug),
		);
		expect(page.text('#results p.when-none')).toBe('Choose at least one thing above to see the support that fits.');
	});

	test('if things get worse: 999 or A&E and 111, as links; Start again goes to the first page', async () => {
		const emergency = await phoneOf('emergency');
		const urgent = await phoneOf('nhs-111-option-2');
		const page = await render(ResultsPage, { props: props('someone-else') });
		const worse = page
			.all('#results > p')
			.map(textOf)
			.find((text) => text.startsWith("If someone's life is at risk"));
		expect(worse).toBe(
			`If someone's life is at risk, call ${emergency.number} or go to A&E. For urgent mental health help, call ${urgent.number} and choose option 2, any time.`,
		);
		expect(page.links('#results a').map((link) => link.href)).toEqual(
			expect.arrayContaining([emergency.href, urgent.href, '/which-service/']),
		);
		expect(page.text('h1')).toBe(wording('someone-else').needs);
	});

	test('the copy and print buttons stay hidden until their script shows them; the words say how to keep the list', async () => {
		const page = await render(ResultsPage, { props: props('me') });
		expect(isHidden(page.one('[data-copy]'))).toBe(true);
		expect(isHidden(page.one('[data-print]'))).toBe(true);
		expect(page.text('.share-results__fallback')).toContain('print this page or write down the services you want');
	});
});
