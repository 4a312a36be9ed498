/**
 * The "at a glance" spreadsheet (seed 001) as a snapshot of rows, and a diff against a newer export.
 * When the next version of the spreadsheet arrives, the diff lists which rows changed and which entries need review.
 */

export type SnapshotRow = {
	/** "cyp-12" or "adult-3". */
	id: string;
	table: 'children-young-people' | 'adult';
	row: number;
	/** Line number in the exported file. */
	line: number;
	/** The service name as exported. */
	name: string;
	/** The whole exported line, tabs and all. */
	raw: string;
};

export type Decision =
	| { service: string; why?: string }
	| { mergedInto: string; why: string }
	| { crisisLine: string; why: string }
	| { notListed: string };

/** The entry a decision points to, if any. */
export function decisionTarget(decision: Decision): { kind: 'service' | 'crisisLine'; id: string } | undefined {
	if ('service' in decision) return { kind: 'service', id: decision.service };
	if ('mergedInto' in decision) return { kind: 'service', id: decision.mergedInto };
	if ('crisisLine' in decision) return { kind: 'crisisLine', id: decision.crisisLine };
	return undefined;
}

/** Lower case words of a line's text cells, for matching rows whose cells moved or changed slightly. */
function words(text: string): Set<string> {
	return new Set(
		text
			.toLowerCase()
			.split(/[^a-z0-9]+/)
			.filter((word) => word.length > 2),
	);
}

function similarity(a: string, b: string): number {
	const wa = words(a);
	const wb = words(b);
	if (wa.size === 0 || wb.size === 0) return 0;
	let shared = 0;
	for (const word of wa) if (wb.has(word)) shared++;
	return shared / Math.max(wa.size, wb.size);
}

/** Normalises a line for comparison: trailing tabs and spaces differ between exports without meaning anything. */
function normalise(line: string): string {
	return line.replace(/\s+$/, '').replace(/\r$/, '');
}

export type TableDiff = {
	unchanged: SnapshotRow[];
	/** A snapshot row whose line changed: the closest new line is shown. */
	changed: { row: SnapshotRow; newLine: string; newLineNumber: number }[];
	/** A snapshot row with no similar line in the new export. */
	removed: SnapshotRow[];
	/** Lines in the new export that match no snapshot row. */
	added: { line: string; lineNumber: number }[];
};

/** The data lines of an export: lines with several tab-separated cells that are not table headings. */
export function dataLines(text: string): { line: string; lineNumber: number }[] {
	return text
		.split('\n')
		.map((line, index) => ({ line: normalise(line), lineNumber: index + 1 }))
		.filter(({ line }) => line.split('\t').filter((cell) => cell.trim() !== '').length >= 3);
}

/**
 * Compares the snapshot with a new export's text. Lines that equal a snapshot row exactly are unchanged.
 * `otherLines` are the old export's non-row lines (titles, headers), which are not reported as new rows.
 */
export function diffTable(
	snapshot: readonly SnapshotRow[],
	newText: string,
	otherLines: readonly string[] = [],
	threshold = 0.5,
): TableDiff {
	const known = new Set(otherLines.map(normalise));
	const lines = dataLines(newText).filter(({ line }) => !known.has(line));
	const unmatched = new Map(lines.map((entry) => [entry.lineNumber, entry]));
	const unchanged: SnapshotRow[] = [];
	const pending: SnapshotRow[] = [];
	for (const row of snapshot) {
		const exact = [...unmatched.values()].find(({ line }) => line === normalise(row.raw));
		if (exact) {
			unchanged.push(row);
			unmatched.delete(exact.lineNumber);
		} else pending.push(row);
	}
	const changed: TableDiff['changed'] = [];
	const removed: SnapshotRow[] = [];
	for (const row of pending) {
		let best: { line: string; lineNumber: number } | undefined;
		let bestScore = 0;
		for (const candidate of unmatched.values()) {
			const score = similarity(row.raw, candidate.line);
			if (score > bestScore) [best, bestScore] = [candidate, score];
		}
		if (best && bestScore >= threshold) {
			changed.push({ row, newLine: best.line, newLineNumber: best.lineNumber });
			unmatched.delete(best.lineNumber);
		} else removed.push(row);
	}
	return { unchanged, changed, removed, added: [...unmatched.values()] };
}
