import { describe, expect, test } from 'vitest';
import { reviewReport, reviewTotals } from '../../src/lib/content/review.ts';
import contentReview from '../../src/integrations/content-review.ts';
import { crisisLineSchema } from '../../src/schemas/crisis-line.ts';
import { service } from './service-fixture.ts';

const line = crisisLineSchema.parse({
	id: 'local-line',
	name: 'Local line',
	purpose: 'Urgent help by phone, any time.',
	who: 'Anyone',
	urgency: 'urgent',
	contacts: [{ kind: 'phone', number: '0808 800 3302' }],
	sources: [{ document: 'seed-003', where: 'letter' }],
	lastChecked: '2026-11-01',
	openQuestions: ['Is this line still for the public?'],
});

describe('the content review report', () => {
	test('lists overdue entries first, then those with most to check, and leaves out clean ones', () => {
		const items = reviewReport(
			[
				service({ slug: 'clean' }),
				service({ slug: 'questions', openQuestions: ['Which team?'] }),
				service({
					slug: 'hinted',
					contacts: [],
					access: { waysIn: [{ by: ['self'], how: 'web-form', confirmed: false }, { by: ['gp'] }] },
					openQuestions: ['Which team?'],
				}),
				service({ slug: 'old', lastChecked: '2025-01-01' }),
			],
			[line],
			'2026-11-23',
		);
		expect(items.map((item) => item.file)).toEqual([
			'content/services/old.yaml',
			'content/services/hinted.yaml',
			'content/crisis-lines.yaml',
			'content/services/questions.yaml',
		]);
		expect(items[0]).toMatchObject({ overdue: true, reviewDue: '2025-07-01' });
		expect(items[1]!.unconfirmed).toEqual(['self: a form on their website']);
		expect(reviewTotals(items)).toMatchObject({ entries: 4, overdue: 1, unconfirmed: 1, openQuestions: 3 });
	});

	test('lists entries that fall due within the next month after the overdue ones, and totals them', () => {
		const items = reviewReport(
			[
				service({ slug: 'clean', lastChecked: '2026-11-01' }),
				service({ slug: 'due-soon', lastChecked: '2026-06-15' }),
				service({ slug: 'old', lastChecked: '2025-01-01' }),
			],
			[],
			'2026-12-07',
		);
		expect(items.map((item) => [item.file, item.overdue, item.dueSoon])).toEqual([
			['content/services/old.yaml', true, false],
			['content/services/due-soon.yaml', false, true],
		]);
		expect(reviewTotals(items)).toMatchObject({ overdue: 1, dueSoon: 1 });
	});

	test('is served only by the dev server, never built into the public site', () => {
		const injected: string[] = [];
		const setup = contentReview().hooks['astro:config:setup'] as (options: unknown) => void;
		for (const command of ['build', 'preview', 'dev'])
			setup({ command, injectRoute: (route: { pattern: string }) => injected.push(`${command} ${route.pattern}`) });
		expect(injected).toEqual(['dev /content-review']);
	});
});
