/**
 * What the content team must check: entries past their review date, unconfirmed ways in, conflicts between
 * sources, lost links and open questions, for services and crisis lines alike. For the content team only:
 * `npm run content:review` prints it, and `astro dev` serves it at /content-review/; it is never built into the
 * public site, because it holds source line numbers and internal notes.
 */
import type { CrisisLine } from '../../schemas/crisis-line.ts';
import type { Service } from '../../schemas/service.ts';
import { reviewDueDate } from '../directory.ts';
import { wayInMethods } from '../../base/vocabulary.ts';
import { addMonths } from '../../base/dates.ts';
import { stringsToCheck, type LanguageStrings } from '../translations/strings.ts';

export type ReviewItem = {
	/** The content file, e.g. content/services/camhs.yaml. */
	file: string;
	name: string;
	/** The public page, where there is one. */
	page?: string;
	lastChecked: string;
	reviewDue: string;
	overdue: boolean;
	/** Not overdue yet, but due within the next month. */
	dueSoon: boolean;
	/** Why an overdue entry has not been checked again, as the content team recorded it. */
	overdueBecause?: string | undefined;
	/** Ways in a source only hints at, in words, e.g. "Refer yourself: a form on their website". */
	unconfirmed: string[];
	openQuestions: string[];
	conflicts: Service['conflicts'];
	lostLinks: string[];
};

function openItems(item: ReviewItem): number {
	return item.unconfirmed.length + item.openQuestions.length + item.conflicts.length + item.lostLinks.length;
}

function dates(entry: { lastChecked: string; overdueBecause?: string | undefined }, today: string) {
	const reviewDue = reviewDueDate(entry);
	return {
		lastChecked: entry.lastChecked,
		reviewDue,
		overdue: reviewDue <= today,
		dueSoon: reviewDue > today && reviewDue <= addMonths(today, 1),
		overdueBecause: entry.overdueBecause,
	};
}

function serviceItem(service: Service, today: string): ReviewItem {
	const flagged = service.needsVerification ? ['The entry is marked needsVerification: check its contacts with the service.'] : [];
	return {
		file: `content/services/${service.slug}.yaml`,
		name: service.name,
		page: `/services/${service.slug}/`,
		...dates(service, today),
		unconfirmed: service.access.waysIn
			.filter((way) => !way.confirmed)
			.map((way) => `${way.by.join(' or ')}: ${way.how ? wayInMethods.label(way.how).toLowerCase() : 'a way in'}${way.note ? ` (${way.note})` : ''}`),
		openQuestions: [...flagged, ...service.openQuestions],
		conflicts: service.conflicts,
		lostLinks: service.lostLinks,
	};
}

function crisisLineItem(line: CrisisLine, today: string): ReviewItem {
	return {
		file: 'content/crisis-lines.yaml',
		name: `${line.name} (crisis line "${line.id}")`,
		page: '/urgent-help/',
		...dates(line, today),
		unconfirmed: [],
		openQuestions: line.openQuestions,
		conflicts: [],
		lostLinks: [],
	};
}

/** What the content team must look at: overdue entries first, then those due within a month, then those with the most open items. */
export function reviewReport(services: readonly Service[], lines: readonly CrisisLine[], today: string): ReviewItem[] {
	return [...lines.map((line) => crisisLineItem(line, today)), ...services.map((service) => serviceItem(service, today))]
		.filter((item) => item.overdue || item.dueSoon || openItems(item) > 0)
		.sort((a, b) => Number(b.overdue) - Number(a.overdue) || Number(b.dueSoon) - Number(a.dueSoon) || openItems(b) - openItems(a) || a.name.localeCompare(b.name, 'en-GB'));
}

/** The report's totals, for the first lines of the command and the page. */
export function reviewTotals(items: readonly ReviewItem[]) {
	const sum = (pick: (item: ReviewItem) => number) => items.reduce((total, item) => total + pick(item), 0);
	return {
		entries: items.length,
		overdue: items.filter((item) => item.overdue).length,
		dueSoon: items.filter((item) => item.dueSoon).length,
		unconfirmed: sum((item) => item.unconfirmed.length),
		conflicts: sum((item) => item.conflicts.length),
		lostLinks: sum((item) => item.lostLinks.length),
		openQuestions: sum((item) => item.openQuestions.length),
	};
}

/** A language whose strings a fluent speaker still has to check (draft, or translated from English that changed since). */
export type TranslationReviewItem = { file: string; name: string; page: string; toCheck: string[]; strings: number };

/** Every language with strings to check, for the content team: each string, and why it needs checking. */
export function translationReport(
	source: Record<string, string>,
	languages: readonly (LanguageStrings & { file: string; nativeName: string; slug: string })[]
): TranslationReviewItem[] {
	return languages
		.map((language) => ({
			file: language.file,
			name: `${language.englishName} (${language.nativeName})`,
			page: `/help-in-your-language/${language.slug}/`,
			toCheck: stringsToCheck(source, language),
			strings: Object.keys(source).length,
		}))
		.filter((item) => item.toCheck.length > 0);
}
