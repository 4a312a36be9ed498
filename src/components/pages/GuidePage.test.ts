import { describe, expect, test } from 'vitest';
import { render } from '../../../tests/components/render.ts';
import { getCrisisLines, getGuides } from '../../data/content.ts';
import GuidePage from './GuidePage.astro';

describe('GuidePage', async () => {
	const [guide] = await getGuides();

	test('the guide with its title, then who to talk to now: every crisis line once', async () => {
		const page = await render(GuidePage, { path: `/self-help/${guide!.id}/`, props: { guide } });
		expect(page.text('h1')).toBe(guide!.data.title);
		const lines = await getCrisisLines();
		expect(page.all('main [data-crisis-line]').map((line) => line.attributes['data-crisis-line'])).toEqual(
			lines.map((line) => line.id),
		);
	});
});
