/**
 * Journeys through "which service?", written from people's situations (not from the code): who is asking, their
 * exact age, where they live, what they said they need and anything else they ticked. Each says which services a
 * person in that situation should meet in the first three cards they see, and which would be wrong for them anywhere
 * on their results. Checked by tests/unit/journeys.test.ts, in the order the page shows the cards.
 *
 * `right`: at least one of these must be among the first three cards shown.
 * `wrong`: none of these may be shown at all for these choices.
 * `helpNow`: these lines, in this order, must start "People you can contact now".
 */
import type { Situation } from '../../src/base/vocabulary.ts';
import type { AreaAnswer, Need, Who } from '../../src/lib/wizard/questions.ts';

export type Journey = {
	name: string;
	who?: Who;
	age: number;
	area: AreaAnswer;
	needs: Need[];
	situations?: Situation[];
	right?: string[];
	wrong?: string[];
	helpNow?: string[];
};

/** Services made for children, young people, their parents or their schools: never a fit for a person of 18 or over. */
const childrenAndSchools = [
	'healthy-together-school-nursing-and-health-visitors',
	'healthy-together-chathealth',
	'care-navigators',
	'leicestershire-educational-psychology-service',
	'city-early-intervention-psychology-support',
	'school-support-partnership',
	'mental-health-support-teams-in-schools',
	'community-chill-out-zones',
];
const stopSmoking = ['live-well-leicester-stop-smoking', 'quitready-young-persons-stop-smoking-service'];
const mediation = ['talk2sort-mediation'];
const suicideSpecific = ['start-a-conversation', 'tomorrow-project', 'stay-alive-app'];
const adultLines = ['nhs-111-option-2', 'central-access-point', 'samaritans', 'shout'];
const youngLines = [...adultLines, 'childline'];

