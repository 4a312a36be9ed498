/**
 * The site's fixed vocabularies, each with the plain-English label a person sees.
 * Filters, browse pages, the question flow and the content schema all read these lists,
 * so a word means the same thing everywhere. Add a value here first, then use it in content.
 */

/**
 * Defines a vocabulary: an ordered list of ids, each with a label, a short explanation and, where used, a phrase.
 * Each call is marked pure, so a browser bundle that needs one list (search needs only the age groups) leaves the others out.
 */
function vocabulary<const Id extends string>(
	entries: readonly { id: Id; label: string; hint?: string; phrase?: string }[],
) {
	const ids = entries.map((entry) => entry.id) as unknown as readonly [Id, ...Id[]];
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	return {
		entries,
		ids,
		/** The label for an id. Throws on an unknown id, because content is validated first. */
		label(id: Id): string {
			const entry = byId.get(id);
			if (!entry) throw new Error(`Unknown vocabulary id: ${id}`);
			return entry.label;
		},
		hint(id: Id): string | undefined {
			return byId.get(id)?.hint;
		},
		/** The words that finish a sentence about this value (see each vocabulary); the label when none is given. */
		phrase(id: Id): string {
			const entry = byId.get(id);
			if (!entry) throw new Error(`Unknown vocabulary id: ${id}`);
			return entry.phrase ?? entry.label;
		},
		has(value: string): value is Id {
			return byId.has(value as Id);
		},
	};
}

/**
 * What a service helps with. Mapped from the need columns of the LLR "at a glance" tables.
 * `phrase` finishes the sentence "It helps ...", e.g. "It helps with anxiety, worry and panic."
 */
export const topics = /* @__PURE__ */ vocabulary([
	{
		id: 'general',
		label: 'Mental health in general',
		hint: 'Feeling low, worried, stressed or not yourself',
		phrase: 'with mental health in general',
	},
	{ id: 'low-mood', label: 'Low mood and depression', phrase: 'with low mood and depression' },
	{ id: 'anxiety', label: 'Anxiety, worry and panic', phrase: 'with anxiety, worry and panic' },
	{ id: 'self-harm', label: 'Self-harm', phrase: 'with self-harm' },
	{ id: 'suicidal-thoughts', label: 'Suicidal thoughts', phrase: 'with suicidal thoughts' },
	{
		id: 'eating',
		label: 'Eating problems',
		hint: 'Including anorexia, bulimia and binge eating',
		phrase: 'with eating problems',
	},
	{ id: 'bereavement', label: 'Grief and bereavement', phrase: 'with grief and bereavement' },
	{
		id: 'psychosis',
		label: 'Unusual experiences and psychosis',
		hint: 'Such as hearing voices or feeling paranoid',
		phrase: 'with unusual experiences and psychosis',
	},
	{ id: 'memory', label: 'Memory problems and dementia', phrase: 'with memory problems and dementia' },
	{ id: 'alcohol', label: 'Drinking too much alcohol', phrase: 'with drinking too much alcohol' },
	{ id: 'drugs', label: 'Drugs', hint: "Using drugs, or someone else's drug use", phrase: 'with drug use' },
	{ id: 'smoking', label: 'Stopping smoking', phrase: 'you stop smoking' },
	{ id: 'sexual-abuse', label: 'After sexual abuse', phrase: 'after sexual abuse' },
	{ id: 'pregnancy', label: 'Pregnancy and new parents', phrase: 'in pregnancy and after a birth' },
	{ id: 'neurodiversity', label: 'ADHD and autism', phrase: 'with ADHD and autism' },
	{ id: 'relationships', label: 'Family and relationships', phrase: 'with family and relationships' },
	{
		id: 'personality',
		label: 'Intense emotions and personality disorder',
		phrase: 'with intense emotions and personality disorder',
	},
	{
		id: 'loneliness',
		label: 'Loneliness',
		hint: 'Feeling alone or cut off from other people',
		phrase: 'with loneliness',
	},
	{
		id: 'caring',
		label: 'Looking after someone',
		hint: 'Support for you as a carer, family member or friend',
		phrase: 'people who look after someone with a mental health problem',
	},
	{ id: 'anger', label: 'Anger', hint: 'Feeling angry a lot, or finding anger hard to control', phrase: 'with anger' },
	{ id: 'wellbeing', label: 'Wellbeing and staying well', phrase: 'you stay well' },
	{ id: 'employment', label: 'Work and employment', phrase: 'with work and employment' },
	{
		id: 'criminal-justice',
		label: 'Police, courts and prison',
		phrase: 'people in contact with the police, courts or prison',
	},
	{
		id: 'physical-health',
		label: 'Physical and mental health',
		hint: 'When a physical illness affects your mental health',
		phrase: 'when a physical illness affects mental health',
	},
	{ id: 'sexual-health', label: 'Sexual health', phrase: 'with sexual health' },
]);
export type Topic = (typeof topics.ids)[number];

