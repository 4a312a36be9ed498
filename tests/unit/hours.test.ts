import { describe, expect, test } from 'vitest';
import { formatDays, formatHours, formatTime } from '../../src/lib/hours.ts';

describe('formatTime', () => {
	test.each([
		['09:30', '9:30am'],
		['16:00', '4pm'],
		['12:00', 'midday'],
		['00:00', 'midnight'],
		['22:00', '10pm'],
		['12:30', '12:30pm'],
	])('%s is %s', (time, words) => expect(formatTime(time)).toBe(words));
});

describe('formatDays', () => {
	test('joins a run of three or more days with "to"', () =>
		expect(formatDays(['mon', 'tue', 'wed', 'thu', 'fri'])).toBe('Monday to Friday'));
	test('says every day for all seven', () =>
		expect(formatDays(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'])).toBe('Every day'));
	test('lists two days with "and"', () => expect(formatDays(['sat', 'sun'])).toBe('Saturday and Sunday'));
	test('lists short runs day by day with commas, never "and ... and"', () =>
		expect(formatDays(['mon', 'tue', 'thu', 'fri'])).toBe('Monday, Tuesday, Thursday and Friday'));
	test('keeps separate runs apart, in week order', () =>
		expect(formatDays(['fri', 'mon', 'tue', 'wed'])).toBe('Monday to Wednesday and Friday'));
});

describe('formatHours', () => {
	test('24 hours', () => expect(formatHours({ always: true, sessions: [] })).toBe('24 hours a day, every day'));
	test('sessions and a note', () =>
		expect(
			formatHours({
				always: false,
				sessions: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:30', closes: '16:00' }],
				note: 'Closed on bank holidays',
			}),
		).toBe('Monday to Friday, 9:30am to 4pm. Closed on bank holidays'));
});

test('a note that ends with a full stop does not make ".." on the page', () => {
	expect(
		formatHours({
			always: false,
			sessions: [{ days: ['thu'], opens: '09:00', closes: '17:00' }],
			note: 'Closed on bank holidays.',
		}),
	).toBe('Thursday, 9am to 5pm. Closed on bank holidays');
});
