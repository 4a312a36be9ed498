/** Pages that are not services or guides but come straight after crisis help (src/lib/search/rank.ts crisisFirst). */
import type { PinnedPage } from './index-data.ts';

export const crisisPinnedPages: PinnedPage[] = [
	{
		url: '/urgent-help/',
		title: 'Get help now',
		summary: 'What to do in a mental health emergency, how to get urgent help today, and who you can talk to, in Leicester, Leicestershire and Rutland.',
	},
];
