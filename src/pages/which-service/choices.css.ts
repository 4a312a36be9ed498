/**
 * The rules that show the support for what is ticked on a "which service?" results page, made from the same lists
 * as the page (src/lib/wizard/choices.ts), so a new need or situation needs no hand-written CSS.
 */
import type { APIRoute } from 'astro';
import { getWizardData } from '../../data/wizard.ts';
import { choicesCss } from '../../lib/wizard/choices.ts';
import { preferenceOptions } from '../../lib/wizard/questions.ts';
import { situations } from '../../base/vocabulary.ts';

export const GET: APIRoute = async () => {
	const { needs } = await getWizardData();
	const css = choicesCss(
		needs.map((need) => need.id),
		situations.ids,
		preferenceOptions.filter((option) => option.id !== 'no-preference').map((option) => option.id),
	);
	return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
