import { describe, expect, test } from 'vitest';
import { checkContentFiles, contentFolderFiles, loadContent } from '../../src/integrations/content/load.ts';
import { onThisPage, plainText, readingEase, sectionProblems, servicesForGuide } from '../../src/lib/guides.ts';
import { explainFirstUses, explainableTerms } from '../../src/lib/glossary-terms.ts';
import { guideSchema } from '../../src/schemas/guide.ts';

const { guides, glossary, services, problems } = loadContent();

describe('guides', () => {
	test('there are at least 16 guides, and no content problems anywhere', () => {
		expect(guides.length).toBeGreaterThanOrEqual(16);
		expect(problems).toEqual([]);
	});

	test.each([
		[
			'a missing section',
			'## What it can feel like\n\n## When to get more help\n',
			/missing the section "## Things to try now"/,
		],
		[
			'sections out of order',
			'## Things to try now\n\n## What it can feel like\n\n## When to get more help\n',
			/"## What it can feel like" out of order|"## Things to try now" out of order/,
		],
	])('%s is reported', (_name, body, expected) => {
		expect(sectionProblems(body).join('\n')).toMatch(expected);
	});

	test('a guide saved with Windows line endings (CRLF) reads the same as one with plain line endings', () => {
		const path = 'content/guides/sleep.md';
		const windows = checkContentFiles(
			contentFolderFiles().map((file) =>
				file.path === path ? { ...file, text: file.text.replace(/\n/g, '\r\n') } : file,
			),
		);
		expect(windows.problems).toEqual([]);
		expect(windows.guides.find((guide) => guide.path === path)).toEqual(guides.find((guide) => guide.path === path));
	});

	test('the schema rejects an unknown topic and a future review date', () => {
		const base = {
			title: 'Sleep',
			summary: 'Tips for better sleep, for adults.',
			group: 'adults',
			topics: ['wellbeing'],
			ages: { min: 18, max: null },
			lastReviewed: '2026-01-01',
		};
		expect(guideSchema.safeParse(base).success).toBe(true);
		expect(guideSchema.safeParse({ ...base, topics: ['sleepiness'] }).success).toBe(false);
		expect(guideSchema.safeParse({ ...base, lastReviewed: '2999-01-01' }).success).toBe(false);
	});

	test.each(guides.map((guide) => [guide.slug, guide] as const))(
		'%s lists at least one local service',
		(_slug, guide) => {
			expect(servicesForGuide(guide.data, services).length).toBeGreaterThan(0);
		},
	);

	test('the self-harm and suicidal thoughts guides are marked sensitive, so crisis help comes first', () => {
		for (const guide of guides.filter((g) => g.data.topics.some((t) => t === 'self-harm' || t === 'suicidal-thoughts')))
			expect(guide.data.sensitive, guide.slug).toBe(true);
	});
});

describe('readability (Flesch reading ease, with the flesch and syllable packages)', () => {
	test('the scorer tells plain from hard text', () => {
		expect(readingEase('You can call us. We will listen. It is free.')).toBeGreaterThan(80);
		expect(
			readingEase(
				'Multidisciplinary psychotherapeutic interventions necessitate comprehensive biopsychosocial formulation.',
			),
		).toBeLessThan(0);
	});
	test.each(guides.map((guide) => [guide.slug, guide] as const))('guide %s scores at least 60', (_slug, guide) => {
		expect(readingEase(plainText(guide.body))).toBeGreaterThanOrEqual(60);
	});
	test('every service summary scores at least 60', () => {
		const hard = services
			.map((s) => ({ slug: s.slug, score: Math.round(readingEase(s.summary)) }))
			.filter((s) => s.score < 60);
		expect(hard).toEqual([]);
	});
});

describe('glossary', () => {
	test('has at least 40 terms, including the ones the site uses most', () => {
		expect(glossary.length).toBeGreaterThanOrEqual(40);
		const terms = new Set(glossary.map((entry) => entry.term.toLowerCase()));
		for (const term of [
			'a&e',
			'camhs',
			'cmht',
			'cbt',
			'gp',
			'pals',
			'pier',
			'pause',
			'psychosis',
			'perinatal',
			'mhsop',
			'senco',
			'safeguarding',
			'lpt',
			'llr',
			'referral',
			'self-referral',
			'safety plan',
			"carer's assessment",
		])
			expect(terms, term).toContain(term);
	});

	test('the first use of an abbreviation on a page is explained once', () => {
		const entries = [
			{ id: 'gp', term: 'GP', standsFor: 'general practitioner', definition: 'Your family doctor.' },
			{
				id: 'camhs',
				term: 'CAMHS',
				standsFor: 'Child and Adolescent Mental Health Services',
				definition: 'Services for children.',
			},
		];
		const explained = new Set<string>();
		expect(explainFirstUses('Ask your GP. A GP can refer you to CAMHS.', entries, explained)).toEqual([
			'Ask your ',
			{ text: 'GP', id: 'gp', title: 'general practitioner' },
			'. A GP can refer you to ',
			{ text: 'CAMHS', id: 'camhs', title: 'Child and Adolescent Mental Health Services' },
			'.',
		]);
		expect(explainFirstUses('Your GP again.', entries, explained)).toEqual(['Your GP again.']);
		expect(explainFirstUses('A gap, GPS and CAMHSX are not terms.', entries, new Set())).toEqual([
			'A gap, GPS and CAMHSX are not terms.',
		]);
	});

	test('only short upper-case abbreviations with an expansion are explained in place', () => {
		const picked = explainableTerms(glossary.map((e) => ({ ...e, id: e.id ?? '' }))).map((e) => e.term);
		expect(picked).toContain('CAMHS');
		expect(picked).not.toContain('safety plan');
	});
});

describe('"On this page" for a guide', () => {
	const added = [{ slug: 'local-services', text: 'Local services that can help' }];

	test("lists the guide's own sections (level 2 only), then the sections the page adds", () => {
		const headings = [
			{ depth: 2, slug: 'what-it-can-feel-like', text: 'What it can feel like' },
			{ depth: 3, slug: 'see-your-gp', text: 'See your GP' },
			{ depth: 2, slug: 'things-to-try-now', text: 'Things to try now' },
		];
		expect(onThisPage(headings, added).map((section) => section.slug)).toEqual([
			'what-it-can-feel-like',
			'things-to-try-now',
			'local-services',
		]);
	});

	test('a page with fewer than three sections gets no list', () => {
		expect(onThisPage([{ depth: 2, slug: 'only', text: 'Only' }], added)).toEqual([]);
	});
});
