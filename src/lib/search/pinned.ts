/**
 * Pages that are not services or guides but search finds without the full-text index: the urgent-help page, shown
 * straight after crisis help (src/lib/search/rank.ts crisisFirst), and the safety plan pages, found by their names.
 * Titles and summaries are the pages' own.
 */
import type { PinnedPage } from './index-data.ts';

export const crisisPinnedPages: PinnedPage[] = [
	{
		url: '/urgent-help/',
		title: 'Get help now',
		summary:
			'What to do in a mental health emergency, how to get urgent help today, and who you can talk to, in Leicester, Leicestershire and Rutland.',
	},
];

export const safetyPlanPages: PinnedPage[] = [
	{
		url: '/safety-plan/',
		title: 'Safety plans',
		summary:
			'What a safety plan is, how to make one, and printable safety plan templates for you or someone you care for.',
		words: ['safety plan', 'plan template', 'templates', 'staying safe plan'],
	},
	{
		url: '/safety-plan/my-safety-plan/',
		title: 'My safety plan',
		summary:
			'A safety plan to print and fill in: warning signs, things that help, people to call, and reasons for living.',
		words: ['safety plan template', 'printable plan', 'print'],
	},
	{
		url: '/safety-plan/fill-in/',
		title: 'Fill in my safety plan',
		summary: 'Fill in a safety plan on this device. What you type stays on your device and is never sent anywhere.',
		words: ['safety plan online', 'plan template'],
	},
	{
		url: '/safety-plan/carer/',
		title: 'Safety plan for carers',
		summary: 'A safety plan for carers, family and friends to fill in with the person they support.',
		words: ['carer safety plan', 'plan template', 'family', 'friends'],
	},
	{
		url: '/safety-plan/crisis-card/',
		title: 'Crisis card',
		summary: 'A wallet-sized card with the numbers to call for mental health help, to print and cut out.',
		words: ['crisis card', 'wallet card', 'numbers card'],
	},
];

/** Other ways people write a language's name, besides its English and its own name. */
const otherLanguageNames: Record<string, string[]> = {
	arabic: ['arabi', 'عربي'],
	bengali: ['bangla', 'bengali language'],
	punjabi: ['panjabi', 'ਪੰਜਾਬੀ', 'پنجابی'],
	romanian: ['romana', 'romaneste'],
	somali: ['soomaali', 'af soomaali'],
	polish: ['polski', 'po polsku'],
};

type Language = { slug: string; englishName: string; nativeName: string };

/** The "Help in your language" pages, found by the language's name in English, in its own script, or as people write it. */
export function languagePages(languages: readonly Language[]): PinnedPage[] {
	return languages.map((language) => ({
		url: `/help-in-your-language/${language.slug}/`,
		title: `Help in ${language.englishName} (${language.nativeName})`,
		summary: `Mental health help in ${language.englishName}: what to do if a life is at risk, how to get urgent help, and how to ask for an interpreter.`,
		names: [language.englishName, language.nativeName, ...(otherLanguageNames[language.slug] ?? [])],
	}));
}

/** Every page search ranks besides services and guides. */
export function searchPages(languages: readonly Language[] = []): PinnedPage[] {
	return [...crisisPinnedPages, ...safetyPlanPages, ...languagePages(languages)];
}
