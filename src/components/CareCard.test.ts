import { describe, expect, test } from 'vitest';
import { render } from '../../tests/components/render.ts';
import CareCard from './CareCard.astro';

describe('CareCard', () => {
	test('says how urgent the advice is in words before the heading, not only by colour', async () => {
		const cases = [
			['emergency', 'Immediate action required: Call now'],
			['urgent', 'Urgent advice: Call now'],
			['non-urgent', 'Non-urgent advice: Call now'],
		] as const;
		for (const [urgency, heading] of cases) {
			const page = await render(CareCard, { props: { urgency, heading: 'Call now' } });
			expect(page.text('h2')).toBe(heading);
		}
	});

	test("as a page's main message its heading is the h1, and the card keeps its content and id", async () => {
		const page = await render(CareCard, {
			props: { urgency: 'emergency', heading: 'Get help', headingLevel: 1, id: 'now' },
			slots: { default: '<p>Stay with them.</p>' },
		});
		expect(page.text('h1')).toBe('Immediate action required: Get help');
		expect(page.all('h2')).toEqual([]);
		expect(page.one('#now').attributes['class']).toContain('care-card--emergency');
		expect(page.text('.care-card__content')).toBe('Stay with them.');
	});

	test('a heading slot holds links', async () => {
		const page = await render(CareCard, {
			props: { urgency: 'urgent', headingLevel: 3 },
			slots: { heading: 'See <a href="/urgent-help/">urgent help</a>' },
		});
		expect(page.text('h3')).toBe('Urgent advice: See urgent help');
		expect(page.links('h3 a')).toEqual([{ text: 'urgent help', href: '/urgent-help/' }]);
	});

	test('where the heading says how urgent it is in another language, the English label can be left off', async () => {
		const page = await render(CareCard, {
			props: { urgency: 'emergency', urgencyLabel: false },
			slots: { heading: '<span lang="pl">Jeśli czyjeś życie jest zagrożone</span>' },
		});
		expect(page.text('h2')).toBe('Jeśli czyjeś życie jest zagrożone');
		expect(page.all('.care-card__urgency')).toEqual([]);
		expect(page.one('.care-card').attributes['class']).toContain('care-card--emergency');
	});
});
