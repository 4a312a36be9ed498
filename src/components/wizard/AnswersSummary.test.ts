import { describe, expect, test } from 'vitest';
import { render } from '../../../tests/components/render.ts';
import { getWizardData } from '../../data/wizard.ts';
import { needLabel } from '../../lib/wizard/questions.ts';
import AnswersSummary from './AnswersSummary.astro';

const data = await getWizardData();
const split = data.groups.find((group) => group.bands.length > 1)!;
// A group with no service limit inside it is one band, asked once.
const oneBand = data.bands[0]!;
const whole = { ...split, id: oneBand.id, bands: [oneBand] };
const props = (group: typeof split, who: 'me' | 'someone-else') => ({
	who,
	band: group.bands[0]!,
	group: { id: group.id, bands: group.bands.map((band) => band.id) },
	area: 'rutland' as const,
	needs: ['anxiety', 'not-sure'] as const,
});

describe('AnswersSummary', () => {
	test('each answer with a Change link back to the question that asked it', async () => {
		const band = split.bands[0]!;
		const page = await render(AnswersSummary, { props: props(split, 'me') });
		expect(page.all('dt')).toHaveLength(4);
		expect(page.text('dl')).toContain(`Looking for support for Me`);
		expect(page.text('dl')).toContain(`Age ${band.label}`);
		expect(page.links()).toEqual([
			{ text: 'Change who it is for', href: '/which-service/who/' },
			{ text: 'Change age', href: `/which-service/me/${split.id}/` },
			{ text: 'Change where you live', href: `/which-service/me/${band.id}/` },
			{ text: 'Change what you would like help with', href: '#needs' },
		]);
	});

	test('an age group with one band changes the age on the first age question; for someone else, "they"', async () => {
		const page = await render(AnswersSummary, { props: props(whole, 'someone-else') });
		const [, age, , needs] = page.links();
		expect(age).toEqual({ text: 'Change age', href: '/which-service/someone-else/' });
		expect(needs!.text).toBe('Change what they would like help with');
		expect(page.text('dl')).toContain('Looking for support for Someone else');
	});

	test('what they chose on the page, each shown as it is ticked, or "Nothing chosen yet"', async () => {
		const page = await render(AnswersSummary, { props: props(split, 'me') });
		expect(page.all('.summary-list__choices li').map((item) => item.attributes['class'])).toEqual([
			'pick for-need-anxiety pick--item',
			'pick for-need-not-sure pick--item',
		]);
		expect(page.text('.summary-list__choices')).toBe(`${needLabel('anxiety')} ${needLabel('not-sure')}`);
		expect(page.text('.when-none')).toBe('Nothing chosen yet');
	});
});
