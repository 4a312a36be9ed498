/**
 * People's journeys through "which service?" (tests/unit/journeys.ts), read as the page shows them: the cards shown
 * for their choices, in the order the page puts them (src/lib/wizard/choices.ts, the same order with and without
 * JavaScript), and the lines under "People you can contact now".
 */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/integrations/content/load.ts';
import { cardClasses, inChosenOrder, isShownFor, type Choices } from '../../src/lib/wizard/choices.ts';
import { hasContact, type Person, type Results } from '../../src/lib/wizard/match.ts';
import { pageResults, wizardFrom } from '../../src/lib/wizard/pages.ts';
import { journeys, type Journey } from './journeys.ts';

const content = loadContent();
const wizard = wizardFrom(
	content.services,
	content.guides.map((guide) => guide.data),
	content.crisisLines.map((line) => line.id),
);
const slugs = new Set(content.services.map((service) => service.slug));

function personFor(journey: Journey): Person {
	const band = wizard.bands.find(
		(candidate) => candidate.min <= journey.age && (candidate.max === null || journey.age <= candidate.max),
	)!;
	return { who: journey.who ?? 'me', band, area: journey.area };
}

/** The cards a person sees for their choices, in the page's order. */
function cardsSeen(results: Results, choices: Choices) {
	return inChosenOrder(results.list, cardClasses, choices).filter((fit) => isShownFor(cardClasses(fit), choices));
}

describe('journeys through "which service?"', () => {
	test('there are at least 40, every need they name is offered, and every service they name is real', () => {
		expect(journeys.length).toBeGreaterThanOrEqual(40);
		const offered = new Set(wizard.needs.map((need) => need.id));
		for (const journey of journeys) {
			for (const need of journey.needs) expect(offered.has(need), `${journey.name}: ${need}`).toBe(true);
			for (const slug of [...(journey.right ?? []), ...(journey.wrong ?? []), ...(journey.helpNow ?? [])])
				expect(slugs.has(slug), `${journey.name}: ${slug}`).toBe(true);
		}
	});

	test.each(journeys.map((journey) => [journey.name, journey] as const))('%s', (_name, journey) => {
		const person = personFor(journey);
		const results = pageResults(wizard, person);
		const seen = cardsSeen(results, {
			needs: journey.needs,
			situations: journey.situations ?? [],
			preference: undefined,
		});
		const order = seen.map((fit) => fit.service.slug);
		expect(order.length, 'some support is shown').toBeGreaterThan(0);
		if (journey.right)
			expect(
				order.slice(0, 3).filter((slug) => journey.right!.includes(slug)),
				`first three: ${order.slice(0, 3).join(', ')}`,
			).not.toEqual([]);
		for (const slug of journey.wrong ?? []) expect(order, `${slug} is not right for them`).not.toContain(slug);
		if (journey.helpNow) expect(results.helpNow.map((service) => service.slug)).toEqual(journey.helpNow);
		// The first card gives a way to make contact whenever any card shown does.
		if (seen.some((fit) => hasContact(fit.service, person)))
			expect(hasContact(seen[0]!.service, person), `first card ${order[0]} has a contact`).toBe(true);
	});
});
