/**
 * Where a page's facts come from, in public words: organisation and date, never file names, rows or lines
 * (those stay in the content and the review report).
 */
import type { Service } from '../schemas/service.ts';
import type { SourceDocument } from '../schemas/source-document.ts';

/**
 * Every source an entry cites, its contacts included, each named once in public words, in the order of
 * content/source-documents.yaml.
 */
export function publicSourcesOf(service: Service, documents: readonly SourceDocument[]): string[] {
	const cited = new Set([
		...service.sources.map((source) => source.document),
		...service.contacts.flatMap((contact) => (contact.source ? [contact.source.document] : [])),
	]);
	return documents.filter((document) => cited.has(document.id)).map((document) => document.publicName);
}
