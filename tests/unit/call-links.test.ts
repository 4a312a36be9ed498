import { describe, expect, test } from 'vitest';
import { splitCallNumbers } from '../../src/lib/call-links.ts';

const numbers = ['999', '111'];
const numbersIn = (text: string) => splitCallNumbers(text, numbers).filter((piece) => 'number' in piece);

describe('splitCallNumbers', () => {
	test('finds each number that stands on its own, and the pieces join back to the text', () => {
		const text = 'If it is urgent, NHS 111 can refer you. In an emergency, call 999 or go to A&E.';
		const pieces = splitCallNumbers(text, numbers);
		expect(pieces.map((piece) => ('text' in piece ? piece.text : piece.number)).join('')).toBe(text);
		expect(numbersIn(text)).toEqual([
			{ number: '111', how: 'call' },
			{ number: '999', how: 'call' },
		]);
	});

	test('leaves longer numbers, web addresses and names joined to the number alone', () => {
		for (const text of [
			'call 18001 111 from a textphone',
			'use 111.nhs.uk',
			'Childline: 0800 1111',
			'www.999bsl.co.uk',
			'9999',
		])
			expect(numbersIn(text)).toEqual([]);
	});

	test('a number the text says to text is a text link', () => {
		expect(numbersIn('you can text 999. You must register first')).toEqual([{ number: '999', how: 'text' }]);
		expect(numbersIn('To register, text the word register to 999 and follow the replies.')).toEqual([
			{ number: '999', how: 'text' },
		]);
		expect(numbersIn('If you cannot text, call 999.')).toEqual([{ number: '999', how: 'call' }]);
	});

	test('with no numbers to find, the text is one piece', () => {
		expect(splitCallNumbers('call 999', [])).toEqual([{ text: 'call 999' }]);
	});
});
