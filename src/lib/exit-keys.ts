/**
 * The "press Shift three times to exit" rule, as a pure reducer (after the GOV.UK Exit this page pattern).
 * Shift must be pressed on its own: Shift used to type a capital letter does not count,
 * and any other key starts the count again. The caller resets the count after a pause.
 */

export type ShiftCount = { presses: number; lastKeyWasModified: boolean };

export type ShiftEffect = 'none' | 'two-more' | 'one-more' | 'exit' | 'cancelled';

export const initialShiftCount: ShiftCount = { presses: 0, lastKeyWasModified: false };

/** Handles one keyup; returns the new count and what the page should do. */
export function onKeyUp(state: ShiftCount, key: string, shiftKey: boolean): { state: ShiftCount; effect: ShiftEffect } {
	if (key === 'Shift' && !state.lastKeyWasModified) {
		const presses = state.presses + 1;
		if (presses >= 3) return { state: { presses: 0, lastKeyWasModified: shiftKey }, effect: 'exit' };
		return { state: { presses, lastKeyWasModified: shiftKey }, effect: presses === 1 ? 'two-more' : 'one-more' };
	}
	const effect: ShiftEffect = state.presses > 0 ? 'cancelled' : 'none';
	return { state: { presses: 0, lastKeyWasModified: shiftKey }, effect };
}
