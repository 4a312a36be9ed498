import { describe, expect, test } from 'vitest';
import { render, textOf } from '../../../tests/components/render.ts';
import { getCrisisLines } from '../../data/content.ts';
import { planCrisisLineIds } from '../../lib/safety-plan/sections.ts';
import CrisisCardPage from './CrisisCardPage.astro';

describe('CrisisCardPage', () => {
	test('how to print and cut it out, then the card: words to hold on to on the front, numbers on the back', async () => {
		const page = await render(CrisisCardPage, { path: '/safety-plan/crisis-card/' });
		expect(page.text('h1')).toBe('Crisis card');
		expect(page.text('main')).toContain('print at 100% scale');
		const [front, back] = page.all('.crisis-card__side').map(textOf);
		expect(front).toContain('When things get hard I can get through this. Look at my safety plan.');
		expect(back).toMatch(/^Help/);
		expect(page.all('.crisis-card [data-crisis-line]').map((line) => line.attributes['data-crisis-line'])).toEqual([
			...planCrisisLineIds,
		]);
	});

	test('says "any time" only when every line on the card is open all the time', async () => {
		const onCard = (await getCrisisLines()).filter((line) =>
			(planCrisisLineIds as readonly string[]).includes(line.id),
		);
		const always = onCard.every((line) => line.contacts.every((contact) => contact.hours?.always === true));
		const page = await render(CrisisCardPage, { path: '/safety-plan/crisis-card/' });
		const headings = page.all('.crisis-card h2');
		expect(headings.length).toBe(2);
		expect(page.text('.crisis-card')).toContain(always ? 'Help, any time' : 'Help');
		expect(page.one('.crisis-card').attributes['class']!.includes('crisis-card--always-open')).toBe(always);
	});

	test('links to the card in each language', async () => {
		const page = await render(CrisisCardPage, { path: '/safety-plan/crisis-card/' });
		expect(page.all('link[hreflang]').map((link) => link.attributes['href'])).toContain(
			'http://localhost:4321/safety-plan/crisis-card/',
		);
	});
});
