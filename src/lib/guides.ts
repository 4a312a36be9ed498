/** Pure helpers for self-help guides: section checks, matching local services, and readability. */
import { flesch } from 'flesch';
import { syllable } from 'syllable';
import type { Guide } from '../schemas/guide.ts';
import { guideSections } from '../schemas/guide.ts';
import type { Service } from '../schemas/service.ts';
import { servesAges } from './directory.ts';
import { canContactThemselves } from './reach.ts';

/** Problems with a guide body's level-2 headings: each required section once, in order. */
export function sectionProblems(body: string): string[] {
	const headings = [...body.matchAll(/^## +(.+?)\s*$/gm)].map((match) => match[1]!);
	const problems: string[] = [];
	let last = -1;
	for (const section of guideSections) {
		const at = headings.indexOf(section);
		if (at === -1) problems.push(`is missing the section "## ${section}"`);
		else if (at < last) problems.push(`has "## ${section}" out of order`);
		else last = at;
	}
	return problems;
}

/** Local services for a guide: sharing a topic and serving its ages; ones made for it, then ones you can contact yourself, first. */
export function servicesForGuide(guide: Guide, services: readonly Service[], limit = 6): Service[] {
	return services
		.filter((service) => servesAges(service, guide.ages.min, guide.ages.max))
		.map((service) => ({
			service,
			shared: service.topics.filter((topic) => guide.topics.includes(topic)).length,
			made: service.topicFit.made.some((topic) => guide.topics.includes(topic)),
		}))
		.filter(({ shared }) => shared > 0)
		.sort(
			(a, b) =>
				Number(b.made) - Number(a.made) ||
				Number(canContactThemselves(b.service)) - Number(canContactThemselves(a.service)) ||
				b.shared - a.shared ||
				a.service.name.localeCompare(b.service.name, 'en-GB'),
		)
		.slice(0, limit)
		.map(({ service }) => service);
}

/** Guides that share a topic with a service or a question answer, in a stable order. */
export function guidesForTopics<T extends { data: Guide }>(
	topicIds: readonly string[],
	guides: readonly T[],
	limit = 3,
): T[] {
	return guides
		.filter((guide) => guide.data.topics.some((topic) => topicIds.includes(topic) && topic !== 'general'))
		.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en-GB'))
		.slice(0, limit);
}

/** Markdown to plain sentences for scoring: no headings marks, links, emphasis or list markers. */
export function plainText(markdown: string): string {
	return markdown
		.replace(/^#+\s+(.*)$/gm, '$1.')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/[*_`>]/g, '')
		.replace(/^\s*(\d+\.|[-+])\s+/gm, '')
		.replace(/\n{2,}/g, '\n');
}

/** Flesch reading ease of some English text (higher is easier; 60 and over is plain English). */
export function readingEase(text: string): number {
	const sentences = text.split(/[.!?]+(?:\s|$)|\n/).filter((s) => /[a-z]/i.test(s));
	const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
	if (words.length === 0) return 100;
	return flesch({
		sentence: Math.max(1, sentences.length),
		word: words.length,
		syllable: words.reduce((sum, word) => sum + syllable(word), 0),
	});
}

/** A heading a guide page can link to. */
export type PageSection = { slug: string; text: string };

/**
 * "On this page" for a guide: its own sections (the Markdown's level-2 headings) and then the sections the page adds
 * after it. Every guide page is long on a phone (six screens or more at 320 px, with its local services and crisis
 * lines), so each gets the list; a page with fewer than three sections would not need one.
 */
export function onThisPage(
	headings: readonly { depth: number; slug: string; text: string }[],
	added: readonly PageSection[],
): PageSection[] {
	const sections = [
		...headings.filter((heading) => heading.depth === 2).map(({ slug, text }) => ({ slug, text })),
		...added,
	];
	return sections.length >= 3 ? sections : [];
}
