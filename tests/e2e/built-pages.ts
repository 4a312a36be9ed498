/** The site's built pages, found by walking dist/, so every new page is tested without a hand-kept list. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles, readBuiltPages } from '../../src/integrations/built-site.ts';
import { pageAddress } from '../../src/lib/hosting/built-site.ts';
import { attribute, attributeNames, classesOf, elements, readable, textOf, type HtmlPage } from '../../src/lib/html.ts';
import { ageGroups } from '../../src/base/vocabulary.ts';

export const distDir = join(process.cwd(), 'dist');

/** Every built HTML file as its URL path, e.g. "/urgent-help/" or "/404.html". */
export function builtPages(): { url: string; file: string }[] {
	return builtFiles(distDir)
		.filter((file) => file.endsWith('.html'))
		.map((file) => ({ url: pageAddress(file), file: join(distDir, file) }))
		.sort((a, b) => a.url.localeCompare(b.url));
}

/** The raw bytes of a built page. */
export function pageBytes(file: string): Buffer {
	return readFileSync(file);
}

/** Set FULL_SWEEP=1 (or run `npm run test:e2e:full`) to run the browser checks on every built page. */
export const fullSweep = process.env['FULL_SWEEP'] === '1';

/** The page's kind, from its address: pages of one kind are built from one template. */
export function templateOf(url: string): string {
	return url
		.replace(/^\/services\/(topic|age|area|access)\/[^/]+\/$/, '/services/<facet>/<value>/')
		.replace(/^\/services\/(?!<)[^/]+\/$/, '/services/<slug>/')
		.replace(/^\/self-help\/[^/]+\/$/, '/self-help/<slug>/')
		.replace(
			/^\/which-service\/(me|someone-else|my-child)\/(.+)$/,
			(_all, who: string, rest: string) => `/which-service/${who}/<${rest.split('/').length - 1} answers>/`,
		);
}

/**
 * What a page is made of, without its words: every element in <main> with its classes, role, type and ARIA
 * attributes. Two pages of one kind with the same structure meet axe and a phone screen the same way.
 */
export function structureOf(page: HtmlPage): string {
	const main = elements(page, 'main')[0];
	const tokens = new Set<string>();
	for (const element of main ? elements(main) : []) {
		const classes = classesOf(element).sort();
		const others = attributeNames(element)
			.filter((name) => /^(role|type|aria-[a-z]+|open|hidden|disabled)$/.test(name))
			.map((name) => (name === 'role' || name === 'type' ? `${name}=${attribute(element, name)}` : name))
			.sort();
		tokens.add([element.name, ...classes, ...others].join('.'));
	}
	return [...tokens].sort().join(' ');
}

/** The h1's words: on the "which service?" pages the same address shape can be two questions (exact age, or area). */
function headingOf(page: HtmlPage): string {
	const h1 = elements(page, 'h1')[0];
	return h1 ? readable(textOf(h1)) : '';
}

/**
 * Pages for the checks that drive a browser (axe, and JavaScript off at 320 px). The byte-level checks in
 * tests/dist/ read every page; here Chromium opens one page per template and state:
 * - every page that is one of a kind (home, urgent help, the safety plans, the wizard's first questions, ...);
 * - every self-help guide, because each is written by hand in Markdown (tables, lists, links, abbreviations);
 * - service and browse pages: the fewest pages that, between them, show every element and variant their template
 *   can draw (see structureOf): a service with opening hours, one with a professionals-only line, one with an
 *   address, ... The pages with the most parts are taken first.
 * - "which service?" pages: each question for each who, and results for each who, every area and every age group.
 * With FULL_SWEEP=1, every built page.
 */
export function sweepPages(): { url: string; file: string }[] {
	const all = builtPages();
	if (fullSweep) return all;
	const read = new Map(readBuiltPages(distDir).map((page) => [page.url, page]));
	const chosen = new Set<string>();
	const seen = new Set<string>();
	const families = new Map<string, { url: string; tokens: string[] }[]>();
	const results: { url: string; who: string; area: string; ages: string }[] = [];
	for (const { url } of all) {
		const template = templateOf(url);
		if (template === url || template === '/self-help/<slug>/') {
			chosen.add(url);
			continue;
		}
		const page = read.get(url)!;
		if (template.endsWith('<2 answers>/')) {
			const [who, band, area] = url.split('/').slice(2, 5) as [string, string, string];
			results.push({ url, who, area, ages: ageGroupOf(band) });
		} else if (template.startsWith('/which-service/')) {
			const key = `${template} ${headingOf(page)}`;
			if (!seen.has(key)) chosen.add(url);
			seen.add(key);
		} else families.set(template, [...(families.get(template) ?? []), { url, tokens: structureOf(page).split(' ') }]);
	}
	// Service and browse pages: every element and variant at least once, most complete pages first.
	for (const [template, members] of families) {
		const covered = new Set<string>();
		for (const { url, tokens } of members.toSorted(
			(a, b) => b.tokens.length - a.tokens.length || a.url.localeCompare(b.url),
		)) {
			const fresh = tokens.filter((token) => !covered.has(`${template} ${token}`));
			if (fresh.length === 0) continue;
			chosen.add(url);
			for (const token of fresh) covered.add(`${template} ${token}`);
		}
	}
	// Results: a results page shows no card until a need is chosen (which-service.spec.ts runs axe with needs chosen),
	// so what differs is the wording for who, the area and the age group: each who, area and age group once,
	// pairing new ones where it can.
	for (const allNew of [true, false])
		for (const { url, who, area, ages } of results) {
			const fresh = [`who ${who}`, `area ${area}`, `ages ${ages}`].filter((key) => !seen.has(key));
			if (allNew ? fresh.length < 2 : fresh.length === 0) continue;
			chosen.add(url);
			for (const key of fresh) seen.add(key);
		}
	return all.filter(({ url }) => chosen.has(url));
}

/** The directory's age group for a "which service?" age band such as "under-5", "13" or "26-to-35". */
function ageGroupOf(band: string): string {
	const youngest = band.startsWith('under-') ? 0 : Number.parseInt(band, 10);
	return (
		ageGroups.find(
			(group) => group.id !== 'adults' && youngest >= group.min && (group.max === null || youngest <= group.max),
		)?.id ?? 'adults'
	);
}

/**
 * Splits pages into a few batches, so each Playwright test visits several pages in one browser page: opening a new
 * browser context for every page cost more than the check itself. A failing test still names every failing page.
 */
export function inBatches<T extends { url: string }>(
	items: readonly T[],
	batches: number,
): { name: string; items: T[] }[] {
	const size = Math.max(1, Math.ceil(items.length / batches));
	const out: { name: string; items: T[] }[] = [];
	for (let start = 0; start < items.length; start += size) {
		const slice = items.slice(start, start + size);
		out.push({ name: `${slice[0]!.url} to ${slice.at(-1)!.url} (${slice.length} pages)`, items: slice });
	}
	return out;
}
