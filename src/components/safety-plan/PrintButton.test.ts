import { describe, expect, test } from 'vitest';
import { isHidden, render } from '../../../tests/components/render.ts';
import PrintButton from './PrintButton.astro';

describe('PrintButton', () => {
	test('without JavaScript: how to print; the button stays hidden until its script shows it', async () => {
		const page = await render(PrintButton);
		expect(page.text('[data-no-js-print]')).toBe(
			"To print this page, or save it as a PDF, use your browser's Print option (often in the menu, or Ctrl+P).",
		);
		expect(isHidden(page.one('button'))).toBe(true);
		expect(page.text('button')).toBe('Print or save as PDF');
		expect(page.one('print-page').attributes['class']).toBe('no-print');
	});
});
