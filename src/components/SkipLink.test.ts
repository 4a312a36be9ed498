import { describe, expect, test } from 'vitest';
import { render } from '../../tests/components/render.ts';
import SkipLink from './SkipLink.astro';

describe('SkipLink', () => {
	test('jumps past the repeated parts to the main content', async () => {
		const page = await render(SkipLink);
		expect(page.links()).toEqual([{ text: 'Skip to main content', href: '#main-content' }]);
	});
});
