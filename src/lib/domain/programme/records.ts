/**
 * The programme's own records, as the team server keeps them and the phones cache them:
 * a campaign's scenario library, its sampling plan and the assignments made from it. Shared by
 * phone and server (the wire is these schemas); kept away from center managers, who must not
 * learn when, how or with which script the mystery contacts come.
 */
import { z } from '../base/zod';
import { Channel, checkId, epochMs, idString, LIMITS, nameString } from '../record/common';
import { TimeSlot } from '../record/evaluation';
import { storableString } from '../base/text';
import { ReviewEvent, Dispute } from './review';
import { weekdays } from './sampling';

const dateString = z
	.string()
	.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected YYYY-MM-DD');

/** A scripted customer scenario: what the shopper says and what a correct answer is. */
export const Scenario = z.object({
	id: idString,
	title: nameString.min(1),
	/** What the shopper says (the script shown on the phone during the call). */
	script: storableString().max(LIMITS.opinion),
	channel: Channel,
	/** The answer the agent should give: 문제해결 ③ (wrong information) is judged against it. */
	correctAnswer: storableString().max(LIMITS.opinion),
	/** The checks the scenario exercises. */
	checkIds: z.array(checkId).max(LIMITS.answers),
	/** Retired from new plans and assignments; kept for the evaluations that used it. */
	archived: z.boolean().optional()
});
export type Scenario = z.infer<typeof Scenario>;

/** A named part of the plan's period (a wave, 차수): trends read by wave. */
export const Wave = z.object({ name: nameString.min(1), from: dateString, to: dateString });
export type Wave = z.infer<typeof Wave>;

/** The assignment rules a campaign follows until its plan says otherwise. */
export const DEFAULT_ASSIGNMENT_RULES = { capPerShopper: 4, minGapDays: 7 } as const;

/**
 * The sampling plan of a campaign: `total` contacts between `from` and `to`, spread over the
 * grid weekday × time slot × scenario × channel by `spreadPlan`; `weights` changes a cell's
 * share (by `cellId`; absent = 1, 0 = none).
 */
export const Plan = z
	.object({
		total: z.number().int().min(1).max(100_000),
		from: dateString,
		to: dateString,
		weekdays: z.array(z.enum(weekdays)).min(1).max(7),
		slots: z.array(TimeSlot).min(1).max(5),
		scenarioIds: z.array(idString).min(1).max(200),
		channels: z.array(Channel).min(1).max(4),
		weights: z.record(storableString().max(400), z.number().min(0).max(1000)).default({}),
		waves: z.array(Wave).max(52).default([]),
		/** Caps for generated assignments. */
		capPerShopper: z
			.number()
			.int()
			.min(1)
			.max(1000)
			.default(DEFAULT_ASSIGNMENT_RULES.capPerShopper),
		minGapDays: z.number().int().min(0).max(365).default(DEFAULT_ASSIGNMENT_RULES.minGapDays)
	})
	.refine((p) => p.from <= p.to, { path: ['to'], message: 'must not be before from' });
export type Plan = z.infer<typeof Plan>;

/** One contact to make: who, which scenario and channel, when (a date window and a slot). */
export const Assignment = z.object({
	id: idString,
	campaignId: idString,
	shopperId: idString,
	shopperName: nameString.optional(),
	scenarioId: idString.optional(),
	channel: Channel,
	timeSlot: TimeSlot,
	windowFrom: dateString,
	windowTo: dateString,
	/** The plan cell it was generated for (absent = made by hand). */
	cellId: storableString().max(400).optional(),
	status: z.enum(['open', 'cancelled']),
	createdAt: epochMs,
	/** The evaluation started from it, as the server last saw (absent = not started). */
	evaluationId: idString.optional()
});
export type Assignment = z.infer<typeof Assignment>;

/**
 * GET /campaigns/:id/programme: what the caller's devices keep for offline use, by role.
 * A shopper: the scenarios, their own assignments, the review events and disputes of their own
 * evaluations. A coordinator: everything of the campaign. A manager: no scenarios, no plan, no
 * assignments; the review events and disputes of released evaluations only.
 */
export const ProgrammeSnapshot = z.object({
	campaignId: idString,
	fetchedAt: epochMs,
	disputeDays: z.number().int().min(1).max(365),
	/** Days after release the campaign keeps call recordings (absent from older servers: 90). */
	recordingRetentionDays: z.number().int().min(1).optional(),
	scenarios: z.array(Scenario),
	plan: Plan.nullable(),
	assignments: z.array(Assignment),
	reviews: z.array(z.object({ evaluationId: idString, events: z.array(ReviewEvent) })),
	disputes: z.array(Dispute)
});
export type ProgrammeSnapshot = z.infer<typeof ProgrammeSnapshot>;
