/**
 * The site's operator (content/site.yaml) in the words and links pages use: what is not set yet, and the link that
 * opens an email to report a problem with the page's address and the service's name filled in (no server).
 */
import type { OperatorContact, SiteOperator } from '../schemas/site-operator.ts';

/** The parts of the operator a production build needs, in the file's order. */
const requiredFields = [
	'organisation',
	'problemReports',
	'accessibilityContact',
	'privacyController',
	'accessibilityStatement',
] as const;

/** The fields of content/site.yaml that are not set yet (all of them when there is no file). */
export function missingOperatorFields(operator: SiteOperator | undefined): string[] {
	return requiredFields.filter((field) => !operator?.[field]);
}

/** Where the site sends people who have no operator contact to use: the About page says what to do instead. */
export const reportFallbackHref = '/about/#report-a-problem';

/** A contact as a link: `mailto:` for an email address (with an optional subject and body), or the form's address. */
export function contactHref(contact: OperatorContact, message?: { subject: string; body: string }): string {
	if ('form' in contact) return contact.form;
	if (!message) return `mailto:${contact.email}`;
	// RFC 6068: percent-encoded, spaces as %20 (not +), line breaks as %0D%0A.
	const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
	return `mailto:${contact.email}?subject=${encode(message.subject)}&body=${encode(message.body)}`;
}

/** The contact in words: the email address itself, or "our online form". */
export function contactLabel(contact: OperatorContact): string {
	return 'form' in contact ? 'our online form' : contact.email;
}

/**
 * "Tell us about a problem" on a page: an email to the operator's problem contact with the page's address (and the
 * service's name) filled in, so the person only writes what is wrong. Without a contact, the About page.
 */
export function problemReportHref(
	operator: SiteOperator | undefined,
	page: { address: string; serviceName?: string },
): string {
	const contact = operator?.problemReports;
	if (!contact) return reportFallbackHref;
	const about = page.serviceName ? `the page about ${page.serviceName}` : 'a page';
	return contactHref(contact, {
		subject: page.serviceName ? `Problem with the page about ${page.serviceName}` : 'Problem with a page',
		body: `I found a problem with ${about}.\nPage: ${page.address}\n\nWhat is wrong:\n`,
	});
}
