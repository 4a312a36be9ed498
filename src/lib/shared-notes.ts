/**
 * A note that applies to several contacts is said once above them: the sentences every note in a group shares
 * become one note for the group, and each contact keeps only what is its own.
 */
function sentences(note: string): string[] {
	return note
		.split(/(?<=[.!?])\s+/)
		.map((sentence) => sentence.trim())
		.filter(Boolean);
}

export type SharedNotes = { shared?: string; own: (string | undefined)[] };

/** E.g. ["For people already supported. Call first.", "For people already supported."] -> shared "For people already supported.", own ["Call first.", undefined]. */
export function sharedNotes(notes: readonly (string | undefined)[]): SharedNotes {
	if (notes.length < 2 || notes.some((note) => !note)) return { own: [...notes] };
	const split = notes.map((note) => sentences(note!));
	const common = split[0]!.filter((sentence) => split.every((own) => own.includes(sentence)));
	if (common.length === 0) return { own: [...notes] };
	const own = split.map((own) => own.filter((sentence) => !common.includes(sentence)).join(' ') || undefined);
	return { shared: common.join(' '), own };
}
