/**
 * The saved safety plan format as zod schemas: the readable statement of the format, for tests and build-time code.
 * Never import this from browser code: the editor checks saved plans with the small hand-written check in plan.ts,
 * and tests/unit/safety-plan.test.ts checks that the two accept and refuse the same data.
 */
import { z } from 'astro/zod';
import { planLimits, type Plan, type PlanV1 } from './plan.ts';

const contactSchema = z.object({ name: z.string().max(planLimits.nameLength), phone: z.string().max(planLimits.phoneLength) }).strict();

/** The current saved format (version 2). */
export const planSchema = z
	.object({
		format: z.literal('llr-safety-plan'),
		version: z.literal(2),
		/** Free-text lines for each list section, keyed by section id. */
		lists: z.record(z.string(), z.array(z.string().max(planLimits.lineLength)).max(planLimits.lines)),
		/** People I can ask for help. */
		people: z.array(contactSchema).max(planLimits.contacts),
		/** Professionals and services, e.g. my GP or key worker. */
		professionals: z.array(contactSchema).max(planLimits.contacts),
		/** When the plan was last changed (ISO date and time). */
		updatedAt: z.string().max(planLimits.updatedAtLength),
	})
	.strict();

/** Version 1 kept one block of text per section. */
export const planV1Schema = z
	.object({
		format: z.literal('llr-safety-plan'),
		version: z.literal(1),
		sections: z.record(z.string(), z.string().max(planLimits.v1SectionLength)),
		updatedAt: z.string().optional(),
	})
	.strict();

// The hand-written types in plan.ts and these schemas describe the same shape (checked by the type checker).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const planTypesAgree: [Same<z.infer<typeof planSchema>, Plan>, Same<z.infer<typeof planV1Schema>, PlanV1>] = [true, true];
