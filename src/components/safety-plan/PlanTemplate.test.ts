import { describe, expect, test } from 'vitest';
import { find, render, textOf } from '../../../tests/components/render.ts';
import { carerSections, planSections } from '../../lib/safety-plan/sections.ts';
import PlanTemplate from './PlanTemplate.astro';

describe('PlanTemplate', () => {
	test('each section numbered, with its prompt and as many lines to write on as it asks for', async () => {
		const page = await render(PlanTemplate, { props: { sections: planSections, numbersAfter: 'professionals' } });
		const sections = page.all('section.plan-section');
		expect(sections).toHaveLength(planSections.length);
		planSections.forEach((section, index) => {
			expect(textOf(find(sections[index]!, 'h2')[0]!)).toBe(`${index + 1}. ${section.heading}`);
			expect(textOf(find(sections[index]!, '.plan-section__prompt')[0]!)).toBe(section.prompt);
			expect(find(sections[index]!, '.write-line')).toHaveLength(section.lines);
		});
		expect(page.all('.write-lines').every((lines) => lines.attributes['aria-hidden'] === 'true')).toBe(true);
	});

	test('the printed numbers go after the professionals section, or in a section of their own at the end', async () => {
		const plan = await render(PlanTemplate, { props: { sections: planSections, numbersAfter: 'professionals' } });
		expect(plan.all('section[aria-labelledby="plan-professionals"] .printed-numbers')).toHaveLength(1);
		expect(plan.all('#plan-numbers')).toEqual([]);
		const carer = await render(PlanTemplate, { props: { sections: carerSections } });
		expect(carer.text('#plan-numbers')).toBe('Numbers for help, any time');
		expect(carer.all('.printed-numbers')).toHaveLength(1);
	});
});
