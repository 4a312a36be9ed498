import { describe, expect, test } from 'vitest';
import { initialShiftCount, onKeyUp, type ShiftCount, type ShiftEffect } from '../../src/lib/exit-keys.ts';

function press(keys: [string, boolean][]): ShiftEffect[] {
	let state: ShiftCount = initialShiftCount;
	return keys.map(([key, shift]) => {
		const result = onKeyUp(state, key, shift);
		state = result.state;
		return result.effect;
	});
}

describe('onKeyUp', () => {
	test('three Shift presses exit, announcing after the first two', () => {
		expect(
			press([
				['Shift', false],
				['Shift', false],
				['Shift', false],
			]),
		).toEqual(['two-more', 'one-more', 'exit']);
	});
	test('any other key in between starts again', () => {
		expect(
			press([
				['Shift', false],
				['Shift', false],
				['a', false],
				['Shift', false],
			]),
		).toEqual(['two-more', 'one-more', 'cancelled', 'two-more']);
	});
	test('Shift released after typing a capital letter does not count', () => {
		// Typing "A": keyup of A has shiftKey true, then Shift itself is released.
		expect(
			press([
				['A', true],
				['Shift', false],
				['B', true],
				['Shift', false],
			]),
		).toEqual(['none', 'none', 'none', 'none']);
	});
	test('other keys with no count pending do nothing', () => {
		expect(
			press([
				['Tab', false],
				['Enter', false],
			]),
		).toEqual(['none', 'none']);
	});
	test('after an exit the count starts from zero', () => {
		expect(
			press([
				['Shift', false],
				['Shift', false],
				['Shift', false],
				['Shift', false],
			]),
		).toEqual(['two-more', 'one-more', 'exit', 'two-more']);
	});
});
