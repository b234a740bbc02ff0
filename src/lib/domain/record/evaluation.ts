/** One mystery-shopping evaluation of one contact, with its IVR timeline and follow-ups. */
import { z } from '../base/zod';
import {
	AnswerValue,
	Channel,
	checkId,
	CURRENT_SCHEMA_VERSION,
	epochMs,
	idString,
	LIMITS,
	heldName,
	heldNote,
	uuid
} from './common';
import { ScoringTemplate } from './template';

export const Answer = z.object({
	value: AnswerValue,
	note: heldNote.optional(),
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
	'machine-drop',
	/** Dialling again after the call ended without an agent: a further attempt of the same call. */
	'redial'
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

/** What a change-log entry says was before or after: a value, a list of ids or a small map. */
export const LogValue = z.union([
	scalar,
	z.array(z.string().max(LIMITS.id)).max(LIMITS.answers),
	z.record(z.string().max(LIMITS.id), scalar)
]);
export type LogValue = z.infer<typeof LogValue>;

/** Every kind of edit, one per domain operation (see src/lib/domain/editing). */
export const changeFields = [
	'created',
	'answer',
	'note',
	'evidence',
	'no-agent',
	'no-agent-undone',
	'overallOpinion',
	'scenario',
	'agent',
	'consultedAt',
	'ivr',
	'follow-up',
	'follow-up-response',
	'follow-up-removed',
	'status',
	'reopen',
	'rescore',
	'conflict-resolved',
	'deleted',
	'migrated',
	'legacy'
] as const;
export const ChangeField = z.enum(changeFields);
export type ChangeField = z.infer<typeof ChangeField>;

/** The device or person that made an edit: this device's id, or `legacy` for old records. */
export const actorId = z.string().min(1).max(LIMITS.id);

export const ChangeLogEntry = z.object({
	/** The record version this edit produced: entries are numbered 1, 2, 3, … with no gap. */
	version: z.number().int().min(1),
	at: epochMs,
	by: actorId,
	field: ChangeField,
	checkId: checkId.optional(),
	/** The follow-up or IVR event the edit concerns. */
	ref: idString.optional(),
	old: LogValue,
	new: LogValue,
	/** On an answer against the app's suggestion: what the app suggested. */
	suggested: AnswerValue.optional(),
	/** Why: the reason given for a revision, a late entry or a re-scoring. */
	reason: z.string().max(LIMITS.note).optional()
});
export type ChangeLogEntry = z.infer<typeof ChangeLogEntry>;

export const ConsultedAt = z.object({
	date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected YYYY-MM-DD'),
	from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM'),
	to: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM')
});
export type ConsultedAt = z.infer<typeof ConsultedAt>;

export const timeSlots = ['morning', 'lunch', 'afternoon', 'evening', 'night'] as const;
export const TimeSlot = z.enum(timeSlots);
export type TimeSlot = z.infer<typeof TimeSlot>;

export const evaluationStatuses = ['draft', 'awaiting-follow-up', 'final'] as const;
export const EvaluationStatus = z.enum(evaluationStatuses);
export type EvaluationStatus = z.infer<typeof EvaluationStatus>;

export const Evaluation = z
	.object({
		schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
		id: uuid,
		campaignId: uuid,
		/**
		 * Bumped by every write (each write adds exactly one change-log entry with this number),
		 * so two copies of one record compare by version, and a copy whose log starts with
		 * another's log is that one plus later edits.
		 */
		version: z.number().int().min(1),
		/** The version this one was based on (version − 1). */
		baseVersion: z.number().int().min(0),
		/** The device that wrote this version. */
		deviceId: actorId,
		evaluator: heldName.min(1),
		channel: Channel,
		scenario: z.string().max(LIMITS.shortText),
		/** The campaign scenario (its library on the team server) the contact follows, if any. */
		scenarioId: idString.optional(),
		/** The assignment the evaluation was started from, if any. */
		assignmentId: idString.optional(),
		timeSlot: TimeSlot,
		status: EvaluationStatus,
		/** Counts reopenings: 1 for the first finalized result, +1 for every revision. */
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
				name: heldName.optional(),
				team: heldName.optional(),
				anonymised: z.boolean().optional()
			})
			.optional(),
		/** 상담 일시 as printed on the agent sheet, Asia/Seoul local date and times. */
		consultedAt: ConsultedAt.optional(),
		overallOpinion: z.string().max(LIMITS.opinion).optional(),
		/** The scoring template the evaluation was finalized under; drafts score with the campaign's. */
		scoredWith: ScoringTemplate.optional(),
		origin: z
			.object({
				importedAt: epochMs,
				signerFingerprint: z.string().max(200).optional(),
				/** The member the signing key belongs to, as the team server names them. */
				signerName: z.string().max(200).optional(),
				/**
				 * What the file's signature said when this version was accepted: a record taken
				 * from an unsigned or altered file keeps that mark on every screen and export.
				 */
				trust: z.enum(['verified', 'unsigned', 'altered', 'unknown-signer']).optional(),
				/**
				 * The team server verified this version's signature for a reader who may not
				 * learn whose key signed it (a center manager): shown as verified by the programme.
				 */
				vouchedBy: z.literal('programme').optional()
			})
			.optional(),
		/** Set on a deleted evaluation (a tombstone): its content is gone, its id and version stay. */
		deleted: z.object({ at: epochMs, by: actorId }).optional(),
		createdAt: epochMs,
		updatedAt: epochMs,
		/** Append-only audit log: one entry per write. */
		changeLog: z.array(ChangeLogEntry).max(LIMITS.changeLog)
	})
	.superRefine((e, ctx) => {
		const issue = (path: (string | number)[], message: string) =>
			ctx.addIssue({ code: 'custom', path, message });
		if (e.baseVersion !== e.version - 1) issue(['baseVersion'], 'must be version − 1');
		if (e.deleted === undefined) {
			if (e.changeLog.length !== e.version)
				issue(['version'], `must equal the number of change-log entries (${e.changeLog.length})`);
			e.changeLog.forEach((c, i) => {
				if (c.version !== i + 1) issue(['changeLog', i, 'version'], `expected ${i + 1}`);
			});
			const last = e.changeLog.at(-1);
			if (last && last.by !== e.deviceId) issue(['deviceId'], 'must be the last entry’s author');
		}
		duplicates(e.ivr.events.map((x) => x.id)).forEach((i) =>
			issue(['ivr', 'events', i, 'id'], `duplicate id "${e.ivr.events[i]!.id}"`)
		);
		duplicates(e.followUps.map((x) => x.id)).forEach((i) =>
			issue(['followUps', i, 'id'], `duplicate id "${e.followUps[i]!.id}"`)
		);
		Object.entries(e.answers).forEach(([id, a]) =>
			duplicates(a.evidenceIds).forEach((i) =>
				issue(['answers', id, 'evidenceIds', i], `duplicate id "${a.evidenceIds[i]!}"`)
			)
		);
	});
export type Evaluation = z.infer<typeof Evaluation>;

/** Indexes of the items that repeat an earlier one. */
function duplicates(ids: readonly string[]): number[] {
	const seen = new Set<string>();
	const out: number[] = [];
	ids.forEach((id, i) => {
		if (seen.has(id)) out.push(i);
		else seen.add(id);
	});
	return out;
}
