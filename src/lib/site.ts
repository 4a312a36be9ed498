/** Site-wide settings that more than one page or script needs. */

export const siteName = 'Mental health support in Leicester, Leicestershire and Rutland';
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
