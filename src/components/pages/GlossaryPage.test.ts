import { describe, expect, test } from 'vitest';
import { phoneOf, render } from '../../../tests/components/render.ts';
import { getGlossary } from '../../data/content.ts';
import GlossaryPage from './GlossaryPage.astro';

describe('GlossaryPage', () => {
	test('every term once, under its letter, with 999 in a definition as a link to call', async () => {
		const page = await render(GlossaryPage, { path: '/glossary/' });
		expect(page.text('h1')).toBe('Jargon buster');
		const glossary = await getGlossary();
		for (const entry of glossary) expect(page.all(`[id="${entry.id}"]`), entry.id).toHaveLength(1);
		const emergency = await phoneOf('emergency');
		expect(page.links('main a').map((link) => link.href)).toContain(emergency.href);
	});
});
