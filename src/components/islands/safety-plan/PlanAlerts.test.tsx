import { renderToString } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { read, textOf } from '../../../../tests/components/render.ts';
import { emptyPlan } from '../../../lib/safety-plan/plan.ts';
import type { EditorState, PlanKeeper } from './plan-keeper.ts';
import { PlanAlerts } from './PlanAlerts.tsx';

const keeper = {} as PlanKeeper;
const draw = (change: Partial<EditorState>) =>
	read(
		renderToString(
			<PlanAlerts
				state={{
					plan: emptyPlan(),
					area: 'session',
					ready: true,
					hideOnExit: true,
					unreadable: [],
					problem: null,
					conflict: null,
					message: null,
					...change,
				}}
				keeper={keeper}
				downloadPlan={() => {}}
			/>,
		),
	);

describe('PlanAlerts', () => {
	test('nothing to say: an empty status and an empty alert, ready for a screen reader to announce', () => {
		const page = draw({});
		expect(page.text('[role="status"]')).toBe('');
		expect(page.text('[role="alert"]')).toBe('');
	});

	test('a passing message is a status; an urgent one is an alert', () => {
		expect(draw({ message: { text: 'Saved.', urgent: false } }).text('[role="status"]')).toBe('Saved.');
		const urgent = draw({ message: { text: 'Not saved.', urgent: true } });
		expect(urgent.text('[role="alert"]')).toBe('Not saved.');
		expect(urgent.text('[role="status"]')).toBe('');
	});

	test('the device is full: the plan is still on the page, download it now', () => {
		const page = draw({ problem: 'full' });
		expect(page.text('[role="alert"]')).toContain('Your plan could not be saved: this device has no room left.');
		expect(page.all('button').map(textOf)).toEqual(['Download my plan now']);
	});

	test('another tab deleted the plan: clear this page, keep it, or download it', () => {
		const page = draw({ conflict: { switching: false, raw: null } as EditorState['conflict'] });
		expect(page.text('strong')).toBe('Your plan was deleted in another tab.');
		expect(page.all('button').map(textOf)).toEqual([
			'Clear this page',
			'Keep the plan on this page',
			'Download the plan on this page',
		]);
	});

	test('a saved plan that could not be read is kept as it was, to download or delete', () => {
		const page = draw({ unreadable: [{ area: 'session', raw: '{', held: true }] });
		expect(page.text('[role="alert"]')).toContain('We found a saved plan on this device that we could not read.');
		expect(page.text('[role="alert"]')).toContain('changes on this page are not saved until you delete it');
		expect(page.all('button').map(textOf)).toEqual([
			'Download the plan we could not read',
			'Download my plan now',
			'Delete the plan we could not read',
		]);
	});
});
