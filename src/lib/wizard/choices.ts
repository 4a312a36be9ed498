/**
 * The choices made on the results page (needs, situations, how they would like support) and how the page shows the
 * support that matches them.
 *
 * Without JavaScript: every card is in the page once, tagged with the needs and situations it is for. Checkboxes and
 * radio buttons are ordinary form controls; CSS shows a card only while one of its tags is ticked
 * (`.choices-page:has(#need-anxiety:checked) .for-need-anxiety`), and moves cards offering the preferred way to the top
 * of the one list with `order`. Browsers without :has() ignore those rules and show everything, which is still
 * complete and correct.
 * With JavaScript (src/elements/wizard-choices.ts): the choices go in the address after #, so a link can be shared
 * and restored; the list is reordered in the page itself, so reading and tab order follow what is seen; and a status
 * line says how many services are shown.
 *
 * The ids and classes are made here, once, for the page, the CSS and the script.
 */
import type { Tag } from './match.ts';
import { percentDecode } from '../percent-decode.ts';

export type ChoiceKind = 'need' | 'situation' | 'prefer';

/** The id of a checkbox or radio button, e.g. "need-anxiety". */
export function inputId(kind: ChoiceKind, id: string): string {
	return `${kind}-${id}`;
}

/** The class that shows an element when a need or situation is chosen, e.g. "for-need-anxiety". */
export function tagClass(tag: Tag): string {
	return `for-${tag.replace(':', '-')}`;
}

/** The classes for an element shown only for some tags. */
export function pickClasses(tags: readonly Tag[]): string[] {
	return ['pick', ...new Set(tags.map(tagClass))];
}

/** The class that puts a card first when its way of getting support is preferred, e.g. "mode-phone". */
export function modeClass(mode: string): string {
	return `mode-${mode}`;
}

/** The class that puts a card above general ones when it is made for a chosen need or situation, e.g. "made-need-anxiety". */
export function madeClass(tag: Tag): string {
	return `made-${tag.replace(':', '-')}`;
}

/**
 * The rules that show what is chosen. `needs` and `situations` are every id the page may offer; `preferences` every
 * way of getting support except "no preference".
 */
export function choicesCss(needs: readonly string[], situations: readonly string[], preferences: readonly string[]): string {
	const page = '.choices-page';
	const show = (kind: ChoiceKind, id: string) =>
		`${page}:has(#${inputId(kind, id)}:checked) .for-${kind}-${id}{display:var(--pick-display,block)}`;
	const anyChoice = [...needs.map((id) => `#${inputId('need', id)}:checked`), ...situations.map((id) => `#${inputId('situation', id)}:checked`)].join(',');
	return [
		'@supports selector(:has(*)){',
		`${page} .pick{display:none}`,
		...needs.map((id) => show('need', id)),
		...situations.map((id) => show('situation', id)),
		`${page}:has(${anyChoice}) .when-none{display:none}`,
		// Order: cards offering the preferred way first, and within each, those made for a chosen need or situation
		// first; otherwise the page's own order (how specifically each fits). With JavaScript (is-enhanced) the list is
		// reordered in the page itself instead, so the order shown and the order read agree.
		...[...needs.map((id) => ['need', id] as const), ...situations.map((id) => ['situation', id] as const)].map(
			([kind, id]) => `${page}:not(.is-enhanced):has(#${inputId(kind, id)}:checked) .result-list>.made-${kind}-${id}{order:-1}`
		),
		...preferences.map((id) => `${page}:not(.is-enhanced):has(#${inputId('prefer', id)}:checked) .result-list>.${modeClass(id)}{order:-3}`),
		...preferences.flatMap((preference) =>
			[...needs.map((id) => ['need', id] as const), ...situations.map((id) => ['situation', id] as const)].map(
				([kind, id]) =>
					`${page}:not(.is-enhanced):has(#${inputId('prefer', preference)}:checked):has(#${inputId(kind, id)}:checked) .result-list>.${modeClass(preference)}.made-${kind}-${id}{order:-4}`
			)
		),
		'}',
	].join('\n');
}

export type Choices = { needs: string[]; situations: string[]; preference: string | undefined };

/** The choices written in an address fragment: "help=anxiety,self-harm&also=student&prefer=phone". */
export function writeChoices(choices: Choices): string {
	const parts: string[] = [];
	if (choices.needs.length > 0) parts.push(`help=${choices.needs.join(',')}`);
	if (choices.situations.length > 0) parts.push(`also=${choices.situations.join(',')}`);
	if (choices.preference && choices.preference !== 'no-preference') parts.push(`prefer=${choices.preference}`);
	return parts.join('&');
}

/** Reads choices from an address fragment, keeping only values the page offers (a changed link cannot inject anything). */
export function readChoices(fragment: string, valid: { needs: readonly string[]; situations: readonly string[]; preferences: readonly string[] }): Choices {
	const fields = new Map<string, string>();
	for (const part of fragment.replace(/^#/, '').split('&')) {
		const [key, value = ''] = part.split('=');
		if (key) fields.set(key, percentDecode(value));
	}
	const list = (key: string, allowed: readonly string[]) => [...new Set((fields.get(key) ?? '').split(','))].filter((id) => allowed.includes(id));
	const preference = fields.get('prefer');
	return {
		needs: list('help', valid.needs),
		situations: list('also', valid.situations),
		preference: preference && valid.preferences.includes(preference) ? preference : undefined,
	};
}

/**
 * The order of the list for these choices: items offering the preferred way first; within those and the rest, items
 * made for a chosen need or situation first; otherwise their original order (how specifically each fits).
 * The same order as the CSS gives without JavaScript.
 */
export function inChosenOrder<T>(items: readonly T[], classesOf: (item: T) => readonly string[], choices: Choices): T[] {
	const made = new Set([...choices.needs.map((id) => `made-need-${id}`), ...choices.situations.map((id) => `made-situation-${id}`)]);
	const preferred = choices.preference && choices.preference !== 'no-preference' ? modeClass(choices.preference) : undefined;
	const rank = (item: T) => {
		const classes = classesOf(item);
		return (preferred && classes.includes(preferred) ? 0 : 2) + (classes.some((name) => made.has(name)) ? 0 : 1);
	};
	return items.map((item, index) => ({ item, index, rank: rank(item) })).sort((a, b) => a.rank - b.rank || a.index - b.index).map(({ item }) => item);
}

/** True when an element tagged with these classes is shown for the chosen needs and situations. */
export function isShownFor(classes: readonly string[], choices: Choices): boolean {
	const chosen = new Set([...choices.needs.map((id) => `for-need-${id}`), ...choices.situations.map((id) => `for-situation-${id}`)]);
	return classes.some((name) => chosen.has(name));
}
