/**
 * The sections of a safety plan, in the standard order (after Stanley and Brown's safety-planning steps),
 * with the extras from LPT's own template (seed 003, Appendix 12, template 4: warning signs and triggers,
 * coping strategies, personal support network, key worker / GP contacts). Shared by the printable templates
 * and the plan you can fill in on this device (one source for the sections, their wording and the printed numbers).
 */

export type PlanSection = {
	id: string;
	/** The heading, in the person's own voice. */
	heading: string;
	/** A prompt to help them fill it in. */
	prompt: string;
	/** How many lines to print for writing. */
	lines: number;
};

export const planSections: PlanSection[] = [
	{
		id: 'warning-signs',
		heading: 'My warning signs and triggers',
		prompt: 'What thoughts, feelings, things I do, or events tell me a crisis might be starting?',
		lines: 5,
	},
	{
		id: 'on-my-own',
		heading: 'Things I can do on my own to feel safer',
		prompt:
			'What helps me calm down or get through a hard moment by myself? For example, a walk, music, a shower, breathing slowly.',
		lines: 5,
	},
	{
		id: 'people-and-places',
		heading: 'People and places that take my mind off things',
		prompt: 'Who can I be with, or where can I go, to feel a bit better?',
		lines: 4,
	},
	{
		id: 'people-to-ask',
		heading: 'People I can ask for help',
		prompt: 'Friends or family I can call or text when I need help. Write their names and numbers.',
		lines: 4,
	},
	{
		id: 'professionals',
		heading: 'Professionals and services I can contact',
		prompt: 'My GP, key worker or care team. Write their names and numbers. The numbers below are always there.',
		lines: 3,
	},
	{
		id: 'safer',
		heading: 'Making my situation safer',
		prompt:
			'What can I do, or who can help me, to keep myself safe when I feel this way? For example, asking someone to look after things I could use to hurt myself.',
		lines: 4,
	},
	{
		id: 'reasons',
		heading: 'What matters to me and my reasons for living',
		prompt: 'People, pets, plans, hopes and things I love. What would I tell a friend who felt like this?',
		lines: 5,
	},
];

/** The carer's version: what a carer notices and does, filled in with the person they support. */
export const carerSections: PlanSection[] = [
	{
		id: 'notice',
		heading: 'What I notice when things are getting worse',
		prompt: 'Changes in what they say, do, eat, sleep or how they spend time.',
		lines: 5,
	},
	{
		id: 'helps',
		heading: 'What helps them',
		prompt: 'Things that calm them, or that they have said help. Ask them.',
		lines: 5,
	},
	{
		id: 'avoid',
		heading: 'What to avoid',
		prompt: 'Things that make it worse, such as certain topics, places or people.',
		lines: 4,
	},
	{
		id: 'will-do',
		heading: 'What I will do',
		prompt:
			'The steps I will take, in order, if I am worried. For example: stay with them, talk calmly, call for help.',
		lines: 5,
	},
	{
		id: 'will-call',
		heading: 'Who I will call',
		prompt: 'Their GP, key worker or care team, and family or friends who can help. Write names and numbers.',
		lines: 4,
	},
	{
		id: 'myself',
		heading: 'Looking after myself',
		prompt: 'Who supports me? What do I need? As a carer you can ask your local council for a carer’s assessment.',
		lines: 4,
	},
];

/** Crisis lines (ids in content/crisis-lines.yaml) pre-printed on every safety plan, in this order. */
export const planCrisisLineIds = [
	'nhs-111-option-2',
	'central-access-point',
	'samaritans',
	'shout',
	'emergency',
] as const;

/** The crisis lines pre-printed on a plan, picked from content/crisis-lines.yaml and put in the plan's order. */
export function planCrisisLines<T extends { id: string }>(lines: readonly T[]): T[] {
	const wanted: readonly string[] = planCrisisLineIds;
	return lines.filter((line) => wanted.includes(line.id)).sort((a, b) => wanted.indexOf(a.id) - wanted.indexOf(b.id));
}

/** How to use a plan, said on the printable plan and the plan you fill in. */
export const planHowToUse =
	'Work through the steps in order when things get hard. If one step does not help, go to the next.';
