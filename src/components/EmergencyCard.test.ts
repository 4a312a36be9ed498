import { describe, expect, test } from 'vitest';
import { phoneOf, render } from '../../tests/components/render.ts';
import EmergencyCard from './EmergencyCard.astro';

describe('EmergencyCard', async () => {
	const phone = await phoneOf('emergency');

	test('to the person: "Call 999 or go to A&E now if:" with 999 a link, and when to do it', async () => {
		const page = await render(EmergencyCard);
		expect(page.text('h2')).toBe(`Immediate action required: Call ${phone.number} or go to A&E now if:`);
		expect(page.links('h2 a')).toEqual([{ text: phone.number, href: phone.href }]);
		expect(page.all('li')).toHaveLength(3);
		expect(page.text('ul')).toContain('you do not feel you can keep yourself or someone else safe right now');
	});

	test('to someone worried about another person, with what the page adds, as the page title', async () => {
		const page = await render(EmergencyCard, {
			props: { about: 'them', headingLevel: 1, id: 'emergency' },
			slots: { default: '<p>Stay with them if it is safe to do so.</p>' },
		});
		expect(page.text('h1')).toContain('now if:');
		expect(page.text('ul')).toContain('they are in danger and you cannot keep them safe');
		expect(page.text('ul')).not.toContain('you do not feel');
		expect(page.text('#emergency')).toContain('Stay with them if it is safe to do so.');
	});
});
