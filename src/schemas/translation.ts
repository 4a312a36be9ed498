/**
 * Translations are content with provenance: content/translation-source.yaml holds the English strings the
 * language pages are made from, and content/languages/<slug>.yaml holds one language. Each translated string keeps
 * the English it was made from, so a changed English sentence shows up as needing a new check.
 * Numbers are never typed into a translation: a string says {samaritans} and the page fills in the number from
 * content/crisis-lines.yaml.
 */
import { z } from 'astro/zod';
import { pastDate } from './common.ts';

/** A string key, e.g. "interpreter-111". */
const stringKey = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be lower case words joined by hyphens' });

/** The English the language pages are translated from: one sentence or label per key. */
export const translationSourceSchema = z
	.object({
		strings: z.record(stringKey, z.string().min(1)),
	})
	.strict();

const draftString = z
	.object({
		/** The English this string was translated from, exactly as it was then. */
		en: z.string().min(1),
		/** The translation. */
		text: z.string().min(1),
		/** Written here and not yet confirmed by a fluent speaker. Who drafted it is the file's `draftedBy`. */
		state: z.literal('draft'),
	})
	.strict();

const checkedString = z
	.object({
		en: z.string().min(1),
		text: z.string().min(1),
		/** A fluent speaker read it against the English and confirmed it. */
		state: z.literal('checked'),
		/** Their role, not their name, e.g. "Gujarati-speaking mental health nurse, LPT". */
		checkedBy: z.string().min(5),
		/** The day they checked it. */
		checkedOn: pastDate,
	})
	.strict();

export const translatedStringSchema = z.discriminatedUnion('state', [draftString, checkedString]);

export const languageSchema = z
	.object({
		/** The BCP 47 tag for `lang` and `hreflang`, e.g. "gu", "pa", "ur". */
		lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
		/** The language's name in English, e.g. "Gujarati". Also what to say to an interpreter service. */
		englishName: z.string().min(3),
		/** The language's name in its own script, e.g. "ગુજરાતી". */
		nativeName: z.string().min(2),
		/** Writing direction. */
		dir: z.enum(['ltr', 'rtl']).default('ltr'),
		/**
		 * A subset of an open font the site serves for this language, where phones may lack the script
		 * (public/fonts/<font>.woff2, made by `npm run fonts:subset`). Left out where system fonts cover the script.
		 */
		font: z
			.string()
			.regex(/^[a-z0-9-]+$/)
			.optional(),
		/** Who wrote the draft strings, and how. */
		draftedBy: z.string().min(5),
		/** When the draft was written. */
		draftedOn: pastDate,
		strings: z.record(stringKey, translatedStringSchema),
	})
	.strict();

export type TranslationSource = z.infer<typeof translationSourceSchema>;
export type Language = z.infer<typeof languageSchema>;
export type TranslatedString = z.infer<typeof translatedStringSchema>;