/**
 * Needs that are usually cared for by specialist teams (through a GP), so when no local service is made for one, a
 * specialist team for mental health in general fits better than early support.
 */
export const specialistTopics: readonly Topic[] = ['psychosis', 'eating', 'personality', 'memory', 'neurodiversity'];

/** Who a service is for, in words. Age limits are kept separately as numbers. */
export const audiences = /* @__PURE__ */ vocabulary([
	{ id: 'children', label: 'Children' },
	{ id: 'young-people', label: 'Young people' },
	{ id: 'adults', label: 'Adults' },
	{ id: 'older-people', label: 'Older people' },
	{ id: 'parents-carers', label: 'Parents and carers' },
	{ id: 'students', label: 'University students' },
]);
export type Audience = (typeof audiences.ids)[number];

/**
 * The ages each age group covers, inclusive (max null: no upper limit). They overlap on purpose: an 11-year-old is
 * both a child and a young person. A service is offered to a person only if it names one of their groups, so a
 * service with no age limit in its source (ages 0 and over) is not offered to a child unless it names children.
 */
export const audienceAges: Record<
	Exclude<Audience, 'parents-carers' | 'students'>,
	{ min: number; max: number | null }
> = {
	children: { min: 0, max: 12 },
	'young-people': { min: 11, max: 25 },
	adults: { min: 18, max: null },
	'older-people': { min: 65, max: null },
};

/**
 * Situations that change which services fit a person. A service can be only for people in some of them (`onlyFor` in
 * content: student, pregnancy, carer, in-care); the others are worked out from the data: out of hours from opening hours,
 * private from ways in a person starts themselves. `phrase` finishes "For ...", e.g. "For university students."
 */
export const situations = /* @__PURE__ */ vocabulary([
	{ id: 'student', label: 'University students', phrase: 'university students' },
	{
		id: 'pregnancy',
		label: 'Pregnancy, birth and a new baby',
		phrase: 'people who are pregnant, or have had or lost a baby',
	},
	{ id: 'carer', label: 'Carers', phrase: 'carers' },
	{
		id: 'in-care',
		label: 'People already getting NHS mental health care',
		phrase: 'people who already get NHS mental health care, and their family and carers',
	},
	{ id: 'out-of-hours', label: 'Evenings and weekends' },
	{ id: 'private', label: 'Getting help without a parent or carer' },
]);
export type Situation = (typeof situations.ids)[number];

/** The situations a service can be only for (`onlyFor` in content). */
export const onlyForSituations = ['student', 'pregnancy', 'carer', 'in-care'] as const satisfies readonly Situation[];
export type OnlyForSituation = (typeof onlyForSituations)[number];

/** The three local authority areas of LLR. */
export const areas = /* @__PURE__ */ vocabulary([
	{
		id: 'leicester',
		label: 'Leicester city',
		hint: 'For example Beaumont Leys, Belgrave, Braunstone, Evington, Highfields',
	},
	{
		id: 'leicestershire',
		label: 'Leicestershire county',
		hint: 'For example Loughborough, Hinckley, Coalville, Melton Mowbray, Market Harborough, Wigston',
	},
	{ id: 'rutland', label: 'Rutland', hint: 'For example Oakham and Uppingham' },
]);
export type Area = (typeof areas.ids)[number];

/** How much help a service gives, from emergency care to everyday wellbeing. */
export const levels = /* @__PURE__ */ vocabulary([
	{
		id: 'crisis',
		label: 'Emergency and crisis help',
		hint: 'When someone is in danger or cannot keep themselves safe',
	},
	{ id: 'urgent', label: 'Urgent help', hint: 'Help the same day' },
	{
		id: 'specialist',
		label: 'Specialist NHS care',
		hint: 'Usually needs a referral from a GP or another professional',
	},
	{ id: 'moderate', label: 'Ongoing support', hint: 'Regular support or therapy for problems that affect daily life' },
	{ id: 'low', label: 'Early support', hint: 'Short support, such as counselling or groups' },
	{ id: 'self-help', label: 'Self-help', hint: 'Things you can use yourself, such as websites and apps' },
	{ id: 'advice', label: 'Advice and information' },
	{ id: 'wellbeing', label: 'Staying well', hint: 'Activities and support for everyday wellbeing' },
]);
export type Level = (typeof levels.ids)[number];

