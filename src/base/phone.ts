/**
 * UK phone numbers: validation, display and tel: links.
 * libphonenumber-js (Google's metadata) decides what a valid UK number is, so we never hand-write
 * number rules. It does not know short codes, so the national ones we publish are listed here.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** National short codes that are valid to call or text from any UK phone, with how to show them. */
const shortCodes: Record<string, string> = {
	'999': '999',
	'111': '111',
	'116123': '116 123',
	'85258': '85258',
	// Relay UK's prefix before 111, for people who use a textphone or the Relay UK app.
	'18001111': '18001 111',
};

/** Removes spaces and punctuation people use when writing numbers. */
function digitsOf(value: string): string {
	return value.replace(/[\s()-]/g, '');
}

export type PhoneNumber = {
	/** How to show the number: the standard UK grouping, e.g. "0808 800 3302". */
	display: string;
	/** The href for a tel: or sms: link, e.g. "+448088003302". */
	dial: string;
	/** What kind of line it is, e.g. TOLL_FREE, MOBILE, FIXED_LINE, or SHORT_CODE. */
	type: string;
};

/** Parses a UK number as written in a source; returns undefined when it is not a valid number. */
export function parseUkPhone(value: string): PhoneNumber | undefined {
	const digits = digitsOf(value);
	const short = shortCodes[digits];
	if (short) return { display: short, dial: digits, type: 'SHORT_CODE' };
	if (!/^[+0-9]+$/.test(digits)) return undefined;
	const parsed = parsePhoneNumberFromString(digits, 'GB');
	if (!parsed || !parsed.isValid() || parsed.country !== 'GB') return undefined;
	return { display: parsed.formatNational(), dial: parsed.number, type: parsed.getType() ?? 'UNKNOWN' };
}

/**
 * Every phone-like number written in a piece of text, as the digits a person would dial inside the UK, so that
 * "0116 295 3060", "0116-295-3060", "01162953060", "+44 116 295 3060", "+44 (0)116 295 3060" and
 * "0044 116 295 3060" all read as 01162953060. Used to keep numbers that must never be published off every page.
 */
export function dialledNumbersIn(text: string): string[] {
	const runs = text.match(/(?:\+|\b00)?\d[\d\s().\u2010-\u2015-]{4,}\d/g) ?? [];
	return runs.map((run) => {
		const international = /^\+44|^0044/.test(run.replace(/[\s().-]/g, ''));
		let digits = run.replace(/\D/g, '');
		if (international) {
			digits = digits.replace(/^(00)?44/, '');
			if (!digits.startsWith('0')) digits = `0${digits}`;
		}
		return digits;
	});
}

/** The href for calling a number; throws if the number is not valid, because content is checked first. */
export function telHref(value: string): string {
	const parsed = parseUkPhone(value);
	if (!parsed) throw new Error(`Not a valid UK phone number: ${value}`);
	return `tel:${parsed.dial}`;
}

/** The href for texting a number, with an optional first message such as SHOUT. */
export function smsHref(value: string, body?: string): string {
	const parsed = parseUkPhone(value);
	if (!parsed) throw new Error(`Not a valid UK number to text: ${value}`);
	return body ? `sms:${parsed.dial}?&body=${encodeURIComponent(body)}` : `sms:${parsed.dial}`;
}

/** Formats a number for display; throws if it is not valid. */
export function displayPhone(value: string): string {
	const parsed = parseUkPhone(value);
	if (!parsed) throw new Error(`Not a valid UK phone number: ${value}`);
	return parsed.display;
}
