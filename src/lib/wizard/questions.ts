/**
 * The "which service is right for me?" questions, as data. Answers are carried in the page path
 * (/which-service/<who>/<age>/<area>/<topic>/), so every step is a real static page that works without JavaScript.
 */
import { topics, type Area, type Audience, type Topic } from '../vocabulary.ts';

export type Who = 'me' | 'my-child' | 'someone-else';

export const whoOptions: { id: Who; label: string }[] = [
	{ id: 'me', label: 'Me' },
	{ id: 'my-child', label: 'My child' },
	{ id: 'someone-else', label: "Someone else I'm worried about" },
];

/** Age bands that line up with services' age limits (11, 16, 18, 25 and 65 are common boundaries). */
/**
 * `audiences` are the groups a service must name to be offered for this band: a service with no age limit
 * given (for example one for new mothers) is not offered for a child just because its ages start at 0.
 */
export const ageBands = [
	{ id: 'under-11', label: 'Under 11', min: 0, max: 10, audiences: ['children'] },
	{ id: '11-to-15', label: '11 to 15', min: 11, max: 15, audiences: ['children', 'young-people'] },
	{ id: '16-to-17', label: '16 or 17', min: 16, max: 17, audiences: ['young-people', 'adults'] },
	{ id: '18-to-25', label: '18 to 25', min: 18, max: 25, audiences: ['young-people', 'adults', 'students'] },
	{ id: '26-to-64', label: '26 to 64', min: 26, max: 64, audiences: ['adults', 'students'] },
	{ id: '65-and-over', label: '65 or over', min: 65, max: null, audiences: ['adults', 'older-people'] },
] as const satisfies readonly { id: string; label: string; min: number; max: number | null; audiences: readonly Audience[] }[];
export type AgeBand = (typeof ageBands)[number]['id'];

export type AreaAnswer = Area | 'not-sure';
export const areaOptions: { id: AreaAnswer; label: string; hint?: string }[] = [
	{ id: 'leicester', label: 'Leicester city', hint: 'For example Beaumont Leys, Belgrave, Braunstone, Evington, Highfields or the city centre' },
	{ id: 'leicestershire', label: 'Leicestershire county', hint: 'For example Loughborough, Hinckley, Coalville, Melton Mowbray, Market Harborough or Wigston' },
	{ id: 'rutland', label: 'Rutland', hint: 'For example Oakham or Uppingham' },
	{ id: 'not-sure', label: "I'm not sure" },
];

export type TopicAnswer = Topic | 'not-sure';
/** Topics offered as answers, in plain words, most common first. Sexual health is a directory topic, not a mental health need. */
export const topicOptions: { id: TopicAnswer; label: string; hint?: string | undefined }[] = [
	...(['low-mood', 'anxiety', 'suicidal-thoughts', 'self-harm', 'bereavement', 'eating', 'psychosis', 'memory', 'substances', 'relationships', 'pregnancy', 'neurodiversity', 'sexual-abuse', 'personality', 'physical-health', 'criminal-justice', 'employment', 'wellbeing'] as const).map((id) => ({
		id,
		label: topics.label(id),
		hint: topics.hint(id),
	})),
	{ id: 'not-sure', label: "I'm not sure, or something else" },
];

export type Preference = 'face-to-face' | 'phone' | 'online' | 'self-help' | 'no-preference';
export const preferenceOptions: { id: Preference; label: string }[] = [
	{ id: 'face-to-face', label: 'Face to face' },
	{ id: 'phone', label: 'By phone' },
	{ id: 'online', label: 'By text or online' },
	{ id: 'self-help', label: 'Things I can do myself' },
	{ id: 'no-preference', label: 'No preference' },
];

export type Answers = { who: Who; age: AgeBand; area: AreaAnswer; topic: TopicAnswer };

/** Question wording that follows who the help is for ("Where do you live?" / "Where do they live?"). */
export function wording(who: Who) {
	const you = who === 'me';
	const child = who === 'my-child';
	return {
		age: you ? 'How old are you?' : child ? 'How old is your child?' : 'How old are they?',
		area: you ? 'Where do you live?' : child ? 'Where does your child live?' : 'Where do they live?',
		topic: you ? 'What would you like help with?' : child ? 'What would your child like help with?' : 'What would they like help with?',
		topicHint: 'Choose the one that matters most right now.',
		preference: you ? 'How would you like support?' : 'How would they like support?',
		results: you ? 'Support that could help you' : child ? 'Support that could help your child' : 'Support that could help them',
	};
}

const pathOrder = ['who', 'age', 'area', 'topic'] as const;

/** Reads answers from path segments; stops at the first missing or unknown one. */
export function readAnswers(segments: readonly string[]): { answers: Partial<Answers>; firstUnanswered: (typeof pathOrder)[number] | undefined } {
	const valid: Record<(typeof pathOrder)[number], readonly string[]> = {
		who: whoOptions.map((o) => o.id),
		age: ageBands.map((b) => b.id),
		area: areaOptions.map((o) => o.id),
		topic: topicOptions.map((o) => o.id),
	};
	const answers: Partial<Answers> = {};
	for (const [index, key] of pathOrder.entries()) {
		const value = segments[index];
		if (value === undefined || !valid[key].includes(value)) return { answers, firstUnanswered: key };
		(answers as Record<string, string>)[key] = value;
	}
	return { answers, firstUnanswered: undefined };
}

/** The path of the page that asks the next unanswered question (or the results page). */
export function pathFor(answers: Partial<Answers>, page: 'question' | 'results' = 'question'): string {
	const parts: string[] = [];
	for (const key of pathOrder) {
		const value = answers[key];
		if (!value) break;
		parts.push(value);
	}
	const base = parts.length === 0 ? '/which-service/who/' : `/which-service/${parts.join('/')}/`;
	return page === 'results' && parts.length === pathOrder.length ? `${base}results/` : base;
}

/**
 * Where to send a person who arrives at a broken or tampered wizard address:
 * the first question they have not validly answered. Safe to use on any path.
 */
export function recoveryPath(pathname: string): string {
	const segments = pathname.replace(/^\/which-service\/?/, '').split('/').filter(Boolean);
	const { answers, firstUnanswered } = readAnswers(segments);
	if (firstUnanswered === undefined) return `${pathFor(answers)}`;
	return pathFor(answers);
}
