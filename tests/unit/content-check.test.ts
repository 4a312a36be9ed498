/**
 * Bad content must fail with a message that names the file and the field (or line). Each case changes one thing in
 * the real content folder, in memory: the folder is read once and never copied.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import {
	checkContentFiles,
	contentFolderFiles,
	formatProblem,
	loadContent,
} from '../../src/integrations/content/load.ts';
import { contentLoader } from '../../src/integrations/content/loaders.ts';
import { addMonths, todayIso } from '../../src/base/dates.ts';
import { acceptedEdits, badEdits, type ContentFiles } from './content-edits.ts';

const files = contentFolderFiles();
// Read and checked once before the tests, as a production build checks it; each case then re-checks only what it changed.
const asBuilt = checkContentFiles(files, { production: true });

function problemsAfter(
	edit: (files: ContentFiles) => ContentFiles,
	options: { production?: boolean; today?: string } = {},
): string[] {
	return checkContentFiles(edit(files), options).problems.map(formatProblem);
}

test('the real content has no problems, even as a production build checks it', () => {
	expect(asBuilt.problems.map(formatProblem)).toEqual([]);
});

test('the do-not-publish list keeps every number on it, the superseded Central Access Point number among them', () => {
	expect(loadContent().doNotPublish.map((entry) => entry.number)).toEqual(
		expect.arrayContaining(['0116 295 3060', '07480 635199', '0116 225 2728', '0116 295 0750', '0116 305 0232']),
	);
});

describe('a bad edit is refused, naming the file and the field or line', () => {
	test.each(badEdits.map((edit) => [edit.name, edit] as const))('%s', (_name, { edit, refuses }) => {
		expect(problemsAfter(edit).join('\n')).toMatch(refuses);
	});
});

describe('an edit that is fine goes ahead', () => {
	test.each(acceptedEdits.map((edit) => [edit.name, edit] as const))('%s', (_name, { edit }) => {
		expect(problemsAfter(edit)).toEqual([]);
	});
});

function validService(): Record<string, any> {
	return {
		name: 'Example Service',
		summary: 'The example service helps young people who feel low.',
		offers: ['One-to-one support'],
		provider: 'Example provider',
		ages: { min: 11, max: 18, label: '11 to 18' },
		audiences: ['young-people'],
		areas: ['leicester'],
		topics: ['low-mood'],
		levels: ['low'],
		access: { waysIn: [{ by: ['self'], how: 'phone', contact: 'helpline' }] },
		contacts: [
			{
				id: 'helpline',
				kind: 'phone',
				number: '0808 802 5544',
				hours: { sessions: [{ days: ['mon'], opens: '09:00', closes: '17:00' }] },
			},
		],
		sources: [{ document: 'seed-001', where: "children and young people's table, row 1 (line 6)" }],
		lastChecked: '2026-11-01',
	};
}

/** The folder with one more service, content/services/example-service.yaml (written as JSON, which is YAML too). */
function withService(service: Record<string, any>) {
	return (same: ContentFiles) => [
		...same,
		{ path: 'content/services/example-service.yaml', text: JSON.stringify(service) },
	];
}

describe('a service entry', () => {
	test('a valid entry has no problems', () => {
		expect(problemsAfter(withService(validService()))).toEqual([]);
	});

	const badEntries: [string, (s: Record<string, any>) => void, RegExp][] = [
		['a missing summary', (s) => delete s.summary, /example-service\.yaml: summary: /],
		['an unknown topic', (s) => (s.topics = ['sadness']), /example-service\.yaml: topics\.0: /],
		[
			'a youngest age above the oldest',
			(s) => (s.ages = { min: 19, max: 11, label: '19 to 11' }),
			/example-service\.yaml: ages\.min: the youngest age \(min\) is above the oldest age \(max\)/,
		],
		[
			'a badly formed phone number',
			(s) => (s.contacts[0].number = '0116 295'),
			/example-service\.yaml: contacts\.0\.number: "0116 295" is not a valid UK phone number/,
		],
		[
			'a last-checked date in the future',
			(s) => (s.lastChecked = addMonths(todayIso(), 1)),
			/example-service\.yaml: lastChecked: is in the future/,
		],
		[
			'a date that is not a date',
			(s) => (s.lastChecked = '23/11/2026'),
			/example-service\.yaml: lastChecked: must be a date written as YYYY-MM-DD/,
		],
		[
			'a web link that is not https',
			(s) => s.contacts.push({ kind: 'web', url: 'http://example.org' }),
			/example-service\.yaml: contacts\.1\.url: must be a full web address starting with https:\/\//,
		],
		['an unknown area', (s) => (s.areas = ['nottingham']), /example-service\.yaml: areas\.0: /],
		[
			'an unknown referrer',
			(s) => (s.access.waysIn[0].by = ['friend']),
			/example-service\.yaml: access\.waysIn\.0\.by\.0: /,
		],
		[
			'a way in naming a contact the entry lacks',
			(s) => (s.access.waysIn[0].contact = 'missing'),
			/example-service\.yaml: access\.waysIn\.0\.contact: "missing" is not the id/,
		],
		['no ways in', (s) => (s.access.waysIn = []), /example-service\.yaml: access\.waysIn: /],
		[
			'a summary of two sentences',
			(s) => (s.summary = 'It helps. It is free.'),
			/example-service\.yaml: summary: must be one sentence/,
		],
		[
			'a summary without a full stop',
			(s) => (s.summary = 'It helps young people who feel low'),
			/example-service\.yaml: summary: must end with a full stop/,
		],
		[
			'a field that is not in the schema',
			(s) => (s.phone = '0116 225 2525'),
			/example-service\.yaml: \(whole entry\): .*phone/i,
		],
		[
			'a slug written in the file',
			(s) => (s.slug = 'example-service'),
			/example-service\.yaml: slug: remove this line: the web address comes from the file name/,
		],
		['no sources', (s) => (s.sources = []), /example-service\.yaml: sources: /],
		[
			'an unknown source document',
			(s) => (s.sources = [{ document: 'a-blog', where: 'somewhere' }]),
			/example-service\.yaml: sources\.0\.document: "a-blog" is not a document/,
		],
		[
			'opening hours with a bad time',
			(s) => (s.contacts[0].hours.sessions[0].opens = '9am'),
			/example-service\.yaml: contacts\.0\.hours\.sessions\.0\.opens: must be a time like 09:30/,
		],
		[
			'a bad email address',
			(s) => s.contacts.push({ kind: 'email', address: 'not-an-email' }),
			/example-service\.yaml: contacts\.1\.address: must be an email address/,
		],
		[
			'a number that must never be published',
			(s) => (s.access.notes = ['Or call 0116 295 3060.']),
			/example-service\.yaml: access\.notes\.0: contains 0116 295 3060, which must not be published/,
		],
		[
			'a bad postcode',
			(s) => (s.locations = [{ name: 'Base', address: ['1 Street'], postcode: 'LE2', area: 'leicester' }]),
			/example-service\.yaml: locations\.0\.postcode: must be a UK postcode/,
		],
	];

	test.each(badEntries)('%s fails, naming the file and the field', (_name, breakIt, expected) => {
		const service = validService();
		breakIt(service);
		expect(problemsAfter(withService(service)).join('\n')).toMatch(expected);
	});
});

