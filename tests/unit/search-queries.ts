/**
 * Queries in people's own words, shared by the ranking tests (Vitest, all of them) and the e2e tests (a sample).
 * Each everyday query names a service that must be in the top five: the one a person asking it would want.
 */

/** [query, service slug that must be in the top 5] */
export const parentsQueries: [string, string][] = [
	['my boy is not eating', 'firststeps'],
	['my girl keeps cutting', 'harmless'],
	['teen hurting herself', 'harmless'],
	['my son wont eat', 'firststeps'],
	['daughter making herself sick after eating', 'firststeps'],
	['my child is anxious', 'early-intervention-counselling-service'],
	['worried about my child', 'camhs'],
	['my son is worried all the time', 'early-intervention-counselling-service'],
	['my daughter is depressed', 'early-intervention-counselling-service'],
	['my kid is being bullied', 'early-intervention-counselling-service'],
	['child refusing school', 'early-intervention-counselling-service'],
	['my teenager is drinking', 'turning-point-young-peoples-team'],
	['son smoking weed', 'turning-point-young-peoples-team'],
	['my teen vapes', 'quitready-young-persons-stop-smoking-service'],
	['my child was abused', 'family-action-post-sexual-abuse-support'],
	['my daughter was touched by someone', 'family-action-post-sexual-abuse-support'],
	['my son lost his grandad', 'the-laura-centre'],
	['child grieving after dad died', 'the-laura-centre'],
	['parenting advice mental health', 'youngminds-parents-helpline'],
	['parents helpline', 'youngminds-parents-helpline'],
	['worried parent', 'youngminds-parents-helpline'],
	['always arguing with my teenager', 'talk2sort-mediation'],
	['my son got kicked out', 'talk2sort-mediation'],
	['girl so angry all the time', 'early-intervention-counselling-service'],
	['my boy hears voices', 'pier'],
	['my child has a social worker and is in court', 'family-action-pre-trial-support-service'],
	['school nurse', 'healthy-together-school-nursing-and-health-visitors'],
	['health visitor', 'healthy-together-school-nursing-and-health-visitors'],
	['camhs', 'camhs'],
	['baby blues', 'perinatal-mental-health-service'],
	['struggling since having the baby', 'perinatal-mental-health-service'],
	['lost a baby', 'maternal-mental-health-service'],
	['traumatic birth', 'maternal-mental-health-service'],
	['scared of giving birth', 'maternal-mental-health-service'],
	['postnatal depression', 'maternal-mental-health-service'],
	['pregnant and anxious', 'perinatal-mental-health-service'],
];

export const youngPeoplesQueries: [string, string][] = [
	['im 15 and feel really low', 'early-intervention-counselling-service'],
	['teen depression', 'early-intervention-counselling-service'],
	['i think i have an eating disorder', 'firststeps'],
	['anorexia', 'firststeps'],
	['bulimia', 'adult-eating-disorders-service'],
	['i cut myself', 'harmless'],
	['self harm', 'harmless'],
	['im 12 and need someone to talk to', 'childline'],
	['exam stress', 'early-intervention-counselling-service'],
	['text a nurse', 'healthy-together-chathealth'],
	['teen health', 'teen-health'],
	['health for teens', 'health-for-teens-website'],
	['i got raped', 'family-action-post-sexual-abuse-support'],
	['weed', 'turning-point-young-peoples-team'],
	['vaping', 'quitready-young-persons-stop-smoking-service'],
	['quit vaping', 'quitready-young-persons-stop-smoking-service'],
	['hearing voices', 'pause'],
	['paranoid people are watching me', 'pier'],
	['university student struggling', 'university-mental-health-neighbourhood-cafes'],
	['uni student anxiety', 'university-mental-health-neighbourhood-cafes'],
	['childline', 'childline'],
	['lonely teenager', 'youngminds-website'],
	['grief', 'the-laura-centre'],
	['lost my brother to suicide', 'tomorrow-project'],
	['bereaved by suicide', 'tomorrow-project'],
	['my mum died', 'the-laura-centre'],
	['adhd', 'adult-adhd-service'],
	['autism', 'adult-adhd-service'],
	['autism assessment', 'adult-adhd-service'],
];

