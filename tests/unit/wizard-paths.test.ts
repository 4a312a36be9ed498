/** The "which service?" flow, held in src/lib/wizard/paths.ts alone: answers lead on, and Back leads back. */
import { describe, expect, test } from 'vitest';
import {
	answersParam,
	fixedFlow,
	inWizard,
	previousStep,
	wizardPath,
	type FixedStep,
} from '../../src/lib/wizard/paths.ts';

describe('the pages with no answers in their address', () => {
	test('each answer to a question leads to a page whose Back link returns to that question', () => {
		const questions = ['start', 'danger', 'today'] as const;
		for (const question of questions)
			for (const next of Object.values(fixedFlow[question]) as FixedStep[])
				expect(wizardPath(previousStep(next)), `${question} -> ${next.page}`).toBe(wizardPath({ page: question }));
	});

	test('someone in danger is sent to the emergency page; no to both questions leads on to who it is for', () => {
		expect(wizardPath(fixedFlow.danger.yes)).toBe('/which-service/emergency/');
		expect(wizardPath(fixedFlow.today.no)).toBe('/which-service/who/');
		expect(wizardPath(fixedFlow.urgent.carryOn)).toBe('/which-service/who/');
	});
});

describe('addresses', () => {
	test("the catch-all route's parameter is the answers alone", () => {
		expect(answersParam({ page: 'results', who: 'me', band: '18-to-25', area: 'rutland' })).toBe('me/18-to-25/rutland');
		expect(answersParam({ page: 'age', who: 'someone-else' })).toBe('someone-else');
	});

	test('an address is in "which service?" only under its own folder', () => {
		expect(inWizard('/which-service/me/')).toBe(true);
		expect(inWizard('/services/which-service/')).toBe(false);
	});
});
