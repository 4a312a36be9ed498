import { renderToString } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { read, textOf } from '../../../../tests/components/render.ts';
import { emptyPlan } from '../../../lib/safety-plan/plan.ts';
import type { PlanKeeper } from './plan-keeper.ts';
import { PlanActions } from './PlanActions.tsx';

const keeper = {} as PlanKeeper;
const draw = (ready: boolean) =>
	read(
		renderToString(
			<PlanActions plan={emptyPlan()} ready={ready} keeper={keeper} downloadText={() => {}} downloadPlan={() => {}} />,
		),
	);

describe('PlanActions', () => {
	test('print, download to read or to open again, open a saved plan, and delete', () => {
		const page = draw(true);
		expect(page.text('h2')).toBe('Save, print or delete your plan');
		expect(page.all('button').map(textOf)).toEqual([
			'Print or save as PDF',
			'Download my plan to read',
			'Download my plan to open again later',
			'Delete my plan',
		]);
		expect(page.text('label')).toBe('Open a saved plan');
		expect(page.one('#open-plan').attributes['accept']).toBe('.json,application/json');
		expect(page.all('[disabled]')).toEqual([]);
	});

	test('until the editor runs, each is drawn but cannot be used', () => {
		const page = draw(false);
		expect(page.all('button, input').every((control) => 'disabled' in control.attributes)).toBe(true);
	});
});
