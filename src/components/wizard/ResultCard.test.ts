import { describe, expect, test } from 'vitest';
import { render, textOf } from '../../../tests/components/render.ts';
import { getWizardData } from '../../data/wizard.ts';
import { pageResults } from '../../lib/wizard/pages.ts';
import { helpsWith, whoAndWhere } from '../../lib/wizard/reasons.ts';
import type { Person } from '../../lib/wizard/match.ts';
import ResultCard from './ResultCard.astro';

const data = await getWizardData();
const person: Person = { who: 'me', band: data.bands.find((band) => band.min >= 18)!, area: 'leicester' };
const results = pageResults(data, person);
const fit = results.list.find((candidate) => candidate.needs.some((need) => need.need === 'anxiety'))!;
const anxiety = fit.needs.find((need) => need.need === 'anxiety')!;

describe('ResultCard', () => {
	test('the service, why it fits (a sentence per reason) and how to get in', async () => {
		const page = await render(ResultCard, { props: { fit, person } });
		expect(page.links('h4 a')).toEqual([{ text: fit.service.name, href: `/services/${fit.service.slug}/` }]);
		const reasons = page.all('.result-card__why li').map(textOf);
		expect(reasons[0]).toBe(whoAndWhere(fit.service, 'leicester'));
		expect(reasons).toContain(helpsWith('anxiety', anxiety.fit));
		expect(page.text('.ways-in-summary')).toMatch(/^How to get in: /);
	});

	test('is shown while a need it is for is chosen, and each reason with the needs it is about', async () => {
		const page = await render(ResultCard, { props: { fit, person, headingLevel: 3 } });
		expect(page.one('li[data-service]').attributes['class']).toContain('for-need-anxiety');
		const reason = page.all('.result-card__why li').find((item) => textOf(item) === helpsWith('anxiety', anxiety.fit))!;
		expect(reason.attributes['class']).toContain('for-need-anxiety');
		expect(page.all('h3')).toHaveLength(1);
	});

	test('untagged (support for carers): shown whatever is chosen, with no reason tied to a need', async () => {
		const page = await render(ResultCard, {
			props: { fit: { ...fit, needs: [], situations: [], leads: [], wayInTo: [] }, person, tagged: false },
		});
		expect(page.one('li[data-service]').attributes['class']).not.toContain('for-need-');
		expect(page.all('.result-card__why li')).toHaveLength(1);
	});
});
