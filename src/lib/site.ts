/** Site-wide settings that more than one page or script needs. */

/** The site's name in two parts, so a small screen can set the place in smaller type under what the site is. */
export const siteNameParts = {
	what: 'Mental health support',
	where: 'in Leicester, Leicestershire and Rutland',
} as const;
export const siteName = `${siteNameParts.what} ${siteNameParts.where}`;
export const siteShortName = 'LLR mental health support';

/**
 * Where "Exit this page" goes: a busy, neutral site that gives nothing away (as GOV.UK's pattern does).
 * It is only ever a link the person follows; this site never loads anything from it.
 */
export const exitUrl = 'https://www.bbc.co.uk/weather';

/** sessionStorage key that marks "this tab left by Exit this page", so Back does not show the site again. */
export const exitFlagKey = 'llr-exited';

/**
 * sessionStorage key that records "Exit this page was used in this tab" until a page that keeps private words in
 * this tab (the safety plan) has dealt with it. Unlike `exitFlagKey`, an ordinary visit does not clear it.
 */
export const exitUsedKey = 'llr-exit-used';
