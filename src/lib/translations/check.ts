/**
 * Checks the English source (content/translation-source.yaml) and every language file (content/languages/): the
 * schema, and the rules in strings.ts (no digit outside a placeholder, the English's placeholders, no string the
 * English no longer has). The content loader runs it with every other check, so a problem stops the build.
 */
import { languageSchema, translationSourceSchema, type Language } from '../../schemas/translation.ts';
import { knownPlaceholders } from './crisis-values.ts';
import { translationProblems } from './strings.ts';

export type LanguageFile = Language & { slug: string; file: string };

type Parsed = { path: string; data?: unknown };
type Problem = { file: string; field: string; message: string };

export function checkTranslations(
	sourceFile: Parsed,
	languageFiles: readonly (readonly [Parsed, string])[],
): { source: Record<string, string>; languages: LanguageFile[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const parsedSource = translationSourceSchema.safeParse(sourceFile.data);
	if (!parsedSource.success) problems.push({ file: sourceFile.path, field: '', message: parsedSource.error.message });
	const source = parsedSource.data?.strings ?? {};
	const languages: LanguageFile[] = [];
	for (const [file, slug] of [...languageFiles].sort((a, b) => a[1].localeCompare(b[1]))) {
		const parsed = languageSchema.safeParse(file.data);
		if (!parsed.success) {
			problems.push({ file: file.path, field: '', message: parsed.error.message });
			continue;
		}
		problems.push(
			...translationProblems(source, parsed.data, knownPlaceholders).map((message) => ({
				file: file.path,
				field: 'strings',
				message,
			})),
		);
		languages.push({ ...parsed.data, slug, file: file.path });
	}
	return { source, languages, problems };
}
