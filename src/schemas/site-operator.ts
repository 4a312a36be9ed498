/**
 * Who runs the site: content/site.yaml. Set once; the About, accessibility and privacy pages and the footer read
 * it. Each part is null until the organisation gives it: a local build says it is not set, and a production build
 * fails naming every part still null. Pages never name an organisation that is not in this file.
 */
import { z } from 'astro/zod';
import { httpsUrl, isoDate } from './common.ts';

/** How to reach someone: an email address, or the address of a web form. */
export const operatorContactSchema = z.union([
	z.object({ email: z.email({ error: 'must be an email address, for example web@example.org' }) }).strict(),
	z.object({ form: httpsUrl }).strict(),
]);
export type OperatorContact = z.infer<typeof operatorContactSchema>;

export const siteOperatorSchema = z
	.object({
		/** The organisation that runs the site, as it names itself, with its own website. */
		organisation: z
			.object({ name: z.string().min(2), website: httpsUrl.optional() })
			.strict()
			.nullable(),
		/** Where people report a wrong phone number, out-of-date entry or anything else wrong on the site. */
		problemReports: operatorContactSchema.nullable(),
		/** Where people report an accessibility problem or ask for information in another format. */
		accessibilityContact: operatorContactSchema.nullable(),
		/** The data controller named on the privacy page, and how to contact them about privacy. */
		privacyController: z
			.object({ name: z.string().min(2), contact: operatorContactSchema })
			.strict()
			.nullable(),
		/** When the accessibility statement was prepared and last reviewed by the organisation (YYYY-MM-DD). */
		accessibilityStatement: z.object({ prepared: isoDate, lastReviewed: isoDate.optional() }).strict().nullable(),
	})
	.strict();
export type SiteOperator = z.infer<typeof siteOperatorSchema>;
