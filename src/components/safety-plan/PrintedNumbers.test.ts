import { describe, expect, test } from 'vitest';
import { find, render, textOf } from '../../../tests/components/render.ts';
import { getCrisisLines } from '../../data/content.ts';
import { planCrisisLines } from '../../lib/safety-plan/sections.ts';
import PrintedNumbers from './PrintedNumbers.astro';

describe('PrintedNumbers', () => {
	test("the plan's crisis lines from the content, each named, with a link for each contact", async () => {
		const lines = planCrisisLines(await getCrisisLines());
		const page = await render(PrintedNumbers);
		const items = page.all('li');
		expect(items.map((item) => item.attributes['data-crisis-line'])).toEqual(lines.map((line) => line.id));
		lines.forEach((line, index) => expect(textOf(find(items[index]!, 'strong')[0]!)).toBe(`${line.name}:`));
		expect(page.links()).toHaveLength(lines.flatMap((line) => line.contacts).length);
	});
});
