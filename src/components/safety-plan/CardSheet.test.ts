import { describe, expect, test } from 'vitest';
import { render } from '../../../tests/components/render.ts';
import CardSheet from './CardSheet.astro';

const faces = { front: '<h2>When things get hard</h2>', back: '<h2>Help</h2>' };

describe('CardSheet', () => {
	test('two faces side by side, front then back, with cut and fold marks hidden from screen readers', async () => {
		const page = await render(CardSheet, { slots: faces });
		expect(page.all('.crisis-card__side').map((side) => side.children.length)).toEqual([1, 1]);
		expect(page.text('.crisis-card')).toBe('When things get hard Help');
		expect(page.one('svg').attributes).toMatchObject({ 'aria-hidden': 'true', focusable: 'false' });
		expect(page.one('svg').attributes['width']).toBe('186mm');
		// A mark on each edge at each of the four corners, and a dashed fold mark above and below the middle.
		expect(page.all('line')).toHaveLength(10);
		expect(page.all('line[stroke-dasharray]')).toHaveLength(2);
	});

	test("a card whose lines are all open all the time is marked so, to leave out each line's hours", async () => {
		const always = await render(CardSheet, { props: { alwaysOpen: true }, slots: faces });
		expect(always.one('.crisis-card').attributes['class']).toContain('crisis-card--always-open');
		const sometimes = await render(CardSheet, { slots: faces });
		expect(sometimes.one('.crisis-card').attributes['class']).not.toContain('crisis-card--always-open');
	});
});
