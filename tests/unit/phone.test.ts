import { describe, expect, test } from 'vitest';
import { displayPhone, parseUkPhone, smsHref, telHref } from '../../src/base/phone.ts';

describe('parseUkPhone', () => {
	test.each([
		['0808 800 3302', '0808 800 3302', '+448088003302'],
		['0300 3003001', '0300 300 3001', '+443003003001'],
		['07520 615381', '07520 615381', '+447520615381'],
		['01530 453 800', '01530 453800', '+441530453800'],
		['116 123', '116 123', '116123'],
		['999', '999', '999'],
		['111', '111', '111'],
		['85258', '85258', '85258'],
		['18001 111', '18001 111', '18001111'],
		['18001 0808 800 3302', '18001 0808 800 3302', '1800108088003302'],
	])('accepts %s, shown as %s and dialled as %s', (input, display, dial) => {
		expect(parseUkPhone(input)).toMatchObject({ display, dial });
	});

	test.each(['0116 295 30', '12345', '18001 12345', 'call us', '0808 800 33022', '+1 212 555 0100', ''])(
		'rejects %s',
		(input) => {
			expect(parseUkPhone(input)).toBeUndefined();
		},
	);
});

describe('links', () => {
	test('tel links use the international form, and short codes as they are', () => {
		expect(telHref('0808 800 3302')).toBe('tel:+448088003302');
		expect(telHref('999')).toBe('tel:999');
		expect(telHref('111')).toBe('tel:111');
	});
	test('sms links carry the keyword', () => {
		expect(smsHref('85258', 'SHOUT')).toBe('sms:85258?&body=SHOUT');
	});
	test('an invalid number throws rather than making a broken link', () => {
		expect(() => telHref('0116 295')).toThrow(/Not a valid UK phone number/);
		expect(() => displayPhone('abc')).toThrow();
	});
});
