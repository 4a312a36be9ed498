/**
 * Reads percent-escapes in text from an address (a #fragment or a query value) without ever throwing.
 * `decodeURIComponent` throws URIError on a hand-edited or cut-off link ("%E0%A4%A", "100%"), which would stop a
 * page's script. This follows the URL standard instead, as `URLSearchParams` does: a "%" not followed by two hex
 * digits is kept as it is, and bytes that are not valid UTF-8 become "\uFFFD", so the rest of the address still counts.
 */
const utf8 = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export function percentDecode(text: string): string {
	if (!text.includes('%')) return text;
	const bytes: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const escape = text.charCodeAt(i) === 37 ? text.slice(i + 1, i + 3) : '';
		if (/^[0-9a-f]{2}$/i.test(escape)) {
			bytes.push(parseInt(escape, 16));
			i += 2;
			continue;
		}
		const codePoint = text.codePointAt(i)!;
		const char = String.fromCodePoint(codePoint);
		bytes.push(...encoder.encode(char));
		i += char.length - 1;
	}
	return utf8.decode(new Uint8Array(bytes));
}
