import { renderToString } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { isHidden, read, textOf } from '../../../tests/components/render.ts';
import { planSections } from '../../lib/safety-plan/sections.ts';
import SafetyPlanEditor from './SafetyPlanEditor.tsx';

const numbers = (
	<ul>
		<li>A number to call</li>
	</ul>
);
const page = read(renderToString(<SafetyPlanEditor exitUsedKey="llr-exit-used" numbers={numbers} />));

describe('SafetyPlanEditor, as drawn before it runs (the page without JavaScript)', () => {
	test('a plain form: every section of the plan, numbered, with a field to type into', async () => {
		expect(page.all('legend h2').map(textOf)).toEqual(
			planSections.map((section, index) => `${index + 1}. ${section.heading}`),
		);
		expect(page.all('textarea, input[type="text"]').length).toBeGreaterThanOrEqual(planSections.length);
		expect(page.one('.plan-editor').attributes['data-ready']).toBeUndefined();
	});

	test('says it cannot save yet, and offers the blank plan to print instead', async () => {
		expect(page.text('.plan-not-ready')).toContain('This page cannot save what you type yet.');
		expect(page.links('.plan-not-ready a')).toEqual([
			{ text: 'print a blank safety plan', href: '/safety-plan/my-safety-plan/' },
		]);
		expect(page.all('#keep-on-device')).toEqual([]);
	});

	test('the pre-printed numbers sit in the professionals section; the buttons wait until it runs', async () => {
		const professionals = planSections.findIndex((section) => section.id === 'professionals');
		const fieldset = page.all('fieldset.plan-section')[professionals]!;
		expect(textOf(fieldset)).toContain('A number to call');
		const buttons = page.all('.plan-editor__actions button');
		expect(buttons.length).toBeGreaterThan(0);
		expect(buttons.every((button) => 'disabled' in button.attributes)).toBe(true);
		expect(isHidden(page.one('.plan-editor'))).toBe(false);
	});
});