/** Kinds of help, for the search filter: a plainer grouping of the levels above. */
export const helpKinds = /* @__PURE__ */ vocabulary([
	{ id: 'urgent', label: 'Urgent help' },
	{ id: 'ongoing', label: 'Ongoing support' },
	{ id: 'self-help', label: 'Self-help' },
	{ id: 'advice', label: 'Advice and information' },
]);
export type HelpKind = (typeof helpKinds.ids)[number];

const helpKindByLevel: Record<Level, HelpKind> = {
	crisis: 'urgent',
	urgent: 'urgent',
	specialist: 'ongoing',
	moderate: 'ongoing',
	low: 'ongoing',
	'self-help': 'self-help',
	advice: 'advice',
	wellbeing: 'advice',
};

/** The kind of help a level belongs to. */
export function helpKindOf(level: Level): HelpKind {
	return helpKindByLevel[level];
}

/**
 * How a person gets in to a service, for browsing and search filters. Ordered from most to least direct.
 * Never written in content: derived from a service's ways in (src/lib/reach.ts, accessRoutesOf).
 */
export const accessRoutes = /* @__PURE__ */ vocabulary([
	{ id: 'self-referral', label: 'Refer yourself', hint: 'You can contact them yourself' },
	{ id: 'drop-in', label: 'Drop in', hint: 'Go along without an appointment' },
	{ id: 'nhs-111', label: 'Through NHS urgent mental health help' },
	{ id: 'gp', label: 'Through your GP' },
	{ id: 'school', label: 'Through school or college' },
	{ id: 'professionals', label: 'Professionals only', hint: 'A health or care professional must refer you' },
]);
export type AccessRoute = (typeof accessRoutes.ids)[number];

/**
 * Who can start a way in to a service. "self" and "parent-carer" are the public's own ways in; the others refer.
 * The labels are the subject of a sentence ("Your GP can refer you").
 */
export const referrers = /* @__PURE__ */ vocabulary([
	{ id: 'self', label: 'You' },
	{ id: 'parent-carer', label: 'A parent or carer' },
	{ id: 'school', label: 'Your school or college' },
	{ id: 'gp', label: 'Your GP' },
	{ id: 'nhs-111', label: 'NHS 111 (option 2)' },
	{ id: 'professional', label: 'Another health or care professional' },
]);
export type Referrer = (typeof referrers.ids)[number];

/** How a person uses a way in they start themselves. */
export const wayInMethods = /* @__PURE__ */ vocabulary([
	{ id: 'phone', label: 'Phone' },
	{ id: 'text', label: 'Text message' },
	{ id: 'chat', label: 'Online chat' },
	{ id: 'email', label: 'Email' },
	{ id: 'web-form', label: 'A form on their website', hint: 'Ask for help, or refer yourself, online' },
	{ id: 'website', label: 'Their website', hint: 'Information and self-help you can use at any time' },
	{ id: 'app', label: 'An app' },
	{ id: 'drop-in', label: 'Drop in', hint: 'Go along without an appointment' },
]);
export type WayInMethod = (typeof wayInMethods.ids)[number];

/** Age groups used to browse. Limits are inclusive; null means no upper limit. */
export const ageGroups = [
	{ id: 'children', label: 'Children (0 to 10)', min: 0, max: 10 },
	{ id: 'young-people', label: 'Young people (11 to 17)', min: 11, max: 17 },
	{ id: 'young-adults', label: 'Young adults (18 to 25)', min: 18, max: 25 },
	{ id: 'adults', label: 'Adults (18 to 64)', min: 18, max: 64 },
	{ id: 'older-people', label: 'Older people (65 and over)', min: 65, max: null },
] as const;
export type AgeGroup = (typeof ageGroups)[number]['id'];

/** Days of the week, as used in opening hours. */
export const weekdays = /* @__PURE__ */ vocabulary([
	{ id: 'mon', label: 'Monday' },
	{ id: 'tue', label: 'Tuesday' },
	{ id: 'wed', label: 'Wednesday' },
	{ id: 'thu', label: 'Thursday' },
	{ id: 'fri', label: 'Friday' },
	{ id: 'sat', label: 'Saturday' },
	{ id: 'sun', label: 'Sunday' },
]);
export type Weekday = (typeof weekdays.ids)[number];
