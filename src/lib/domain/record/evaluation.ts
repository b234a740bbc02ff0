/** One mystery-shopping evaluation of one contact, with its IVR timeline and follow-ups. */
import { z } from 'zod';
import {
	AnswerValue,
	Channel,
	checkId,
	CURRENT_SCHEMA_VERSION,
	epochMs,
	idString,
	LIMITS,
	nameString,
	noteString,
	uuid
} from './common';

export const Answer = z.object({
	value: AnswerValue,
	note: noteString.optional(),
	evidenceIds: z.array(idString).max(LIMITS.evidencePerAnswer),
	answeredAt: epochMs,
	/** Set when the evaluator chose a value other than the app's suggestion. */
	overridesSuggestion: z
		.object({ suggested: AnswerValue, reason: z.string().max(LIMITS.shortText).optional() })
		.optional()
});
export type Answer = z.infer<typeof Answer>;

export const ivrEventTypes = [
	'dial',
	'greeting-start',
	'greeting-end',
	'menu',
	'agent-request',
	'hold',
	'agent-answer',
	'call-end',
	'machine-drop'
] as const;

export const IvrEvent = z.object({
	id: idString,
	type: z.enum(ivrEventTypes),
	/** Wall-clock epoch ms (Date.now()), never performance.now(): it survives sleep and reloads. */
	at: epochMs,
	key: z.enum(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#']).optional(),
	level: z.number().int().min(0).max(50).optional()
});
export type IvrEvent = z.infer<typeof IvrEvent>;

export const CallbackFollowUp = z.object({
	id: idString,
	kind: z.literal('callback'),
	via: z.enum(['web', 'ivr', 'agent']),
	requestedAt: epochMs,
	/** The reserved slot time; absent = "call me back" without a slot (24 h rule). */
	reservedAt: epochMs.optional(),
	respondedAt: epochMs.optional()
});
export type CallbackFollowUp = z.infer<typeof CallbackFollowUp>;

export const EmailFollowUp = z.object({
	id: idString,
	kind: z.literal('email'),
	sentAt: epochMs,
	respondedAt: epochMs.optional()
});
export type EmailFollowUp = z.infer<typeof EmailFollowUp>;

export const FollowUp = z.discriminatedUnion('kind', [CallbackFollowUp, EmailFollowUp]);
export type FollowUp = z.infer<typeof FollowUp>;

const scalar = z.union([z.string().max(LIMITS.opinion), z.number(), z.boolean(), z.null()]);

export const ChangeLogEntry = z.object({
	at: epochMs,
	checkId: checkId.optional(),
	field: z.string().max(LIMITS.id).optional(),
	old: scalar,
	new: scalar
});
export type ChangeLogEntry = z.infer<typeof ChangeLogEntry>;

export const timeSlots = ['morning', 'lunch', 'afternoon', 'evening', 'night'] as const;
export const TimeSlot = z.enum(timeSlots);
export type TimeSlot = z.infer<typeof TimeSlot>;

export const evaluationStatuses = ['draft', 'awaiting-follow-up', 'final'] as const;
export const EvaluationStatus = z.enum(evaluationStatuses);
export type EvaluationStatus = z.infer<typeof EvaluationStatus>;

export const Evaluation = z.object({
	schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
	id: uuid,
	campaignId: uuid,
	evaluator: nameString.min(1),
	channel: Channel,
	scenario: z.string().max(LIMITS.shortText),
	timeSlot: TimeSlot,
	status: EvaluationStatus,
	revision: z.number().int().min(1).max(1_000_000),
	revisionReason: z.string().max(LIMITS.note).optional(),
	answers: z.record(checkId, Answer).refine((a) => Object.keys(a).length <= LIMITS.answers, {
		message: `must have at most ${LIMITS.answers} answers`
	}),
	ivr: z.object({
		startedAt: epochMs.optional(),
		events: z.array(IvrEvent).max(LIMITS.ivrEvents)
	}),
	followUps: z.array(FollowUp).max(LIMITS.followUps),
	agent: z
		.object({
			name: nameString.optional(),
			team: nameString.optional(),
			anonymised: z.boolean().optional()
		})
		.optional(),
	/** 상담 일시 as printed on the agent sheet, Asia/Seoul local date and times. */
	consultedAt: z
		.object({
			date: z
				.string()
				.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected YYYY-MM-DD'),
			from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM'),
			to: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM')
		})
		.optional(),
	overallOpinion: z.string().max(LIMITS.opinion).optional(),
	origin: z
		.object({ importedAt: epochMs, signerFingerprint: z.string().max(200).optional() })
		.optional(),
	createdAt: epochMs,
	updatedAt: epochMs,
	/** Append-only audit log of edits. */
	changeLog: z.array(ChangeLogEntry).max(LIMITS.changeLog)
});
export type Evaluation = z.infer<typeof Evaluation>;
