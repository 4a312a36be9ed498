/**
 * UK phone numbers: validation, display and tel: links.
 * Google's phone number metadata decides what a valid UK number is, so we never hand-write number rules:
 * libphonenumber-js for full numbers, and google-libphonenumber's short number data for the short codes
 * (emergency, NHS, helpline and text codes) that libphonenumber-js does not know.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import googlePhone from 'google-libphonenumber';

const shortNumbers = googlePhone.ShortNumberInfo.getInstance();
const numberUtil = googlePhone.PhoneNumberUtil.getInstance();

/** Relay UK's prefix, dialled before a number by people who use a textphone or the Relay UK app. */
const relayPrefix = '18001';

/** True when the digits are a short code valid to call or text from any UK phone. */
function isUkShortCode(digits: string): boolean {
	if (!/^\d{3,6}$/.test(digits)) return false;
	return shortNumbers.isValidShortNumberForRegion(numberUtil.parse(digits, 'GB'), 'GB');
}

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
	// A short code is shown as the source writes it ("116 123"): there is no standard grouping to follow.
	if (isUkShortCode(digits)) return { display: value.trim().replace(/\s+/g, ' '), dial: digits, type: 'SHORT_CODE' };
	if (digits.startsWith(relayPrefix) && digits.length > relayPrefix.length) {
		const after = parseUkPhone(digits.slice(relayPrefix.length));
		if (after) return { display: `${relayPrefix} ${after.display}`, dial: digits, type: 'RELAY' };
	}
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
