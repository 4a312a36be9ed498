/**
 * The values a translated string's placeholders are filled with: every number comes from content/crisis-lines.yaml,
 * so a translation never holds a number that could go out of date.
 */
import { displayPhone, smsHref, telHref } from '../../base/phone.ts';
import type { PlaceholderValue } from './strings.ts';

type Contact = { kind: string; number?: string | undefined; keyword?: string | undefined };
type Line = { id: string; name: string; who: string; contacts: readonly Contact[] };

/** The placeholders a translation may use; `translationProblems` reports any other. */
export const knownPlaceholders = [
	'emergency',
	'nhs111',
	'option',
	'centralAccessPoint',
	'samaritans',
	'shout',
	'shoutKeyword',
	'childline',
	'childlineAge',
	'languageInEnglish',
] as const;

function lineById(lines: readonly Line[], id: string): Line {
	const line = lines.find((candidate) => candidate.id === id);
	if (!line) throw new Error(`content/crisis-lines.yaml has no line "${id}", which the language pages need`);
	return line;
}

function contactOf(line: Line, kind: 'phone' | 'text'): Contact & { number: string } {
	const contact = line.contacts.find((candidate) => candidate.kind === kind && candidate.number);
	if (!contact?.number)
		throw new Error(`content/crisis-lines.yaml: "${line.id}" needs a ${kind} contact for the language pages`);
	return contact as Contact & { number: string };
}

function phoneValue(line: Line): PlaceholderValue {
	const { number } = contactOf(line, 'phone');
	return { text: displayPhone(number), href: telHref(number) };
}

/** A number written in words the English source uses, e.g. "option 2" in "NHS 111, option 2" or "under 19". */
function numberAfter(text: string, word: string, file: string): PlaceholderValue {
	const match = new RegExp(`\\b${word} (\\d+)\\b`).exec(text);
	if (!match) throw new Error(`${file}: expected "${word} <number>" in "${text}" for the language pages`);
	return { text: match[1]! };
}

/** Every placeholder's value, for a page in the language whose name in English is `languageInEnglish`. */
export function placeholderValues(lines: readonly Line[], languageInEnglish: string): Record<string, PlaceholderValue> {
	const shout = contactOf(lineById(lines, 'shout'), 'text');
	const nhs111 = lineById(lines, 'nhs-111-option-2');
	const childline = lineById(lines, 'childline');
	return {
		emergency: phoneValue(lineById(lines, 'emergency')),
		nhs111: phoneValue(nhs111),
		option: numberAfter(
			(contactOf(nhs111, 'phone') as { note?: string }).note ?? '',
			'option',
			'content/crisis-lines.yaml (nhs-111-option-2 phone note)',
		),
		centralAccessPoint: phoneValue(lineById(lines, 'central-access-point')),
		samaritans: phoneValue(lineById(lines, 'samaritans')),
		shout: { text: displayPhone(shout.number), href: smsHref(shout.number, shout.keyword) },
		shoutKeyword: { text: shout.keyword ?? '' },
		childline: phoneValue(childline),
		childlineAge: numberAfter(childline.who, 'under', 'content/crisis-lines.yaml (childline who)'),
		languageInEnglish: { text: languageInEnglish },
	};
}
