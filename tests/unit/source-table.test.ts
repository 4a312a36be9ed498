import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/integrations/content/load.ts';
import { decisionTarget, diffTable, type Decision, type SnapshotRow } from '../../src/lib/source-table.ts';

const { services, crisisLines, sourceTables } = loadContent();
const snapshot = sourceTables.find((table) => table.path === 'content/source-tables/at-a-glance.yaml')!.data as {
	rows: SnapshotRow[];
	otherLines: string[];
};
const decisionsByFile = sourceTables
	.filter((table) => table.path.startsWith('content/source-tables/decisions/'))
	.map((table) => [basename(table.path), table.data as Record<string, Decision>] as const);

describe('every row of the source spreadsheet is accounted for', () => {
	test('the snapshot holds both tables: 45 children and young people rows and 27 adult rows', () => {
		expect(snapshot.rows.filter((row) => row.table === 'children-young-people')).toHaveLength(45);
		expect(snapshot.rows.filter((row) => row.table === 'adult')).toHaveLength(27);
	});

	test('the snapshot matches the seed file line for line', () => {
		const seed = readFileSync('sources/seeds/001_c8d4e1b54f9c0eec.txt', 'utf8').split('\n');
		for (const row of snapshot.rows) expect(seed[row.line - 1]!.replace(/\s+$/, ''), row.id).toBe(row.raw);
	});

	test('each row has exactly one decision', () => {
		const counts = new Map<string, string[]>();
		for (const [file, decisions] of decisionsByFile)
			for (const id of Object.keys(decisions)) counts.set(id, [...(counts.get(id) ?? []), file]);
		const missing = snapshot.rows.filter((row) => !counts.has(row.id)).map((row) => `${row.id} ${row.name}`);
		const twice = [...counts]
			.filter(([, files]) => files.length > 1)
			.map(([id, files]) => `${id} in ${files.join(', ')}`);
		const unknown = [...counts.keys()].filter((id) => !snapshot.rows.some((row) => row.id === id));
		expect({ missing, twice, unknown }).toEqual({ missing: [], twice: [], unknown: [] });
	});

	test('every decision points to an entry that exists, or says why the row is not listed', () => {
		const slugs = new Set(services.map((service) => service.slug));
		const lineIds = new Set(crisisLines.map((line) => line.id));
		const broken: string[] = [];
		for (const [file, decisions] of decisionsByFile)
			for (const [id, decision] of Object.entries(decisions)) {
				const target = decisionTarget(decision);
				if (!target) {
					if (!('notListed' in decision) || decision.notListed.length < 10) broken.push(`${file} ${id}: give a reason`);
				} else if (target.kind === 'service' ? !slugs.has(target.id) : !lineIds.has(target.id))
					broken.push(`${file} ${id}: no ${target.kind} "${target.id}"`);
				if ('mergedInto' in decision && !decision.why) broken.push(`${file} ${id}: say why it was merged`);
			}
		expect(broken).toEqual([]);
	});

	test("each row that became or joined a service is named in that service's sources", () => {
		const missing: string[] = [];
		for (const [, decisions] of decisionsByFile)
			for (const [id, decision] of Object.entries(decisions)) {
				const target = decisionTarget(decision);
				if (target?.kind !== 'service') continue;
				const row = snapshot.rows.find((r) => r.id === id)!;
				const tableWord = row.table === 'adult' ? 'adult' : 'children';
				const service = services.find((s) => s.slug === target.id)!;
				const cited = service.sources.some(
					(source) =>
						source.document === 'seed-001' &&
						source.where.toLowerCase().includes(tableWord) &&
						new RegExp(`rows? [^()]*\\b${row.row}\\b`).test(source.where),
				);
				if (!cited) missing.push(`${id} -> ${target.id}`);
			}
		expect(missing).toEqual([]);
	});
});

describe('diffTable', () => {
	const rows: SnapshotRow[] = [
		{
			id: 'cyp-1',
			table: 'children-young-people',
			row: 1,
			line: 2,
			name: 'Alpha service',
			raw: 'Low\tY\tAlpha service\tHelps young people with worry\tLLR\t5 to 18',
		},
		{
			id: 'cyp-2',
			table: 'children-young-people',
			row: 2,
			line: 3,
			name: 'Beta line',
			raw: '\tY\tBeta line\tA helpline for parents\tLLR\tAll age',
		},
		{
			id: 'cyp-3',
			table: 'children-young-people',
			row: 3,
			line: 4,
			name: 'Gamma group',
			raw: '\tY\tGamma group\tA weekly group for carers\tCity\t18 +',
		},
	];
	const header = 'Level\tGeneral\tService/offer\tFurther info\tArea\tAge';

	test('an identical export has no changes, and known header lines are not new rows', () => {
		const text = [header, ...rows.map((r) => r.raw)].join('\n');
		expect(diffTable(rows, text, [header])).toMatchObject({ changed: [], removed: [], added: [] });
	});

	test('finds a changed cell, a removed row and a new row', () => {
		const text = [
			header,
			rows[0]!.raw.replace('5 to 18', '5 to 25'),
			rows[2]!.raw,
			'\tY\tDelta drop-in\tA new drop-in for students\tCounty\t18 +',
		].join('\n');
		const result = diffTable(rows, text, [header]);
		expect(result.unchanged.map((r) => r.id)).toEqual(['cyp-3']);
		expect(result.changed.map((c) => c.row.id)).toEqual(['cyp-1']);
		expect(result.removed.map((r) => r.id)).toEqual(['cyp-2']);
		expect(result.added.map((a) => a.lineNumber)).toEqual([4]);
	});

	test('trailing tabs and Windows line endings do not count as changes', () => {
		const text = rows.map((r) => `${r.raw}\t\t\r`).join('\n');
		expect(diffTable(rows, text).unchanged).toHaveLength(3);
	});
});
