import { renderToString } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { isHidden, read, textOf } from '../../../../tests/components/render.ts';
import { emptyPlan, planLimits } from '../../../lib/safety-plan/plan.ts';
import { planSections } from '../../../lib/safety-plan/sections.ts';
import { PlanSection } from './PlanSections.tsx';

const listSection = planSections.find((section) => section.id === 'warning-signs')!;
const peopleSection = planSections.find((section) => section.id === 'people-to-ask')!;
const draw = (section: typeof listSection, plan = emptyPlan(), ready = true) =>
	read(renderToString(<PlanSection section={section} number={1} plan={plan} ready={ready} onChange={() => {}} />));

describe('PlanSection', () => {
	test('a list section: its number and heading, its prompt, and a labelled box for each line', () => {
		const plan = emptyPlan();
		plan.lists[listSection.id] = ['Not sleeping', 'Staying in'];
		const page = draw(listSection, plan);
		expect(page.text('legend')).toBe(`1. ${listSection.heading}`);
		expect(page.text('.plan-section__prompt')).toBe(listSection.prompt);
		expect(page.all('label').map(textOf)).toEqual([`${listSection.heading}, line 1`, `${listSection.heading}, line 2`]);
		expect(page.all('textarea').map(textOf)).toEqual(['Not sleeping', 'Staying in']);
		expect(page.all('.plan-lines__printed').map(textOf)).toEqual(['Not sleeping', 'Staying in']);
		expect(page.text('.button')).toBe(`Add another line to ${listSection.heading}`);
	});

	test('a people section: a name and a phone number for each person', () => {
		const page = draw(peopleSection);
		expect(page.all('label').map(textOf)).toEqual(['Name 1', 'Phone number 1']);
		expect(page.all('input').map((input) => input.attributes['type'])).toEqual(['text', 'tel']);
		expect(page.text('.button')).toBe(`Add another person to ${peopleSection.heading}`);
	});

	test('says how much room is left as a line nears its limit, and when a section is full', () => {
		const plan = emptyPlan();
		plan.lists[listSection.id] = Array.from({ length: planLimits.lines }, (_, index) =>
			index === 0 ? 'x'.repeat(planLimits.lineLength - 5) : '',
		);
		const page = draw(listSection, plan);
		expect(page.text('.plan-limit')).toBe('You have 5 characters left.');
		expect(page.all('.button')).toEqual([]);
		expect(page.text()).toContain(`This part of your plan is full. It can have up to ${planLimits.lines} lines.`);
	});

	test('before the editor runs, nothing is printed twice and the buttons cannot be used', () => {
		const page = draw(listSection, emptyPlan(), false);
		expect(page.all('.plan-lines__printed')).toEqual([]);
		expect(page.all('button').every((button) => 'disabled' in button.attributes)).toBe(true);
		expect(isHidden(page.one('textarea'))).toBe(false);
	});
});
