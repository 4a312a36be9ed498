/**
 * Real situations for "which service?", from the consultation's case studies, the children's table and the issues
 * found by trying it: who is asking, the person's exact age, where they live, what they need (often more than one
 * thing) and their situation, with services that must and must not appear. Every age limit in the data is here on
 * both sides (the unit test checks that). Used by the unit tests (tests/unit/wizard.test.ts) and, for a subset, in a
 * real browser with JavaScript on and off (tests/e2e/which-service.spec.ts).
 */
import type { Need, Who, AreaAnswer } from '../../src/lib/wizard/questions.ts';
import type { Situation } from '../../src/base/vocabulary.ts';

export type WizardSituation = {
	name: string;
	who?: Who;
	age: number;
	area: AreaAnswer;
	needs: Need[];
	situations?: Situation[];
	/** Services that must be shown for these needs and situations (on the list). */
	shown?: string[];
	/** Services that must be on the page for some need or situation, but not shown for these choices. */
	hidden?: string[];
	/** Services that must not be anywhere on the page: not on the list for any need, not in help now, not for carers. */
	never?: string[];
	/** Services that must be in "help now" (for urgent needs). */
	helpNow?: string[];
	/** Drive this one in the browser too. */
	browser?: boolean;
};

const childrensServices = ['early-intervention-counselling-service', 'mental-health-support-teams-in-schools', 'community-chill-out-zones', 'low-intensity-cbt-service', 'camhs', 'camhs-crisis-team', 'childline', 'healthy-together-school-nursing-and-health-visitors', 'my-self-referral-website'];

