import { describe, expect, test } from 'vitest';
import { addMonths, formatDate, isIsoDate, todayIso } from '../../src/base/dates.ts';

describe('dates', () => {
	test('isIsoDate accepts real dates only', () => {
		expect(isIsoDate('2026-02-09')).toBe(true);
		expect(isIsoDate('2026-02-30')).toBe(false);
		expect(isIsoDate('9 Feb 2026')).toBe(false);
	});
	test('formatDate writes dates the NHS way', () => expect(formatDate('2026-02-09')).toBe('9 February 2026'));
	test('addMonths clamps to the end of a shorter month', () => {
		expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
		expect(addMonths('2026-11-23', 6)).toBe('2027-05-23');
	});
	test('todayIso uses the date given', () => expect(todayIso(new Date('2026-11-23T23:59:00Z'))).toBe('2026-11-23'));
});
