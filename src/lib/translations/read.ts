/**
 * Reads the English source and every language file from disk and checks them: the schema, and the rules in
 * strings.ts (no digit outside a placeholder, the English's placeholders, no string the English no longer has).
 * Used by the pages (through src/data/content.ts), `npm run content:review` and the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { languageSchema, translationSourceSchema, type Language } from '../../schemas/translation.ts';
import { knownPlaceholders } from './crisis-values.ts';
import { translationProblems } from './strings.ts';

export type LanguageFile = Language & { slug: string; file: string };

export function readTranslations(root: string): { source: Record<string, string>; languages: LanguageFile[]; problems: string[] } {
	const problems: string[] = [];
	const sourceFile = 'content/translation-source.yaml';
	const parsedSource = translationSourceSchema.safeParse(parse(readFileSync(join(root, sourceFile), 'utf8')));
	if (!parsedSource.success) problems.push(`${sourceFile}: ${parsedSource.error.message}`);
	const source = parsedSource.data?.strings ?? {};
	const languages: LanguageFile[] = [];
	const folder = join(root, 'content/languages');
	for (const name of readdirSync(folder).filter((file) => /^[a-z-]+\.ya?ml$/.test(file)).sort()) {
		const file = `content/languages/${name}`;
		const parsed = languageSchema.safeParse(parse(readFileSync(join(folder, name), 'utf8')));
		if (!parsed.success) {
			problems.push(`${file}: ${parsed.error.message}`);
			continue;
		}
		problems.push(...translationProblems(source, parsed.data, knownPlaceholders).map((problem) => `${file}: ${problem}`));
		languages.push({ ...parsed.data, slug: name.replace(/\.ya?ml$/, ''), file });
	}
	return { source, languages, problems };
}