export const wizardSituations: WizardSituation[] = [
	// Every age limit in the data, on both sides.
	{ name: 'a parent of a 4-year-old, anxiety: services from age 5 are not offered', who: 'someone-else', age: 4, area: 'leicester', needs: ['anxiety'], never: ['early-intervention-counselling-service', 'mental-health-support-teams-in-schools', 'community-chill-out-zones', 'low-intensity-cbt-service', 'the-laura-centre'] },
	{ name: 'a parent of a 5-year-old, anxiety: from 5, but Low Intensity CBT starts at 6', who: 'someone-else', age: 5, area: 'leicester', needs: ['anxiety'], shown: ['early-intervention-counselling-service', 'mental-health-support-teams-in-schools'], never: ['low-intensity-cbt-service'] },
	{ name: 'a parent of a 6-year-old, anxiety', who: 'someone-else', age: 6, area: 'leicester', needs: ['anxiety'], shown: ['early-intervention-counselling-service'] },
	{ name: 'a 10-year-old, low mood: not services from 11', age: 10, area: 'leicester', needs: ['low-mood'], situations: ['private'], shown: ['early-intervention-counselling-service', 'childline'], never: ['tellmi', 'health-for-teens-website', 'talk2sort-mediation', 'teen-health'] },
	{ name: 'an 11-year-old who wants privacy: Tellmi from 11', age: 11, area: 'leicester', needs: ['low-mood'], situations: ['private'], shown: ['tellmi', 'childline'], never: ['nhs-talking-therapies'] },
	{ name: 'an 11-year-old vaping in the county: QuitReady starts at 12', age: 11, area: 'leicestershire', needs: ['smoking'], hidden: ['turning-point-young-peoples-team'], never: ['quitready-young-persons-stop-smoking-service'] },
	{ name: 'a 12-year-old vaping in the county', age: 12, area: 'leicestershire', needs: ['smoking'], shown: ['quitready-young-persons-stop-smoking-service'], hidden: ['turning-point-young-peoples-team'], browser: true },
	{ name: 'a 12-year-old in Rutland who does not want their parents to know', age: 12, area: 'rutland', needs: ['anxiety'], situations: ['private'], shown: ['tellmi', 'childline'], never: ['leicestershire-and-rutland-sexual-health'], browser: true },
	{ name: 'a 13-year-old, wellbeing: sexual health clinics are not offered for mental health', age: 13, area: 'leicester', needs: ['wellbeing'], shown: ['youngminds-website'], never: ['leicester-sexual-health'] },
	{ name: 'a 13-year-old hearing voices: PIER and PAUSE start at 14', age: 13, area: 'leicester', needs: ['psychosis'], shown: ['camhs'], never: ['pier', 'pause'] },
	{ name: 'a 14-year-old hearing voices', who: 'someone-else', age: 14, area: 'leicester', needs: ['psychosis'], shown: ['pier', 'pause'] },
	{ name: 'a 15-year-old, anxiety: NHS Talking Therapies starts at 16', age: 15, area: 'leicester', needs: ['anxiety'], shown: ['early-intervention-counselling-service'], never: ['nhs-talking-therapies', 'mental-health-liaison-team', 'community-mental-health-teams'] },
	{ name: 'a 16-year-old, anxiety', age: 16, area: 'leicester', needs: ['anxiety'], shown: ['nhs-talking-therapies', 'early-intervention-counselling-service'], never: ['community-mental-health-teams'] },
	{ name: 'a 16-year-old with ADHD: the adult service starts at 17', age: 16, area: 'leicestershire', needs: ['neurodiversity'], shown: ['camhs'], never: ['adult-adhd-service'] },
	{ name: 'a 17-year-old with ADHD', age: 17, area: 'leicestershire', needs: ['neurodiversity'], shown: ['adult-adhd-service'] },
	{ name: 'a 16-year-old in Rutland, low mood: the Rutland school support partnership is to 16', age: 16, area: 'rutland', needs: ['low-mood'], shown: ['nhs-talking-therapies'], hidden: [], never: ['community-mental-health-teams'] },
	{ name: 'a 17-year-old in Rutland, low mood: school support partnership has stopped', age: 17, area: 'rutland', needs: ['low-mood'], never: ['school-support-partnership'] },
	{ name: 'a 17-year-old with suicidal thoughts: lines they can call now, with Childline', age: 17, area: 'leicester', needs: ['suicidal-thoughts'], helpNow: ['nhs-111-option-2', 'samaritans', 'childline'], shown: ['stay-alive-app'], never: ['crisis-resolution-and-home-treatment-team'], browser: true },
	{ name: 'an 18-year-old with suicidal thoughts: lines they can call now, and Childline to 18', age: 18, area: 'leicester', needs: ['suicidal-thoughts'], helpNow: ['nhs-111-option-2', 'central-access-point', 'samaritans', 'childline'], never: ['camhs-crisis-team', 'camhs', 'crisis-resolution-and-home-treatment-team'] },
	{ name: 'a 17-year-old with eating worries: the adult service starts at 18', age: 17, area: 'leicestershire', needs: ['eating'], shown: ['firststeps'], never: ['adult-eating-disorders-service'] },
	{ name: 'an 18-year-old with eating worries', age: 18, area: 'leicestershire', needs: ['eating'], shown: ['adult-eating-disorders-service', 'firststeps'], never: ['camhs'] },
	{ name: 'an 18-year-old, anxiety: still young people\'s services up to 18', age: 18, area: 'leicester', needs: ['anxiety'], shown: ['early-intervention-counselling-service', 'nhs-talking-therapies'] },
	{ name: 'a 19-year-old, anxiety: no services that stop at 18', age: 19, area: 'leicester', needs: ['anxiety'], shown: ['nhs-talking-therapies'], never: childrensServices.filter((slug) => slug !== 'healthy-together-school-nursing-and-health-visitors') },
	{ name: 'a 19-year-old, not sure: young people\'s services to 19', age: 19, area: 'leicester', needs: ['not-sure'], shown: ['health-for-teens-website'], never: ['childline', 'camhs'] },
	{ name: 'a 20-year-old, not sure: no services that stop at 19', age: 20, area: 'leicester', needs: ['not-sure'], shown: ['life-links'], never: ['talk2sort-mediation', 'health-for-teens-website', 'healthy-together-chathealth', 'healthy-together-school-nursing-and-health-visitors', 'care-navigators', 'teen-health'] },
	{ name: 'a 24-year-old with eating worries: FirstSteps to 24', age: 24, area: 'leicester', needs: ['eating'], shown: ['firststeps', 'adult-eating-disorders-service'] },
	{ name: 'a 25-year-old with eating worries: FirstSteps has stopped', age: 25, area: 'leicester', needs: ['eating'], shown: ['adult-eating-disorders-service'], never: ['firststeps'] },
	{ name: 'a bereaved 25-year-old: the Laura Centre to 25', age: 25, area: 'leicester', needs: ['bereavement'], shown: ['the-laura-centre', 'tomorrow-project'] },
	{ name: 'a bereaved 26-year-old: the Laura Centre has stopped', age: 26, area: 'leicester', needs: ['bereavement'], shown: ['tomorrow-project'], never: ['the-laura-centre', 'city-early-intervention-psychology-support'] },
	{ name: 'a 35-year-old with unusual experiences: PAUSE to 35', age: 35, area: 'leicestershire', needs: ['psychosis'], shown: ['pause', 'pier'] },
	{ name: 'a 36-year-old with unusual experiences: PAUSE has stopped', age: 36, area: 'leicestershire', needs: ['psychosis'], shown: ['pier'], never: ['pause'] },
	{ name: 'a 64-year-old with psychosis: PIER to 64, not older people\'s teams', who: 'someone-else', age: 64, area: 'leicester', needs: ['psychosis'], shown: ['pier'], never: ['mhsop-community-mental-health-teams', 'mhsop-in-reach-team', 'mhsop-unscheduled-care'] },
	{ name: 'a 65-year-old with psychosis: older people\'s team, not PIER', who: 'someone-else', age: 65, area: 'leicester', needs: ['psychosis'], shown: ['mhsop-community-mental-health-teams'], never: ['pier', 'pause'] },
	{ name: 'a 65-year-old, low mood: the adult teams take 65', age: 65, area: 'leicester', needs: ['low-mood'], shown: ['mhsop-community-mental-health-teams', 'nhs-talking-therapies'] },
	{ name: 'a 66-year-old, low mood: not the adult teams that stop at 65', age: 66, area: 'leicester', needs: ['low-mood'], shown: ['mhsop-community-mental-health-teams'], never: ['community-mental-health-teams', 'mental-health-liaison-team'] },

	// What went wrong before.
	{ name: 'a 21-year-old who self-harms: no children\'s services', age: 21, area: 'leicester', needs: ['self-harm'], shown: ['harmless'], helpNow: ['samaritans', 'shout'], never: [...childrensServices], browser: true },
	{ name: 'a 25-year-old who self-harms in the county', age: 25, area: 'leicestershire', needs: ['self-harm'], shown: ['harmless'], never: [...childrensServices] },
	{ name: 'an anxious student: the university cafes and Tellmi, not maternal mental health', age: 20, area: 'leicester', needs: ['anxiety'], situations: ['student'], shown: ['university-mental-health-neighbourhood-cafes', 'tellmi', 'nhs-talking-therapies'], hidden: ['maternal-mental-health-service'], browser: true },
	{ name: 'an anxious 20-year-old who is not a student: no university cafes', age: 20, area: 'leicester', needs: ['anxiety'], shown: ['nhs-talking-therapies'], hidden: ['university-mental-health-neighbourhood-cafes', 'maternal-mental-health-service'] },
	{ name: 'a 16-year-old whose friend died by suicide', age: 16, area: 'leicester', needs: ['bereavement'], shown: ['the-laura-centre', 'tomorrow-project'], hidden: ['maternal-mental-health-service'] },
	{ name: 'a widower of 75, grief and low mood', age: 75, area: 'leicestershire', needs: ['bereavement', 'low-mood'], shown: ['tomorrow-project', 'mhsop-community-mental-health-teams', 'nhs-talking-therapies'], never: ['maternal-mental-health-service', 'perinatal-mental-health-service', 'youngminds-parents-helpline'] },
	{ name: 'a 40-year-old, anxiety: no sexual health clinic, no response vehicle', age: 40, area: 'leicester', needs: ['anxiety'], shown: ['nhs-talking-therapies'], never: ['leicester-sexual-health', 'mental-health-response-vehicle', 'acute-recovery-team'] },
	{ name: 'an 80-year-old\'s relative, memory: no parents\' helpline', who: 'someone-else', age: 80, area: 'leicester', needs: ['memory'], shown: ['memory-service', 'mhsop-community-mental-health-teams'], never: ['youngminds-parents-helpline', 'camhs'] },
	{ name: 'an anxious 9-year-old: counselling and the school mental health teams', who: 'someone-else', age: 9, area: 'leicestershire', needs: ['anxiety'], shown: ['early-intervention-counselling-service', 'mental-health-support-teams-in-schools'], never: ['nhs-talking-therapies'] },
	{ name: 'a parent of a 9-year-old: support for the parent too', who: 'someone-else', age: 9, area: 'rutland', needs: ['low-mood'], shown: ['early-intervention-counselling-service'] },

	// Situations.
	{ name: 'pregnant and anxious: maternal and perinatal services', age: 30, area: 'leicester', needs: ['anxiety'], situations: ['pregnancy'], shown: ['maternal-mental-health-service', 'perinatal-mental-health-service', 'nhs-talking-therapies'], browser: true },
	{ name: 'anxious, not pregnant: no maternal services shown', age: 30, area: 'leicester', needs: ['anxiety'], shown: ['nhs-talking-therapies'], hidden: ['maternal-mental-health-service', 'perinatal-mental-health-service'] },
	{ name: 'help in the evening or at the weekend', age: 30, area: 'rutland', needs: ['low-mood'], situations: ['out-of-hours'], shown: ['samaritans', 'calm', 'mental-health-matters', 'nhs-talking-therapies'], helpNow: ['samaritans', 'shout'] },
	{ name: 'already getting NHS care: the patient advice service', age: 45, area: 'leicestershire', needs: ['low-mood'], situations: ['in-care'], shown: ['lpt-patient-advice-and-liaison-service'] },
	{ name: 'not in NHS care: the patient advice service is not shown', age: 45, area: 'leicestershire', needs: ['low-mood'], hidden: ['lpt-patient-advice-and-liaison-service'] },

	// Single needs across ages and areas.
	{ name: 'an adult with low mood in the city', age: 40, area: 'leicester', needs: ['low-mood'], shown: ['nhs-talking-therapies'], never: [...childrensServices] },
	{ name: 'an adult with ADHD', age: 30, area: 'leicestershire', needs: ['neurodiversity'], shown: ['adult-adhd-service'], never: ['camhs'] },
	{ name: 'a teenager after sexual abuse', who: 'someone-else', age: 13, area: 'leicester', needs: ['sexual-abuse'], shown: ['family-action-post-sexual-abuse-support'] },
	{ name: 'an adult with intense emotions', age: 30, area: 'leicester', needs: ['personality'], shown: ['therapy-services-for-people-with-personality-disorder'] },
	{ name: 'an adult in contact with the police: the liaison team is referred by police and courts, so it is not offered', who: 'someone-else', age: 30, area: 'leicester', needs: ['criminal-justice'], shown: ['life-links'], never: ['criminal-justice-liaison-and-diversion-service', 'forensic-mental-health-team'] },
	{ name: 'a physical illness affecting mood', age: 50, area: 'leicester', needs: ['physical-health'], shown: ['mental-health-liaison-team'] },
	{ name: 'a student\'s wellbeing', age: 20, area: 'leicester', needs: ['wellbeing'], shown: ['active-together', 'joy'] },
	{ name: 'a child\'s wellbeing in Rutland', who: 'someone-else', age: 8, area: 'rutland', needs: ['wellbeing'], shown: ['active-rutland', 'active-together'], never: ['leicestershire-and-rutland-sexual-health'] },
	{ name: 'a teenager and their family', who: 'someone-else', age: 14, area: 'leicestershire', needs: ['relationships'], shown: ['talk2sort-mediation'] },
	{ name: 'a teenager using drugs in Rutland', age: 15, area: 'rutland', needs: ['drugs'], shown: ['turning-point-young-peoples-team'], never: ['quitready-young-persons-stop-smoking-service'] },
	{ name: 'not sure where they live: only services for all three areas', who: 'someone-else', age: 30, area: 'not-sure', needs: ['anxiety'], shown: ['nhs-talking-therapies'], never: ['integrated-care-team', 'university-mental-health-neighbourhood-cafes', 'active-rutland'] },
	{ name: 'an older person, low mood', who: 'someone-else', age: 70, area: 'leicester', needs: ['low-mood'], shown: ['mhsop-community-mental-health-teams'], never: ['pier', 'pause', 'camhs'] },

	// The needs people named that had no answer: loneliness and anger.
	{ name: 'Alan, 70, lonely since his husband died', age: 70, area: 'leicestershire', needs: ['loneliness'], shown: ['life-links', 'mental-health-matters'], never: ['the-laura-centre', 'youngminds-parents-helpline'] },
	{ name: 'a 12-year-old who gets very angry', age: 12, area: 'leicester', needs: ['anger'], shown: ['early-intervention-counselling-service'], never: ['nhs-talking-therapies'] },
	{ name: 'a 30-year-old who gets very angry: services for mental health in general', age: 30, area: 'leicester', needs: ['anger'], shown: ['life-links', 'mental-health-matters'], never: [...childrensServices] },

	// More than one need.
	{ name: 'a 16-year-old: self-harm and an eating problem', age: 16, area: 'leicestershire', needs: ['self-harm', 'eating'], shown: ['harmless', 'firststeps'], helpNow: ['nhs-111-option-2', 'childline'], never: ['adult-eating-disorders-service', 'crisis-resolution-and-home-treatment-team'], browser: true },
	{ name: 'an adult: low mood and drinking', age: 40, area: 'leicester', needs: ['low-mood', 'alcohol'], shown: ['nhs-talking-therapies'], hidden: ['live-well-leicester-stop-smoking'], never: ['turning-point-young-peoples-team', 'quitready-young-persons-stop-smoking-service'], browser: true },
	{ name: 'an adult: low mood, drinking and self-harm', age: 35, area: 'leicestershire', needs: ['low-mood', 'alcohol', 'self-harm'], shown: ['nhs-talking-therapies', 'harmless'], helpNow: ['nhs-111-option-2', 'samaritans'], never: ['crisis-resolution-and-home-treatment-team'] },
	{ name: 'a 14-year-old: anxiety and family rows', who: 'someone-else', age: 14, area: 'leicester', needs: ['anxiety', 'relationships'], shown: ['early-intervention-counselling-service', 'talk2sort-mediation'] },
	{ name: 'a 20-year-old: anxiety and grief', age: 20, area: 'leicester', needs: ['anxiety', 'bereavement'], shown: ['nhs-talking-therapies', 'the-laura-centre', 'tomorrow-project'] },
	{ name: 'a 30-year-old: psychosis and drug use', who: 'someone-else', age: 30, area: 'leicestershire', needs: ['psychosis', 'drugs'], shown: ['pier', 'pause'] },
	{ name: 'a 17-year-old: eating and self-harm', age: 17, area: 'leicester', needs: ['eating', 'self-harm'], shown: ['firststeps', 'harmless'], never: ['adult-eating-disorders-service'] },
	{ name: 'a relative of 45: memory and low mood', who: 'someone-else', age: 45, area: 'leicestershire', needs: ['memory', 'low-mood'], shown: ['memory-service', 'nhs-talking-therapies'], never: ['mhsop-community-mental-health-teams'] },
	{ name: 'a 12-year-old in Rutland: anxiety and grief', age: 12, area: 'rutland', needs: ['anxiety', 'bereavement'], shown: ['early-intervention-counselling-service', 'the-laura-centre'] },
	{ name: 'a 30-year-old: anxiety and ADHD', age: 30, area: 'leicestershire', needs: ['anxiety', 'neurodiversity'], shown: ['nhs-talking-therapies', 'adult-adhd-service'] },
	{ name: 'a 25-year-old: suicidal thoughts and drug use', age: 25, area: 'leicester', needs: ['suicidal-thoughts', 'drugs'], helpNow: ['nhs-111-option-2', 'samaritans'], shown: ['stay-alive-app'], never: ['camhs-crisis-team', 'turning-point-young-peoples-team'] },
	{ name: 'an 8-year-old in Rutland: anxiety and wellbeing', who: 'someone-else', age: 8, area: 'rutland', needs: ['anxiety', 'wellbeing'], shown: ['early-intervention-counselling-service', 'active-rutland'] },
	{ name: 'a 19-year-old: low mood and family', age: 19, area: 'leicester', needs: ['low-mood', 'relationships'], shown: ['talk2sort-mediation', 'nhs-talking-therapies'], never: ['early-intervention-counselling-service'] },
	{ name: 'a relative of 70: memory and psychosis', who: 'someone-else', age: 70, area: 'leicestershire', needs: ['memory', 'psychosis'], shown: ['memory-service', 'mhsop-community-mental-health-teams'], never: ['pier'] },
	{ name: 'a 10-year-old: self-harm and anxiety', who: 'someone-else', age: 10, area: 'leicester', needs: ['self-harm', 'anxiety'], shown: ['harmless', 'early-intervention-counselling-service'], helpNow: ['nhs-111-option-2', 'childline'] },
	{ name: 'an adult: intense emotions and self-harm', age: 30, area: 'leicester', needs: ['personality', 'self-harm'], shown: ['therapy-services-for-people-with-personality-disorder', 'harmless'] },
	{ name: 'a pregnant 28-year-old: low mood and anxiety', age: 28, area: 'rutland', needs: ['low-mood', 'anxiety'], situations: ['pregnancy'], shown: ['perinatal-mental-health-service', 'maternal-mental-health-service', 'nhs-talking-therapies'] },
	{ name: 'a 70-year-old: loneliness and low mood', age: 70, area: 'leicestershire', needs: ['loneliness', 'low-mood'], shown: ['life-links', 'mhsop-community-mental-health-teams'] },
	{ name: 'a student: low mood and eating', age: 19, area: 'leicestershire', needs: ['low-mood', 'eating'], situations: ['student'], shown: ['university-mental-health-neighbourhood-cafes', 'firststeps', 'adult-eating-disorders-service'] },
];
