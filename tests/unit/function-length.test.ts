/**
 * No function in src/ or scripts/ is longer than 80 lines, so each one can be read in one go. Reads every
 * TypeScript and JavaScript file, and the frontmatter of every .astro file, with the TypeScript compiler.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const longest = 80;

/**
 * Functions still over the limit in files another change is rewriting now; each one goes from this list when it is
 * split. `file: name`.
 */
const waitingToBeSplit = new Set<string>();

const scriptExtensions = ['.ts', '.tsx', '.mts', '.mjs', '.js'];

function sourceFiles(folder: string): string[] {
	return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)))
		.filter((path) => path.endsWith('.astro') || scriptExtensions.some((extension) => path.endsWith(extension)))
		.filter((path) => !path.endsWith('.d.ts'))
		.sort();
}

/** The code of a file: all of it, or for an .astro file its frontmatter (between the first two `---` lines). */
function codeOf(path: string, text: string): { code: string; firstLine: number } {
	if (!path.endsWith('.astro')) return { code: text, firstLine: 1 };
	const lines = text.split('\n');
	if (lines[0]?.trim() !== '---') return { code: '', firstLine: 1 };
	const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
	return { code: lines.slice(1, end).join('\n'), firstLine: 2 };
}

function nameOf(node: ts.FunctionLikeDeclaration): string {
	if (node.name) return node.name.getText();
	const parent = node.parent;
	if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))
		return parent.name.getText();
	return '(anonymous)';
}

export type LongFunction = { file: string; name: string; line: number; lines: number };

/** Every function (declaration, expression, arrow, method) in the code longer than `limit` lines. */
export function longFunctions(file: string, code: string, firstLine: number, limit: number): LongFunction[] {
	const kind = file.endsWith('.tsx') || file.endsWith('.jsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
	const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, kind);
	const found: LongFunction[] = [];
	const visit = (node: ts.Node): void => {
		if (ts.isFunctionLike(node) && 'body' in node && node.body) {
			const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
			const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
			const lines = end - start + 1;
			if (lines > limit) found.push({ file, name: nameOf(node), line: start + firstLine, lines });
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

const allLong = ['src', 'scripts'].flatMap(sourceFiles).flatMap((file) => {
	const { code, firstLine } = codeOf(file, readFileSync(join(root, file), 'utf8'));
	return longFunctions(file, code, firstLine, longest);
});
const label = (found: LongFunction) => `${found.file}: ${found.name}`;

describe('function length', () => {
	test(`no function is over ${longest} lines`, () => {
		const tooLong = allLong
			.filter((found) => !waitingToBeSplit.has(label(found)))
			.map((found) => `${found.file}:${found.line} ${found.name} (${found.lines} lines)`);
		expect(tooLong).toEqual([]);
	});

	test('the list of functions waiting to be split holds only functions still over the limit', () => {
		const stillLong = new Set(allLong.map(label));
		expect([...waitingToBeSplit].filter((entry) => !stillLong.has(entry))).toEqual([]);
	});

	test('the check finds a long function, in a script and in an .astro frontmatter', () => {
		const body = Array.from({ length: longest }, (_, index) => `\tconst a${index} = ${index};`).join('\n');
		expect(longFunctions('a.ts', `function long() {\n${body}\n}`, 1, longest)).toEqual([
			{ file: 'a.ts', name: 'long', line: 1, lines: longest + 2 },
		]);
		const justShortEnough = `const short = () => {\n${body.split('\n').slice(2).join('\n')}\n};`;
		expect(longFunctions('a.ts', justShortEnough, 1, longest)).toEqual([]);
		expect(longFunctions('a.tsx', `const View = () => {\n${body}\nreturn <p />;\n};`, 1, longest)).toEqual([
			{ file: 'a.tsx', name: 'View', line: 1, lines: longest + 3 },
		]);
		const astro = codeOf(
			'A.astro',
			`---\n/** A component. */\n${'function long() {'}\n${body}\n}\n---\n\n<p>{long()}</p>\n`,
		);
		expect(longFunctions('A.astro', astro.code, astro.firstLine, longest)).toEqual([
			{ file: 'A.astro', name: 'long', line: 3, lines: longest + 2 },
		]);
	});
});
