/**
 * Finds the emergency and urgent numbers (from the crisis lines, never typed here) in a piece of text, so every
 * renderer (components, the Markdown pipeline) can make each one a link a person can tap. A number written as part
 * of a longer number (18001 111) or of a web address (111.nhs.uk) is left as it is. A number the text says to text
 * ("you can text ...", "text the word register to ...") becomes a text link, so a deaf person's tap opens messages, not a call.
 */

/** A piece of text: words as they are, or a number to call or text. */
export type CallPiece = { text: string } | { number: string; how: 'call' | 'text' };

function escapeForPattern(value: string): string {
	return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Splits `text` around each of `numbers` that stands on its own; the pieces join back to the same text. */
export function splitCallNumbers(text: string, numbers: readonly string[]): CallPiece[] {
	if (numbers.length === 0) return [{ text }];
	const alternatives = [...numbers].sort((a, b) => b.length - a.length).map(escapeForPattern);
	const pattern = new RegExp(`(?<![\\d\\w.]|\\d )(${alternatives.join('|')})(?![\\d\\w]|\\.\\w| \\d)`, 'g');
	const pieces: CallPiece[] = [];
	let from = 0;
	for (const match of text.matchAll(pattern)) {
		if (match.index > from) pieces.push({ text: text.slice(from, match.index) });
		const sentenceSoFar =
			text
				.slice(0, match.index)
				.split(/[.!?:]\s/)
				.at(-1) ?? '';
		const how = /\btext\b[^,;]{0,30}$/i.test(sentenceSoFar) ? 'text' : 'call';
		pieces.push({ number: match[1]!, how });
		from = match.index + match[0].length;
	}
	if (from < text.length) pieces.push({ text: text.slice(from) });
	return pieces;
}

/**
 * The numbers to link: every crisis line's phone numbers, and those of its other ways in (Relay UK's 18001 111), as
 * the content writes them. Each is one a person may need in a hurry, so wherever text gives one it can be tapped,
 * and it never breaks across two lines.
 */
type LineContact = { kind: string; number?: string };
export function callNumbersOf(
	lines: readonly {
		contacts: readonly (LineContact | { kind: string })[];
		accessibleWays?: readonly { contact?: LineContact | { kind: string } | undefined }[];
	}[],
): string[] {
	const phone = (contact: LineContact | { kind: string } | undefined) =>
		contact && contact.kind === 'phone' && 'number' in contact && contact.number ? [contact.number] : [];
	return [
		...new Set(
			lines.flatMap((line) => [
				...line.contacts.flatMap(phone),
				...(line.accessibleWays ?? []).flatMap((way) => phone(way.contact)),
			]),
		),
	];
}