export const olderPeoplesQueries: [string, string][] = [
	['dad keeps forgetting things', 'memory-service'],
	['mum keeps forgetting things', 'memory-service'],
	['gran getting confused', 'mhsop-community-mental-health-teams'],
	['nan has dementia', 'memory-service'],
	['memory clinic', 'memory-service'],
	['memory', 'memory-service'],
	['forgetful', 'memory-service'],
	['alzheimers', 'memory-service'],
	['grandad depressed', 'mhsop-community-mental-health-teams'],
	['older person anxiety', 'mhsop-community-mental-health-teams'],
	['elderly and lonely', 'life-links'],
	['pensioner feeling low', 'nhs-talking-therapies'],
	['my husband died', 'tomorrow-project'],
	['dementia in a care home', 'mhsop-in-reach-team'],
];

export const typoQueries: [string, string][] = [
	['depresion', 'nhs-talking-therapies'],
	['depresed', 'nhs-talking-therapies'],
	['anxeity', 'nhs-talking-therapies'],
	['axiety', 'nhs-talking-therapies'],
	['greif', 'the-laura-centre'],
	['bereavment', 'the-laura-centre'],
	['dimentia', 'memory-service'],
	['alzeimers', 'memory-service'],
	['anorexya', 'firststeps'],
	['bulemia', 'adult-eating-disorders-service'],
	['councelling', 'early-intervention-counselling-service'],
	['my boy is not eatin', 'firststeps'],
	['alchohol', 'turning-point-young-peoples-team'],
	['pregnent', 'perinatal-mental-health-service'],
	['skitzophrenia', 'pier'],
	['psycosis', 'pier'],
	['selfharm', 'harmless'],
	['self-harm', 'harmless'],
	['vapeing', 'quitready-young-persons-stop-smoking-service'],
];

export const adultsQueries: [string, string][] = [
	['depression', 'nhs-talking-therapies'],
	['low mood', 'nhs-talking-therapies'],
	['anxiety', 'nhs-talking-therapies'],
	['panic attacks', 'nhs-talking-therapies'],
	['cant sleep and feel low', 'nhs-talking-therapies'],
	['voices', 'pier'],
	['paranoia', 'pier'],
	['dementia', 'memory-service'],
	['drugs', 'turning-point-young-peoples-team'],
	['alcohol', 'turning-point-young-peoples-team'],
	['stop smoking', 'live-well-leicester-stop-smoking'],
	['stop smoking leicester', 'live-well-leicester-stop-smoking'],
	['pregnant', 'perinatal-mental-health-service'],
	['counselling', 'early-intervention-counselling-service'],
	['sexual abuse', 'family-action-post-sexual-abuse-support'],
	['personality disorder', 'therapy-services-for-people-with-personality-disorder'],
	['borderline personality', 'therapy-services-for-people-with-personality-disorder'],
	['police', 'criminal-justice-liaison-and-diversion-service'],
	['just out of prison', 'forensic-mental-health-team'],
	['mediation', 'talk2sort-mediation'],
	['exercise', 'active-together'],
	['exercise in oakham', 'active-rutland'],
	['sexual health clinic LE11', 'leicestershire-and-rutland-sexual-health'],
	['sexual health LE1', 'leicester-sexual-health'],
	['counselling LE4', 'city-early-intervention-psychology-support'],
	['LE4', 'city-early-intervention-psychology-support'],
	['Loughborough', 'leicestershire-educational-psychology-service'],
	['not coping', 'life-links'],
	['long term illness and low mood', 'medical-psychology-team'],
	['mental health and cancer', 'medical-psychology-team'],
	['mental health cafe', 'neighbourhood-mental-health-cafes'],
	['recovery college', 'leicestershire-recovery-college'],
	['complaint about my care', 'lpt-patient-advice-and-liaison-service'],
];