describe('an entry past its review date (6 months after lastChecked)', () => {
	const twoYearsAgo = { ...validService(), lastChecked: addMonths(todayIso(), -24) };
	test('stops a production build, saying when it was due', () => {
		expect(problemsAfter(withService(twoYearsAgo), { production: true }).join('\n')).toMatch(
			/example-service\.yaml: lastChecked: was last checked on .* and was due again on .*: check it against its sources/,
		);
	});
	test('goes ahead when the content team records why', () => {
		expect(
			problemsAfter(
				withService({ ...twoYearsAgo, overdueBecause: 'The service is moving; we check again when it has.' }),
				{ production: true },
			),
		).toEqual([]);
	});
	test('does not stop the site being developed', () => {
		expect(problemsAfter(withService(twoYearsAgo), { production: false })).toEqual([]);
	});
	test('a guide too (its lastReviewed)', () => {
		const old = (same: ContentFiles) =>
			same.map((file) =>
				file.path === 'content/guides/sleep.md'
					? { ...file, text: file.text.replace(/lastReviewed: .*/, 'lastReviewed: 2024-12-01') }
					: file,
			);
		expect(problemsAfter(old, { production: true }).join('\n')).toMatch(
			/sleep\.md: lastReviewed: was last checked on 1 December 2024 and was due again on 1 June 2025/,
		);
	});
	test('a crisis line too', () => {
		const old = (same: ContentFiles) =>
			same.map((file) =>
				file.path === 'content/crisis-lines.yaml'
					? { ...file, text: file.text.replace(/lastChecked: .*/, 'lastChecked: 2020-01-01') }
					: file,
			);
		expect(problemsAfter(old, { production: true }).join('\n')).toMatch(
			/crisis-lines\.yaml: 0\.lastChecked: was last checked on 1 January 2020/,
		);
	});
});

test('a crisis line cannot carry a public caution: open questions go to the review report', () => {
	const edit = (same: ContentFiles) =>
		same.map((file) =>
			file.path === 'content/crisis-lines.yaml'
				? {
						...file,
						text: file.text.replace('  urgency: emergency', '  urgency: emergency\n  needsVerification: true'),
					}
				: file,
		);
	expect(problemsAfter(edit).join('\n')).toMatch(/content\/crisis-lines\.yaml: 0: .*needsVerification/);
});

describe('the Astro loaders', () => {
	function context(root: string, stored: { id: string }[]): LoaderContext {
		return {
			collection: 'test',
			config: { root: pathToFileURL(`${root}/`) },
			store: { clear: () => (stored.length = 0), set: (entry: { id: string }) => stored.push(entry) },
			parseData: async ({ data }: { data: unknown }) => data,
			generateDigest: () => 'digest',
			renderMarkdown: async () => ({ html: '' }),
			logger: { error: () => {} },
		} as unknown as LoaderContext;
	}

	test('store every service under its file name', async () => {
		const stored: { id: string }[] = [];
		await contentLoader('services').load(context(process.cwd(), stored));
		expect(stored.map((entry) => entry.id).sort()).toEqual(
			loadContent()
				.services.map((service) => service.slug)
				.sort(),
		);
		expect(stored.map((entry) => entry.id)).toContain('samaritans');
	});

	test('stop the build on bad content, naming the file and the field', async () => {
		const root = mkdtempSync(join(tmpdir(), 'llr-content-'));
		try {
			mkdirSync(join(root, 'content/services'), { recursive: true });
			writeFileSync(join(root, 'content/services/broken-service.yaml'), 'name: Broken\nsummary: No full stop here\n');
			await expect(contentLoader('services').load(context(root, []))).rejects.toThrow(
				/content\/services\/broken-service\.yaml: summary: must end with a full stop/,
			);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