export const journeys: Journey[] = [
	// After abuse, or wanting privacy: never family mediation.
	{
		name: 'a mother whose 15-year-old told her she was sexually abused',
		who: 'someone-else',
		age: 15,
		area: 'leicester',
		needs: ['sexual-abuse'],
		right: ['family-action-post-sexual-abuse-support'],
		wrong: mediation,
	},
	{
		name: 'a 14-year-old in the county after something sexual they did not want',
		age: 14,
		area: 'leicestershire',
		needs: ['sexual-abuse'],
		right: ['family-action-post-sexual-abuse-support'],
		wrong: [...mediation, ...stopSmoking],
	},
	{
		name: 'a 15-year-old after sexual abuse who also argues with their family',
		age: 15,
		area: 'leicester',
		needs: ['sexual-abuse', 'relationships'],
		right: ['family-action-post-sexual-abuse-support'],
		wrong: mediation,
	},
	{
		name: 'a father of a 10-year-old who was abused, with a trial coming',
		who: 'someone-else',
		age: 10,
		area: 'leicester',
		needs: ['sexual-abuse'],
		right: ['family-action-post-sexual-abuse-support', 'family-action-pre-trial-support-service'],
		wrong: mediation,
	},
	{
		name: 'a 12-year-old who feels low and does not want their parents to know',
		age: 12,
		area: 'leicester',
		needs: ['low-mood'],
		situations: ['private'],
		right: ['childline', 'tellmi'],
		wrong: mediation,
	},
	{
		name: 'a 16-year-old in Rutland, anxious, who does not want their parents to know',
		age: 16,
		area: 'rutland',
		needs: ['anxiety'],
		situations: ['private'],
		right: ['tellmi', 'childline', 'early-intervention-counselling-service', 'teen-health'],
		wrong: mediation,
	},
	{
		name: 'a 15-year-old whose family rows are getting worse',
		age: 15,
		area: 'leicester',
		needs: ['relationships'],
		right: ['talk2sort-mediation'],
	},

	// Drinking, drugs and smoking are different things.
	{
		name: 'a 45-year-old in the city who is drinking too much',
		age: 45,
		area: 'leicester',
		needs: ['alcohol'],
		wrong: stopSmoking,
	},
	{
		name: 'a mother whose 16-year-old son is taking drugs',
		who: 'someone-else',
		age: 16,
		area: 'leicestershire',
		needs: ['drugs'],
		right: ['turning-point-young-peoples-team'],
		wrong: stopSmoking,
	},
	{
		name: 'a 17-year-old drinking a lot at weekends',
		age: 17,
		area: 'leicester',
		needs: ['alcohol'],
		right: ['turning-point-young-peoples-team'],
		wrong: stopSmoking,
	},
	{
		name: 'a 15-year-old in the county who wants to stop vaping',
		age: 15,
		area: 'leicestershire',
		needs: ['smoking'],
		right: ['quitready-young-persons-stop-smoking-service'],
		wrong: mediation,
	},
	{
		name: "a 15-year-old in the city who wants to stop smoking: the city's service is for adults",
		age: 15,
		area: 'leicester',
		needs: ['smoking'],
		wrong: ['live-well-leicester-stop-smoking', ...mediation],
	},
	{
		name: 'a 50-year-old in the city who wants to stop smoking and feels low',
		age: 50,
		area: 'leicester',
		needs: ['smoking', 'low-mood'],
		right: ['live-well-leicester-stop-smoking'],
	},
	{
		name: 'a 45-year-old grieving their mother and drinking',
		age: 45,
		area: 'leicestershire',
		needs: ['bereavement', 'alcohol'],
		right: ['cruse-bereavement-support'],
		wrong: stopSmoking,
	},

	// Adults are not offered children's or school services.
	{
		name: 'an 18-year-old in the city feeling low',
		age: 18,
		area: 'leicester',
		needs: ['low-mood'],
		right: ['tellmi', 'nhs-talking-therapies', 'life-links', 'mental-health-matters'],
		wrong: childrenAndSchools,
	},
	{
		name: 'a 19-year-old in the county who is anxious',
		age: 19,
		area: 'leicestershire',
		needs: ['anxiety'],
		right: ['tellmi', 'nhs-talking-therapies', 'mental-health-matters'],
		wrong: childrenAndSchools,
	},
	{
		name: 'an 18-year-old who is not sure what they need',
		age: 18,
		area: 'leicester',
		needs: ['not-sure'],
		right: ['tellmi', 'life-links', 'mental-health-matters', 'health-for-teens-website'],
		wrong: childrenAndSchools,
	},
	{
		name: "a father worried about his 19-year-old daughter's low mood",
		who: 'someone-else',
		age: 19,
		area: 'leicester',
		needs: ['low-mood'],
		right: ['tellmi', 'nhs-talking-therapies', 'life-links', 'mental-health-matters'],
		wrong: childrenAndSchools,
	},

	// Older people.
	{
		name: 'a widowed 70-year-old in the county who is lonely',
		age: 70,
		area: 'leicestershire',
		needs: ['loneliness'],
		right: [
			'life-links',
			'mental-health-matters',
			'leicestershire-recovery-college',
			'neighbourhood-mental-health-cafes',
		],
		wrong: suicideSpecific,
	},
	{
		name: 'a daughter whose 80-year-old father keeps forgetting things',
		who: 'someone-else',
		age: 80,
		area: 'leicester',
		needs: ['memory'],
		right: ['memory-service', 'mhsop-community-mental-health-teams'],
		wrong: ['nhs-talking-therapies'],
	},
	{
		name: 'a 72-year-old whose wife has died',
		age: 72,
		area: 'leicester',
		needs: ['bereavement'],
		right: ['cruse-bereavement-support'],
		wrong: ['the-laura-centre', ...mediation],
	},
	{
		name: 'a son whose 75-year-old mother is very low',
		who: 'someone-else',
		age: 75,
		area: 'leicestershire',
		needs: ['low-mood'],
		right: ['mhsop-community-mental-health-teams', 'nhs-talking-therapies', 'life-links', 'mental-health-matters'],
	},
	{
		name: 'a 66-year-old in the county who is anxious',
		age: 66,
		area: 'leicestershire',
		needs: ['anxiety'],
		right: ['mhsop-community-mental-health-teams', 'nhs-talking-therapies', 'mental-health-matters', 'life-links'],
		wrong: childrenAndSchools,
	},

	// Suicidal thoughts and self-harm: lines to contact now, in the site's order.
	{
		name: 'a 17-year-old in the city who wants to die',
		age: 17,
		area: 'leicester',
		needs: ['suicidal-thoughts'],
		helpNow: youngLines,
		wrong: stopSmoking,
	},
	{
		name: 'a 16-year-old in Rutland with suicidal thoughts',
		age: 16,
		area: 'rutland',
		needs: ['suicidal-thoughts'],
		helpNow: youngLines,
	},
	{
		name: 'a 30-year-old in the county who keeps thinking about ending their life',
		age: 30,
		area: 'leicestershire',
		needs: ['suicidal-thoughts'],
		helpNow: adultLines,
		right: ['papyrus-hopeline', 'stay-alive-app', 'life-links', 'mental-health-matters', 'start-a-conversation'],
		wrong: [...stopSmoking, ...childrenAndSchools],
	},
	{
		name: 'a mother whose 14-year-old is self-harming',
		who: 'someone-else',
		age: 14,
		area: 'leicester',
		needs: ['self-harm'],
		helpNow: youngLines,
		right: ['harmless', 'early-intervention-counselling-service'],
		wrong: mediation,
	},
	{
		name: 'a 40-year-old who self-harms',
		age: 40,
		area: 'leicester',
		needs: ['self-harm'],
		helpNow: adultLines,
		right: ['harmless'],
		wrong: childrenAndSchools,
	},
	{
		name: 'a 25-year-old with suicidal thoughts who uses drugs',
		age: 25,
		area: 'leicester',
		needs: ['suicidal-thoughts', 'drugs'],
		helpNow: adultLines,
		wrong: stopSmoking,
	},

	// The first card should be one the person can contact.
	{
		name: 'a 16-year-old in the city with eating worries',
		age: 16,
		area: 'leicester',
		needs: ['eating'],
		right: ['firststeps', 'camhs'],
	},
	{
		name: 'a 24-year-old in the county with eating problems',
		age: 24,
		area: 'leicestershire',
		needs: ['eating'],
		right: ['firststeps', 'adult-eating-disorders-service'],
	},
	{
		name: 'a bereaved 20-year-old in the city',
		age: 20,
		area: 'leicester',
		needs: ['bereavement'],
		right: ['the-laura-centre'],
	},

	// Pregnancy, at any age.
	{
		name: 'a pregnant 17-year-old in the city who is anxious',
		age: 17,
		area: 'leicester',
		needs: ['anxiety'],
		situations: ['pregnancy'],
		right: ['perinatal-mental-health-service', 'maternal-mental-health-service'],
	},
	{
		name: 'a 16-year-old in the county, low after having a baby',
		age: 16,
		area: 'leicestershire',
		needs: ['low-mood'],
		situations: ['pregnancy'],
		right: ['perinatal-mental-health-service', 'maternal-mental-health-service'],
	},
	{
		name: 'a pregnant 30-year-old in Rutland who is low',
		age: 30,
		area: 'rutland',
		needs: ['low-mood'],
		situations: ['pregnancy'],
		right: ['perinatal-mental-health-service', 'maternal-mental-health-service'],
	},

	// Evenings and weekends.
	{
		name: 'a 40-year-old in the city who needs someone to talk to at the weekend',
		age: 40,
		area: 'leicester',
		needs: ['low-mood'],
		situations: ['out-of-hours'],
		right: ['samaritans', 'shout', 'mental-health-matters'],
	},

	// National lines where local help is thin.
	{
		name: "a 19-year-old in the city with suicidal thoughts: a young people's suicide line",
		age: 19,
		area: 'leicester',
		needs: ['suicidal-thoughts'],
		helpNow: adultLines,
		right: ['papyrus-hopeline'],
		wrong: childrenAndSchools,
	},
	{
		name: 'a bereaved 50-year-old in Rutland',
		age: 50,
		area: 'rutland',
		needs: ['bereavement'],
		right: ['cruse-bereavement-support'],
		wrong: mediation,
	},
	{
		name: 'a 60-year-old in the city who looks after her husband',
		age: 60,
		area: 'leicester',
		needs: ['caring'],
		right: ['leicestershire-recovery-college', 'neighbourhood-mental-health-cafes'],
		wrong: childrenAndSchools,
	},

	// Everyday needs across ages.
	{
		name: 'a 25-year-old in the city hearing voices',
		age: 25,
		area: 'leicester',
		needs: ['psychosis'],
		right: ['pier', 'pause'],
	},
	{
		name: 'a father whose 8-year-old son cannot stop worrying',
		who: 'someone-else',
		age: 8,
		area: 'leicestershire',
		needs: ['anxiety'],
		right: [
			'early-intervention-counselling-service',
			'low-intensity-cbt-service',
			'mental-health-support-teams-in-schools',
		],
	},
	{
		name: 'a 13-year-old who is angry all the time',
		age: 13,
		area: 'leicester',
		needs: ['anger'],
		right: ['early-intervention-counselling-service'],
		wrong: stopSmoking,
	},
	{
		name: 'a 30-year-old in the county who thinks they have ADHD',
		age: 30,
		area: 'leicestershire',
		needs: ['neurodiversity'],
		right: ['adult-adhd-service'],
	},
	{
		name: 'a 22-year-old university student in the city who is anxious',
		age: 22,
		area: 'leicester',
		needs: ['anxiety'],
		situations: ['student'],
		right: ['university-mental-health-neighbourhood-cafes', 'nhs-talking-therapies', 'tellmi'],
		wrong: childrenAndSchools,
	},
	{
		name: 'a 55-year-old whose cancer is affecting their mood',
		age: 55,
		area: 'leicester',
		needs: ['physical-health'],
		right: ['mental-health-liaison-team', 'integrated-care-team', 'medical-psychology-team'],
	},
	{
		name: 'a mother whose 12-year-old in Rutland is low',
		who: 'someone-else',
		age: 12,
		area: 'rutland',
		needs: ['low-mood'],
		right: [
			'early-intervention-counselling-service',
			'school-support-partnership',
			'mental-health-support-teams-in-schools',
		],
	},
	{
		name: 'a 35-year-old in the city who feels lonely',
		age: 35,
		area: 'leicester',
		needs: ['loneliness'],
		right: [
			'life-links',
			'mental-health-matters',
			'neighbourhood-mental-health-cafes',
			'leicestershire-recovery-college',
		],
		wrong: suicideSpecific,
	},
	{
		name: 'a 28-year-old in the county with a lot of anxiety',
		age: 28,
		area: 'leicestershire',
		needs: ['anxiety'],
		right: ['nhs-talking-therapies', 'mental-health-matters', 'life-links'],
		wrong: [...stopSmoking, ...childrenAndSchools],
	},
];
