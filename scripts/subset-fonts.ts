/**
 * `npm run fonts:subset`: makes the small web fonts the language pages serve, for scripts that phones may lack
 * (Gujarati, Gurmukhi, Bengali). For each language file with a `font`, it keeps only the characters that
 * language's strings use (from the open Noto Sans font in its @fontsource package) and writes, into public/fonts/:
 *   <font>.woff2 and <font>.css      for the language's own pages;
 *   <font>-name.woff2 and -name.css  just the language's name in its own script, for the list of languages.
 * and subsets.json, the characters each subset holds, which a unit test compares with today's strings.
 * Run it again after changing a translation.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { formatProblem, loadContent } from '../src/integrations/content/load.ts';
import { fontFamily, fontSubsetText } from '../src/lib/translations/fonts.ts';

const root = process.cwd();
const content = loadContent(root);
const problems = content.problems.filter(
	(problem) => problem.file.startsWith('content/languages/') || problem.file === 'content/translation-source.yaml',
);
if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
const { source, languages } = content.translations;

const manifest: Record<string, { characters: string; bytes: number }> = {};
for (const language of languages.filter((candidate) => candidate.font)) {
	const font = language.font!;
	// @fontsource/<font> ships the script's own range as <font>-<script>-400-normal.woff2.
	const script = font.replace(/^noto-sans-/, '');
	// The Open Font License travels with the font.
	copyFileSync(
		join(root, 'node_modules/@fontsource', font, 'LICENSE'),
		join(root, 'public/fonts', `${font}-LICENSE.txt`),
	);
	const original = readFileSync(
		join(root, 'node_modules/@fontsource', font, 'files', `${font}-${script}-400-normal.woff2`),
	);
	for (const [file, text] of [
		[font, fontSubsetText(source, language)],
		[`${font}-name`, fontSubsetText({}, { ...language, strings: {} })],
	] as const) {
		const subset = await subsetFont(original, text, { targetFormat: 'woff2' });
		writeFileSync(join(root, 'public/fonts', `${file}.woff2`), subset);
		writeFileSync(
			join(root, 'public/fonts', `${file}.css`),
			`/* ${language.englishName} (${language.nativeName}): a subset of Noto Sans ${script[0]!.toUpperCase()}${script.slice(1)} (SIL Open Font License 1.1), made by scripts/subset-fonts.ts. */\n` +
				`@font-face { font-family: '${fontFamily(font)}'; src: url('/fonts/${file}.woff2') format('woff2'); font-weight: 400; font-display: swap; }\n` +
				// Inside <body> only: the page's <html lang> is the language too, and the header and footer stay English.
				`body :lang(${language.lang}) { font-family: '${fontFamily(font)}', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }\n`,
		);
		manifest[file] = { characters: text, bytes: subset.length };
		console.log(`public/fonts/${file}.woff2: ${subset.length} bytes, ${[...text].length} characters`);
	}
}
writeFileSync(join(root, 'public/fonts/subsets.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
