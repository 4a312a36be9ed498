import { describe, expect, test } from 'vitest';
import { render } from '../../tests/components/render.ts';
import { getCrisisLines } from '../data/content.ts';
import CrisisLineList from './CrisisLineList.astro';

const lines = await getCrisisLines();

describe('CrisisLineList', () => {
	test('each line in the order given, with what it is for, who it is for and a link for every contact', async () => {
		const page = await render(CrisisLineList, { props: { lines } });
		expect(page.all('h3')).toHaveLength(lines.length);
		expect(page.all('li[data-crisis-line]').map((item) => item.attributes['data-crisis-line'])).toEqual(
			lines.map((line) => line.id),
		);
		const samaritans = lines.find((line) => line.id === 'samaritans')!;
		expect(page.text('[data-crisis-line="samaritans"] h3')).toBe(samaritans.name);
		expect(page.text('[data-crisis-line="samaritans"] .crisis-lines__who')).toBe(`For: ${samaritans.who}.`);
		expect(page.links('[data-crisis-line="samaritans"] a')).toHaveLength(samaritans.contacts.length);
	});

	test('headings at level 2 when the list is under the page title', async () => {
		const page = await render(CrisisLineList, { props: { lines: lines.slice(0, 2), headingLevel: 2 } });
		expect(page.all('h2')).toHaveLength(2);
		expect(page.all('h3')).toEqual([]);
	});

	test('compact (the footer): name, who it is for and the contacts on one line, with no headings', async () => {
		const page = await render(CrisisLineList, { props: { lines, compact: true } });
		expect(page.all('h2, h3')).toEqual([]);
		const shout = lines.find((line) => line.id === 'shout')!;
		expect(page.text('[data-crisis-line="shout"]')).toMatch(new RegExp(`^${shout.name} \\(${shout.who}\\): Text`));
	});
});
