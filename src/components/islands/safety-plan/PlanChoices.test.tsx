import { renderToString } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { read } from '../../../../tests/components/render.ts';
import { emptyPlan } from '../../../lib/safety-plan/plan.ts';
import type { EditorState, PlanKeeper } from './plan-keeper.ts';
import { NotSavingYet, PlanChoices } from './PlanChoices.tsx';

const keeper = {} as PlanKeeper;
const state = (change: Partial<EditorState>): EditorState => ({
	plan: emptyPlan(),
	area: 'session',
	ready: true,
	hideOnExit: true,
	unreadable: [],
	problem: null,
	conflict: null,
	message: null,
	...change,
});

describe('PlanChoices', () => {
	test('kept in this tab: the choice to keep it on the device, and to hide it after Exit this page', () => {
		const page = read(renderToString(<PlanChoices state={state({})} keeper={keeper} />));
		expect(page.one('#keep-on-device').attributes['checked']).toBeUndefined();
		expect(page.one('#hide-on-exit').attributes).toHaveProperty('checked');
		expect(page.text('label[for="hide-on-exit"]')).toBe('Hide my plan when I use Exit this page');
		expect(page.text()).toContain('Your plan is kept only in this tab.');
		expect(page.text('button')).toBe('Show my hidden plan');
	});

	test('kept on the device: says anyone using it could see the plan, with no hiding on exit', () => {
		const page = read(renderToString(<PlanChoices state={state({ area: 'device' })} keeper={keeper} />));
		expect(page.one('#keep-on-device').attributes).toHaveProperty('checked');
		expect(page.all('#hide-on-exit')).toEqual([]);
		expect(page.text()).toContain('Anyone who uses this device and browser could see it.');
	});
});

describe('NotSavingYet', () => {
	test('says nothing is saved yet, how to print instead, and links the blank plan', () => {
		const page = read(renderToString(<NotSavingYet />));
		expect(page.text('strong')).toBe('This page cannot save what you type yet.');
		expect(page.links()).toEqual([{ text: 'print a blank safety plan', href: '/safety-plan/my-safety-plan/' }]);
	});
});
