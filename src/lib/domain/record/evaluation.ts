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
	MAX_RECORDING_MS,
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
	level: z.number().int().min(0).max(50).optional(),
	/** Set on an event measured from a call recording (confirmed by the shopper), not tapped. */
	source: z.literal('audio').optional(),
	/** The recording it was measured from, and where in it (ms from the recording's start). */
	recordingId: idString.optional(),
	recordingMs: z.number().int().min(0).max(MAX_RECORDING_MS).optional()
});
export type IvrEvent = z.infer<typeof IvrEvent>;

/** A stretch of a recording, in ms from its start (end after start). */
export const AudioRange = z
	.object({
		startMs: z.number().int().min(0).max(MAX_RECORDING_MS),
		endMs: z.number().int().min(0).max(MAX_RECORDING_MS)
	})
	.refine((r) => r.endMs > r.startMs, { message: 'must end after it starts', path: ['endMs'] });
export type AudioRange = z.infer<typeof AudioRange>;

/**
 * A call recording attached to the evaluation. The file as received stays on the shopper's
 * phone (`originalSha256`); everyone else hears the shared copy (`copyId`): the recording as
 * telephone-quality WAV (see `recording/copy.ts`) with the shopper's muted ranges silenced,
 * content-addressed like photos.
 * Changing the muted ranges makes a new copy (a new `copyId`, logged); the id stays.
 */
export const Recording = z.object({
	id: idString,
	/** `sha256-<hex>` of the shared copy's bytes. */
	copyId: idString,
	/** SHA-256 (hex) of the file as it was shared into the app, picked or recorded. */
	originalSha256: z.string().regex(/^[0-9a-f]{64}$/),
	name: heldName,
	mimeType: z.string().max(LIMITS.shortText),
	durationMs: z.number().int().min(1).max(MAX_RECORDING_MS),
	via: z.enum(['share', 'file', 'recorded']),
	/** Wall-clock instant the recording starts at, when known (anchors its events). */
	startedAt: epochMs.optional(),
	addedAt: epochMs,
	/** Stretches the shopper muted (a resident or card number said aloud), silent in the copy. */
	mutes: z.array(AudioRange).max(LIMITS.mutes),
	/** The detector that proposed its timeline, e.g. 'fvad-2 + goertzel 1'. */
	detector: z.string().max(LIMITS.shortText).optional()
});
export type Recording = z.infer<typeof Recording>;

/** A check's evidence in a recording: the stretch of the call the check is about. */
export const Moment = z.object({
	id: idString,
	checkId,
	recordingId: idString,
	startMs: z.number().int().min(0).max(MAX_RECORDING_MS),
	endMs: z.number().int().min(0).max(MAX_RECORDING_MS)
});
export type Moment = z.infer<typeof Moment>;

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
	'recording',
	'recording-removed',
	'mutes',
	'moment',
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
		/** Call recordings (absent on records made before recordings could be attached). */
		recordings: z.array(Recording).max(LIMITS.recordings).optional(),
		/** Checks bound to moments of a recording (see `Moment`). */
		moments: z.array(Moment).max(LIMITS.moments).optional(),
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
		duplicates((e.recordings ?? []).map((x) => x.id)).forEach((i) =>
			issue(['recordings', i, 'id'], `duplicate id "${e.recordings![i]!.id}"`)
		);
		duplicates((e.moments ?? []).map((x) => x.id)).forEach((i) =>
			issue(['moments', i, 'id'], `duplicate id "${e.moments![i]!.id}"`)
		);
		(e.moments ?? []).forEach((m, i) => {
			if (m.endMs <= m.startMs) issue(['moments', i, 'endMs'], 'must end after it starts');
		});
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
