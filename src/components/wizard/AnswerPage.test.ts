import { describe, expect, test } from 'vitest';
import { render, textOf } from '../../../tests/components/render.ts';
import { getWizardData } from '../../data/wizard.ts';
import { areaOptions, wording } from '../../lib/wizard/questions.ts';
import AnswerPage from './AnswerPage.astro';

const data = await getWizardData();
const split = data.groups.find((group) => group.bands.length > 1)!;

describe('AnswerPage', () => {
	test('how old: each age group, leading to its exact ages where a service limit falls inside it', async () => {
		const page = await render(AnswerPage, { props: { step: { page: 'age', who: 'me' } } });
		expect(page.text('h1')).toBe(wording('me').age);
		expect(page.links('.back-link')).toEqual([{ text: 'Back', href: '/which-service/who/' }]);
		expect(page.all('.choice__label').map(textOf)).toEqual(data.groups.map((group) => group.label));
		expect(page.links('.choice').map((link) => link.href)).toContain(`/which-service/me/${split.id}/`);
		expect(page.text('main p.meta')).toBe(
			'We ask because services for children, young people and adults are different.',
		);
	});

	test('which of these ages: the bands in the group, each leading to where they live', async () => {
		const page = await render(AnswerPage, {
			props: { step: { page: 'exact-age', who: 'someone-else', group: split.id } },
		});
		expect(page.text('h1')).toBe(wording('someone-else').exactAge);
		expect(page.links('.choice').map((link) => link.href)).toEqual(
			split.bands.map((band) => `/which-service/someone-else/${band.id}/`),
		);
		expect(page.links('.back-link')[0]!.href).toBe('/which-service/someone-else/');
	});

	test('where they live: each area leads to the results; Back goes to the exact ages', async () => {
		const band = split.bands[1]!;
		const page = await render(AnswerPage, { props: { step: { page: 'area', who: 'me', band: band.id } } });
		expect(page.text('h1')).toBe(wording('me').area);
		expect(page.links('.choice').map((link) => link.href)).toEqual(
			areaOptions.map((option) => `/which-service/me/${band.id}/${option.id}/`),
		);
		expect(page.links('.back-link')[0]!.href).toBe(`/which-service/me/${split.id}/`);
	});

	test('the results step is the results page', async () => {
		const band = split.bands[0]!;
		const page = await render(AnswerPage, {
			props: { step: { page: 'results', who: 'me', band: band.id, area: 'rutland' } },
		});
		expect(page.text('h1')).toBe(wording('me').needs);
		expect(page.all('#results')).toHaveLength(1);
	});
});
