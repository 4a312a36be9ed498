/**
 * A self-help guide: one Markdown file in content/guides/. The body uses fixed section headings
 * (checked by the content check), and the page adds the local services and crisis lines itself.
 */
import { z } from 'astro/zod';
import { topics } from '../base/vocabulary.ts';
import { pastDate } from './common.ts';

/** The sections every guide has, in this order, as level-2 headings in the body. */
export const guideSections = ['What it can feel like', 'Things to try now', 'When to get more help'] as const;

export const guideSchema = z
	.object({
		/** The guide's title, in plain words, e.g. "Low mood and depression". */
		title: z.string().min(3),
		/** One or two short sentences saying who the guide is for and what it covers. */
		summary: z.string().min(20).max(240),
		/** Which group on /self-help/ it belongs to. */
		group: z.enum(['adults', 'young-people', 'parents-carers']),
		/** Topics from the directory's vocabulary: the page lists local services with these topics. */
		topics: z.array(z.enum(topics.ids)).min(1),
		/** Ages the guide is written for; local services are matched to these ages. */
		ages: z.object({ min: z.number().int().min(0), max: z.number().int().max(120).nullable() }).strict(),
		/** True for guides about self-harm or suicide: the page shows crisis help first. */
		sensitive: z.boolean().default(false),
		/** The date the guide was last reviewed. */
		lastReviewed: pastDate,
		/** Why the guide is past its review date, when it cannot be reviewed in time; without it a production build stops. */
		overdueBecause: z.string().min(10).optional(),
	})
	.strict();

export type Guide = z.infer<typeof guideSchema>;
