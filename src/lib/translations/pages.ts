/** Where each language's pages live, and the English page each one translates. */
export type LanguagePageKind = 'help' | 'crisis-card' | 'safety-plan';

const englishOriginals: Record<LanguagePageKind, string> = {
	help: '/urgent-help/',
	'crisis-card': '/safety-plan/crisis-card/',
	'safety-plan': '/safety-plan/my-safety-plan/',
};

/** The page's path: the English original without a language, or the language's version with one. */
export function languagePagePath(kind: LanguagePageKind, slug?: string): string {
	if (!slug) return englishOriginals[kind];
	return kind === 'help' ? `/help-in-your-language/${slug}/` : `/help-in-your-language/${slug}/${kind}/`;
}

export const languageIndexPath = '/help-in-your-language/';
