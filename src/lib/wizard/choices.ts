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
import { modesOf, tagsOf, type Fit, type Tag } from './match.ts';
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

/**
 * How a card stands for a chosen need or situation, for its place in the list: the card to show first ("lead", the
 * best that gives a way to make contact), made for it, or helps with it. Cards for mental health in general have none.
 */
export type Standing = 'lead' | 'made' | 'helps';
const standings: readonly Standing[] = ['helps', 'made', 'lead'];
/** The place each standing gives in the list (CSS `order`): lower comes first. */
const standingOrder: Record<Standing, number> = { lead: -4, made: -3, helps: -2 };
/** The place a card offering the preferred way of getting support gains. */
const preferredOrder = -10;

/** The class for a card's standing for a tag, e.g. "made-need-anxiety". */
export function standingClass(standing: Standing, tag: Tag): string {
	return `${standing}-${tag.replace(':', '-')}`;
}

/** The class that hides a card while a need or situation it is wrong for is chosen, e.g. "not-need-sexual-abuse". */
export function hideClass(tag: Tag): string {
	return `not-${tag.replace(':', '-')}`;
}

/** Every class a results card carries: what it is shown for, how it stands for each, what hides it, and its ways. */
export function cardClasses(fit: Fit): string[] {
	const standingOf = (tag: Tag): Standing | undefined => {
		if (fit.leads.includes(tag)) return 'lead';
		const need = fit.needs.find((entry) => `need:${entry.need}` === tag);
		if (need) return need.fit === 'general' ? undefined : need.fit;
		const situation = tag.slice('situation:'.length);
		return (fit.service.onlyFor as readonly string[]).includes(situation) ? 'made' : undefined;
	};
	const tags = tagsOf(fit);
	return [
		...pickClasses(tags),
		...tags.flatMap((tag) => {
			const standing = standingOf(tag);
			return standing ? [standingClass(standing, tag)] : [];
		}),
		...fit.hiddenFor.map(hideClass),
		...modesOf(fit.service).map(modeClass),
	];
}

/**
 * The rules that show what is chosen. `needs` and `situations` are every id the page may offer; `preferences` every
 * way of getting support except "no preference".
 */
export function choicesCss(
	needs: readonly string[],
	situations: readonly string[],
	preferences: readonly string[],
): string {
	const page = '.choices-page';
	const tags = [...needs.map((id) => ['need', id] as const), ...situations.map((id) => ['situation', id] as const)];
	const checked = (kind: ChoiceKind, id: string) => `:has(#${inputId(kind, id)}:checked)`;
	const anyChoice = tags.map(([kind, id]) => `#${inputId(kind, id)}:checked`).join(',');
	return [
		'@supports selector(:has(*)){',
		`${page} .pick{display:none}`,
		...tags.map(([kind, id]) => `${page}${checked(kind, id)} .for-${kind}-${id}{display:var(--pick-display,block)}`),
		// Wrong for something chosen: hidden, whatever else it is shown for (these rules come after the ones that show).
		...tags.map(([kind, id]) => `${page}${checked(kind, id)} .not-${kind}-${id}{display:none}`),
		`${page}:has(${anyChoice}) .when-none{display:none}`,
		// Order without JavaScript: the preferred way first, then the card that leads, made for, and helps with each
		// chosen need or situation; otherwise the page's own order. A later rule wins, so a card takes its best standing.
		// With JavaScript (is-enhanced) the list is reordered in the page itself, so the order shown and read agree.
		`${page}:not(.is-enhanced) .result-list>*{order:calc(var(--pick-standing,0) + var(--pick-preferred,0))}`,
		...standings.flatMap((standing) =>
			tags.map(
				([kind, id]) =>
					`${page}:not(.is-enhanced)${checked(kind, id)} .result-list>.${standing}-${kind}-${id}{--pick-standing:${standingOrder[standing]}}`,
			),
		),
		...preferences.map(
			(id) =>
				`${page}:not(.is-enhanced)${checked('prefer', id)} .result-list>.${modeClass(id)}{--pick-preferred:${preferredOrder}}`,
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
export function readChoices(
	fragment: string,
	valid: { needs: readonly string[]; situations: readonly string[]; preferences: readonly string[] },
): Choices {
	const fields = new Map<string, string>();
	for (const part of fragment.replace(/^#/, '').split('&')) {
		const [key, value = ''] = part.split('=');
		if (key) fields.set(key, percentDecode(value));
	}
	const list = (key: string, allowed: readonly string[]) =>
		[...new Set((fields.get(key) ?? '').split(','))].filter((id) => allowed.includes(id));
	const preference = fields.get('prefer');
	return {
		needs: list('help', valid.needs),
		situations: list('also', valid.situations),
		preference: preference && valid.preferences.includes(preference) ? preference : undefined,
	};
}

/**
 * The order of the list for these choices: the same as the CSS gives without JavaScript. Items offering the preferred
 * way first; then by their best standing for a chosen need or situation (lead, made for it, helps with it); otherwise
 * their original order (how well each fits).
 */
export function inChosenOrder<T>(
	items: readonly T[],
	classesOf: (item: T) => readonly string[],
	choices: Choices,
): T[] {
	const tags = chosenTags(choices);
	const preferred =
		choices.preference && choices.preference !== 'no-preference' ? modeClass(choices.preference) : undefined;
	const rank = (item: T) => {
		const classes = classesOf(item);
		const standing = Math.min(
			0,
			...standings.flatMap((standing) =>
				tags.some((tag) => classes.includes(standingClass(standing, tag))) ? [standingOrder[standing]] : [],
			),
		);
		return standing + (preferred && classes.includes(preferred) ? preferredOrder : 0);
	};
	return items
		.map((item, index) => ({ item, index, rank: rank(item) }))
		.sort((a, b) => a.rank - b.rank || a.index - b.index)
		.map(({ item }) => item);
}

/** The tags chosen. */
function chosenTags(choices: Choices): Tag[] {
	return [
		...choices.needs.map((id) => `need:${id}` as Tag),
		...choices.situations.map((id) => `situation:${id}` as Tag),
	];
}

/** True when an element tagged with these classes is shown for the chosen needs and situations. */
export function isShownFor(classes: readonly string[], choices: Choices): boolean {
	const tags = chosenTags(choices);
	return tags.some((tag) => classes.includes(tagClass(tag))) && !tags.some((tag) => classes.includes(hideClass(tag)));
}