/** Crisis phrasings: each must show crisis help first. */
export const crisisQueries: string[] = [
	// The words themselves, and misspellings
	'suicide', 'suicidal', 'Suicide', 'SUICIDAL!!!', 'sucidal', 'suicidle', 'suisidal', 'suicdal', 'suiside', 'sucide', 'suicid', 'suicidial', 'i feel suicidal', 'suicidal thoughts', 'suicidle thoughts', 'feeling suicidal again',
	// Look-alike letters, invisible characters, digits as letters, spaced out
	'su\u0456cide', 'sui\u200Bcide', 'sui\u00ADcide', 'su\u200Dic\u200Cide', '\uFEFFsuicidal', 'ѕuicide', 'suіcіdal', 'ѕυісіdе', 'SUİCİDE', 'ｓｕｉｃｉｄｅ', 'su1c1de', 'suic1dal', '$uicide', 's u i c i d e', 'sui-cide', 'k1ll myself', 'kill my self', 'killmyself', 'kil myself', 'kill myslef',
	// Killing, ending, taking a life, with endings
	'kill myself', 'i want to kill myself', 'killing myself', 'thinking of killing myself', 'end my life', 'ending my life', 'i ended it', 'end it all', 'ending it all', 'thinking about ending things', 'i want to end things', 'want to end everything', 'end it', 'take my own life', 'taking my own life', 'thinking of taking my own life', 'going to take my life',
	// Wanting to die, in every person
	'want to die', 'i want to die', 'i wanna die', 'wanna die', 'I just want to be dead', 'i wish i was dead', 'wish i were dead', 'i want to disappear forever', 'plan to die tonight', 'i am going to kill myself', 'ready to die', 'tried to kill myself', 'feel like dying', 'my mate says he wants to end his life', 'my friend wants to kill himself', 'my daughter says she wants to die', 'my son tried to hang himself', 'she keeps talking about dying', 'he is threatening to kill himself', 'they want to end their life', 'my boyfriend said he will end it all', 'mum talks about wanting to be dead',
	// Methods
	'overdose', 'overdosed', 'took an overdose', 'over dose', 'od', 'swallowed a lot of tablets', 'swallowed loads of pills', 'took too many pills', 'took a whole packet of paracetamol', 'i took 20 paracetamol', 'taken all my tablets', 'swallowed bleach', 'want to jump off a bridge', 'thinking of jumping off a building', 'jump in front of a train', 'i want to hang myself', 'hanging myself', 'noose', 'cut my wrists', 'slit my wrists', 'walk in front of traffic',
	// Not wanting to live, not going on
	'dont want to be here', "don't want to be here anymore", 'i dont want to live', 'do not want to be alive', 'dont want to exist', 'cant go on', "can't go on", 'cannot go on like this', 'cant cope anymore', 'cant take it anymore', 'cant do this anymore', 'no reason to live', 'no point living', 'no point in living', 'nothing to live for', 'no way out', 'life is not worth living', 'everyone would be better off without me', 'better off dead', 'go to sleep and not wake up', 'i dont want to wake up', 'goodbye forever', 'writing a suicide note', 'hopeless', 'i feel hopeless',
	// Self-harm
	'self harm', 'selfharm', 'self-harm', 'self harming', 'hurting myself', 'hurt myself', 'harm myself', 'cutting myself', 'my girl keeps cutting', 'teen hurting herself', 'burning myself', 'my son hits himself', 'i keep scratching my arms till they bleed',
	// Crisis words, long queries and crisis words in longer sentences
	'crisis', 'mental health crisis', 'emergency', 'i am not safe', 'in danger',
	`${'I have been feeling like this for a long time and nothing helps. '.repeat(5)}suicide`,
	`${'x'.repeat(250)} kill myself`,
	'i dont know what to do anymore i think i might kill myself tonight',
	'lost my brother to suicide',
];

/** Everyday searches that must not show crisis help (crisis help is for a possible crisis, not for every search). */
export const notCrisisQueries: string[] = [
	'anxiety', 'grief', 'vaping', 'memory clinic', 'autism assessment', 'pregnant', 'counselling', 'school', 'sleep', 'odd thoughts', 'stop smoking', 'adhd', 'dementia', 'low mood', 'my dad died', 'grandad passed away', 'eating disorder', 'exercise', 'police', 'mediation', 'parents helpline', 'my boy is not eating', 'dad keeps forgetting things', 'weekend opening', 'LE4', 'sexual health', 'childline', 'cant sleep', '',
];

/** Everyday searches that must not be hurt by the change: they keep their right service first. */
export const firstPlaceQueries: [string, string][] = [
	['memory', 'memory-service'],
	['childline', 'childline'],
	['counselling', 'early-intervention-counselling-service'],
	['grief', 'the-laura-centre'],
];
