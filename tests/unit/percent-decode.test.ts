import { describe, expect, test } from 'vitest';
import { percentDecode } from '../../src/lib/percent-decode.ts';

describe('percentDecode', () => {
	test('reads well-formed escapes as decodeURIComponent does', () => {
		for (const text of ['anxiety%2Cself-harm', 'caf%C3%A9', '%F0%9F%98%80', 'plain', '', 'a+b'])
			expect(percentDecode(text)).toBe(decodeURIComponent(text));
	});
	test('never throws on a cut-off or hand-edited escape, and keeps the rest', () => {
		expect(() => decodeURIComponent('%E0%A4%A')).toThrow(URIError);
		expect(percentDecode('%E0%A4%A')).toBe('\uFFFD%A');
		expect(percentDecode('anxiety%2C%E0%A4%A')).toBe('anxiety,\uFFFD%A');
		expect(percentDecode('100%')).toBe('100%');
		expect(percentDecode('%')).toBe('%');
		expect(percentDecode('%zz,low-mood')).toBe('%zz,low-mood');
		expect(percentDecode('%C3')).toBe('\uFFFD');
		expect(percentDecode('%FF%FE')).toBe('\uFFFD\uFFFD');
	});
	test('agrees with URLSearchParams (the URL standard) on malformed input', () => {
		for (const text of ['%E0%A4%A', '%C3%28', '%%41', '%4', 'x%ED%A0%80y', 'é%C3%A9'])
			expect(percentDecode(text), text).toBe(new URLSearchParams(`v=${text}`).get('v'));
	});
});
