/**
 * `npm run source:snapshot`: writes content/source-tables/at-a-glance.yaml from seed 001 and its prepared reading.
 * `npm run source:diff -- <new export.txt>`: compares a new export of the spreadsheet with the snapshot,
 * and lists which rows changed and which site entries need review.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { loadContent } from '../src/integrations/content/load.ts';
import { dataLines, decisionTarget, diffTable, type Decision, type SnapshotRow } from '../src/lib/source-table.ts';

type Snapshot = { rows: SnapshotRow[]; otherLines: string[] };

const snapshotPath = 'content/source-tables/at-a-glance.yaml';

function readDecisions(): Record<string, Decision> {
	const decisionFiles = loadContent().sourceTables.filter((table) =>
		table.path.startsWith('content/source-tables/decisions/'),
	);
	return Object.assign({}, ...decisionFiles.map((table) => table.data as Record<string, Decision>));
}

function snapshot(seedPath: string, readingPath: string) {
	const seed = readFileSync(seedPath, 'utf8').split('\n');
	const reading = JSON.parse(readFileSync(readingPath, 'utf8')) as {
		table: SnapshotRow['table'];
		row: number;
		source_line: number;
		name: string;
	}[];
	const rows: SnapshotRow[] = reading.map((r) => ({
		id: `${r.table === 'adult' ? 'adult' : 'cyp'}-${r.row}`,
		table: r.table,
		row: r.row,
		line: r.source_line,
		name: r.name,
		raw: seed[r.source_line - 1]!.replace(/\s+$/, ''),
	}));
	const rowLines = new Set(rows.map((row) => row.line));
	const otherLines = dataLines(seed.join('\n'))
		.filter(({ lineNumber }) => !rowLines.has(lineNumber))
		.map(({ line }) => line);
	const header = [
		'# Snapshot of the LLR mental health "at a glance" tables (seed 001, updated 9 February 2026).',
		'# One item per spreadsheet row. What became of each row is in decisions/*.yaml.',
		'# Made by `npm run source:snapshot`; compare a newer export with `npm run source:diff -- <file>`.',
		'',
	].join('\n');
	writeFileSync(snapshotPath, header + stringify({ rows, otherLines } satisfies Snapshot, { lineWidth: 0 }));
	console.log(`Wrote ${rows.length} rows to ${snapshotPath}.`);
}

function diff(newPath: string) {
	const { rows, otherLines } = loadContent().sourceTables.find((table) => table.path === snapshotPath)!
		.data as Snapshot;
	const decisions = readDecisions();
	const result = diffTable(rows, readFileSync(newPath, 'utf8'), otherLines);
	const entryFor = (row: SnapshotRow) => {
		const decision = decisions[row.id];
		const target = decision && decisionTarget(decision);
		return target
			? `${target.kind === 'service' ? 'content/services/' + target.id + '.yaml' : 'crisis line ' + target.id}`
			: 'no entry (not listed)';
	};
	console.log(
		`${result.unchanged.length} rows unchanged, ${result.changed.length} changed, ${result.removed.length} removed, ${result.added.length} new lines.\n`,
	);
	for (const { row, newLineNumber } of result.changed)
		console.log(`CHANGED  ${row.id} "${row.name}" (now line ${newLineNumber}): review ${entryFor(row)}`);
	for (const row of result.removed) console.log(`REMOVED  ${row.id} "${row.name}": review ${entryFor(row)}`);
	for (const { line, lineNumber } of result.added)
		console.log(`NEW      line ${lineNumber}: ${line.split('\t').filter(Boolean).slice(0, 3).join(' | ')}`);
	if (result.changed.length + result.removed.length + result.added.length > 0)
		console.log(
			'\nAfter updating the entries, run `npm run source:snapshot -- <new file>` and update decisions for new rows.',
		);
}

const [command, file, reading] = process.argv.slice(2);
if (command === 'snapshot')
	snapshot(file ?? 'sources/seeds/001_c8d4e1b54f9c0eec.txt', reading ?? 'sources/seeds/prepared/service-tables.json');
else if (command === 'diff' && file) diff(file);
else {
	console.error('Usage: node scripts/source-table.ts snapshot [export.txt] [reading.json] | diff <new export.txt>');
	process.exitCode = 2;
}
