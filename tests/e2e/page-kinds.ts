/**
 * One page of each kind, for the layout checks and `npm run measure:frame`. The service page is the one with the
 * longest web address; the results page has one too. `ready` is what shows once the page's JavaScript has done its
 * work, so the page is measured as a person sees it.
 */
export type PageKind = { kind: string; url: string; ready?: string };

export const pageKinds: PageKind[] = [
	{ kind: 'home', url: '/' },
	{ kind: 'urgent help', url: '/urgent-help/' },
	{ kind: 'worried about someone', url: '/worried-about-someone/' },
	{ kind: 'services index', url: '/services/' },
	{ kind: 'browse page', url: '/services/topic/anxiety/' },
	{ kind: 'service page', url: '/services/mental-health-matters/' },
	{ kind: 'search', url: '/search/?q=anxiety', ready: '[data-results] li' },
	{ kind: 'wizard start', url: '/which-service/' },
	{ kind: 'wizard first question', url: '/which-service/danger/' },
	{ kind: 'wizard question', url: '/which-service/who/' },
	{ kind: 'wizard question with answers so far', url: '/which-service/me/26-to-35/' },
	{ kind: 'wizard help and results', url: '/which-service/me/26-to-35/leicester/' },
	{ kind: 'wizard emergency', url: '/which-service/emergency/' },
	{ kind: 'wizard urgent', url: '/which-service/urgent/' },
	{ kind: 'guides index', url: '/self-help/' },
	{ kind: 'guide', url: '/self-help/anxiety-worry-and-panic/' },
	{ kind: 'glossary', url: '/glossary/' },
	{ kind: 'safety plans', url: '/safety-plan/' },
	{ kind: 'printable safety plan', url: '/safety-plan/my-safety-plan/' },
	{ kind: "carer's safety plan", url: '/safety-plan/carer/' },
	{ kind: 'crisis card', url: '/safety-plan/crisis-card/' },
	{ kind: 'fill-in safety plan', url: '/safety-plan/fill-in/', ready: '.plan-editor[data-ready]' },
	{ kind: 'about', url: '/about/' },
	{ kind: 'privacy', url: '/privacy/' },
	{ kind: 'accessibility', url: '/accessibility/' },
	{ kind: 'offline', url: '/offline/' },
	{ kind: 'page not found', url: '/no-such-page/' },
];

/**
 * The first-screen targets people have, as the screens people use them on: a small phone, a larger phone, a
 * desktop, and a 1280x800 desktop at 200% zoom (640x400 CSS pixels).
 */
export const screens = [
	{ name: '320x568', width: 320, height: 568 },
	{ name: '375x667', width: 375, height: 667 },
	{ name: '1280x800', width: 1280, height: 800 },
	{ name: '200% zoom', width: 640, height: 400 },
] as const;
