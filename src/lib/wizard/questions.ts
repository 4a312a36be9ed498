/**
 * The "which service is right for me?" questions, as data. Who, age and area are asked one per page and carried in
 * the page path, so every step is a real static page that works without JavaScript (see paths.ts). What the person
 * needs, their situation and how they would like support are answered on the results page itself, as checkboxes that
 * show the matching support at once (see choices.ts), so a person can say everything that matters, with or without
 * JavaScript, without a page for every combination.
 */
import { areas, situations, topics, type Area, type Situation, type Topic } from '../../base/vocabulary.ts';
import type { AgeRange } from './ages.ts';

/**
 * Who the help is for. Answers for "my child" and "someone else" share pages: the services that fit are the same,
 * and the wording ("they") reads right for both.
 */
export type Who = 'me' | 'someone-else';
export const whoIds: readonly Who[] = ['me', 'someone-else'];

/** The answers shown on the "who" question: two of them lead to the same pages. */
export const whoOptions: { label: string; who: Who }[] = [
	{ label: 'Me', who: 'me' },
	{ label: 'My child', who: 'someone-else' },
	{ label: "Someone else I'm worried about or care for", who: 'someone-else' },
];

export type AreaAnswer = Area | 'not-sure';
export const areaOptions: { id: AreaAnswer; label: string; hint?: string | undefined }[] = [
	...areas.entries.map(({ id, label, hint }) => ({ id, label, hint })),
	{ id: 'not-sure', label: "I'm not sure" },
];
export const areaIds: readonly AreaAnswer[] = areaOptions.map((option) => option.id);

/** A need a person can choose: a topic, or "not sure". */
export type Need = Topic | 'not-sure';

/**
 * The needs offered, most asked about first. Topics that are not a need a person would name are left out:
 * "general" (that is "not sure"), sexual health (a directory topic) and pregnancy (a situation, asked separately).
 */
const needOrder: readonly Topic[] = [
	'low-mood',
	'anxiety',
	'suicidal-thoughts',
	'self-harm',
	'loneliness',
	'caring',
	'anger',
	'bereavement',
	'eating',
	'alcohol',
	'drugs',
	'smoking',
	'relationships',
	'psychosis',
	'memory',
	'neurodiversity',
	'sexual-abuse',
	'personality',
	'physical-health',
	'criminal-justice',
	'employment',
	'wellbeing',
];

/** Needs that put help now first on the results when chosen. */
export const urgentNeeds: readonly Need[] = ['suicidal-thoughts', 'self-harm'];

export type NeedOption = { id: Need; label: string; hint?: string | undefined };

/**
 * The needs to offer: those the site has something made for (a service or a self-help guide with that topic), so no
 * answer leads only to services for something else. "Not sure" is always last.
 */
export function needOptions(topicsInUse: ReadonlySet<string>): NeedOption[] {
	return [
		...needOrder
			.filter((id) => topicsInUse.has(id))
			.map((id) => ({ id, label: topics.label(id), hint: topics.hint(id) })),
		{ id: 'not-sure', label: "Something else, or I'm not sure" },
	];
}

/** The label of a need, for summaries and headings. */
export function needLabel(need: Need): string {
	return need === 'not-sure' ? 'Something else, or not sure' : topics.label(need);
}

/** How a situation is put on the results page, for the person or for someone else. */
const situationWords: Record<Situation, { me: string; them: string; hint?: string }> = {
	student: { me: "I'm a university student", them: "They're a university student" },
	pregnancy: { me: "I'm pregnant, or I've had or lost a baby", them: "They're pregnant, or have had or lost a baby" },
	carer: { me: 'I look after someone', them: 'They look after someone' },
	'in-care': {
		me: 'I already get care from an NHS mental health service',
		them: 'They already get care from an NHS mental health service',
	},
	'out-of-hours': {
		me: 'I need help in the evening or at the weekend',
		them: 'They need help in the evening or at the weekend',
	},
	private: { me: "I don't want my parents or carers to know", them: "They don't want their parents or carers to know" },
};

/** A situation's label for this person ("I'm a university student" or "They're a university student"). */
export function situationLabel(situation: Situation, who: Who): string {
	return situationWords[situation][who === 'me' ? 'me' : 'them'];
}

/**
 * Situations that make sense to ask about at all for this person; the results page then offers only those that change
 * what it shows. "Private" is only asked of young people under 18 answering for themselves, and pregnancy of people
 * aged 11 to 64, at any age in between (services for pregnancy often give no age limit).
 */
export function situationsToAsk(who: Who, band: AgeRange): Situation[] {
	const under18 = band.max !== null && band.max < 18;
	return situations.ids.filter((id) => {
		if (id === 'private') return who === 'me' && under18;
		if (id === 'pregnancy') return band.min >= 11 && band.min < 65;
		return true;
	});
}

export type Preference = 'no-preference' | 'face-to-face' | 'phone' | 'online' | 'self-help';
export const preferenceOptions: { id: Preference; label: string }[] = [
	{ id: 'no-preference', label: 'No preference' },
	{ id: 'face-to-face', label: 'Face to face' },
	{ id: 'phone', label: 'By phone' },
	{ id: 'online', label: 'By text or online' },
	{ id: 'self-help', label: 'Things I can do myself' },
];

/** Question and heading wording that follows who the help is for ("Where do you live?" / "Where do they live?"). */
export function wording(who: Who) {
	const you = who === 'me';
	return {
		age: you ? 'How old are you?' : 'How old are they?',
		exactAge: you ? 'Which of these is your age?' : 'Which of these is their age?',
		area: you ? 'Where do you live?' : 'Where do they live?',
		areaKey: you ? 'Where you live' : 'Where they live',
		needs: you ? 'What would you like help with?' : 'What would they like help with?',
		situations: you ? 'Do any of these apply to you?' : 'Do any of these apply to them?',
		preference: you ? 'How would you like support?' : 'How would they like support?',
		results: you ? 'Support that could help you' : 'Support that could help them',
	};
}
