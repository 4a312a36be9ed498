/**
 * Where a page's facts come from, in public words: organisation and date, never file names, rows or lines
 * (those stay in the content and the review report).
 */
import type { Service } from '../schemas/service.ts';
import { sourceDocuments, type SourceDocument } from '../base/vocabulary.ts';

/** Every source an entry cites, its contacts included, newest first, each named once in public words. */
export function publicSourcesOf(service: Service): string[] {
	const order = sourceDocuments.ids;
	const documents = new Set<SourceDocument>([
		...service.sources.map((source) => source.document),
		...service.contacts.flatMap((contact) => (contact.source ? [contact.source.document] : [])),
	]);
	return order.filter((id) => documents.has(id)).map((id) => sourceDocuments.hint(id)!);
}
