// The records layer's tables: evaluations with their stored readings, the tallies summed from
// them, conflicts, photos (blobs), device keys, and facts about this database.
import {
	bigserial,
	boolean,
	index,
	integer,
	jsonb,
	numeric,
	pgTable,
	primaryKey,
	smallint,
	text,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { bytea, instant, refTo, writtenAt } from './columns';
import { byMember, memberRef } from './auth';
import { campaignRef } from './campaigns';

/**
 * One evaluation record (the device's JSON, change log included) at its latest version. `seq`
 * grows with every write the server accepts: a device asks for "everything after seq N".
 * A deleted evaluation stays as a tombstone (`deleted`).
 */
export const evaluations = pgTable(
	'evaluations',
	{
		id: text('id').primaryKey(),
		campaignId: campaignRef(),
		shopperMemberId: memberRef('shopper_member_id'),
		version: integer('version').notNull(),
		deviceId: text('device_id').notNull(),
		body: jsonb('body').notNull(),
		deleted: boolean('deleted').notNull().default(false),
		seq: bigserial('seq', { mode: 'number' }).notNull(),
		receivedAt: writtenAt('received_at'),
		/** The fingerprint of the device key the pushing member signed this version with. */
		signerFingerprint: text('signer_fingerprint'),
		/** Photos the record names that have not arrived yet (SHA-256 hex); empty = complete. */
		missingBlobs: jsonb('missing_blobs').$type<string[]>().notNull().default([]),
		/** Released to the center's manager at this instant (null = not released). */
		releasedAt: instant('released_at'),
		releasedBy: byMember('released_by'),
		// The record's reading (domain `readRecord`: under the template it was finalized with),
		// computed at every write, so reports are SQL sums of what the domain stored. Read again
		// by every reader once `recheck_at` has passed (a pending follow-up deadline changes
		// it: `refreshDueReadings`) and when the campaign changes. Null on tombstones and when
		// the campaign cannot be read.
		/** Effective status: 'draft' | 'awaiting-follow-up' | 'final'. */
		status: text('status'),
		/** The score as every screen shows it (rounded to one decimal); null = no score. */
		score: numeric('score', { precision: 6, scale: 1, mode: 'number' }),
		verdict: text('verdict'),
		countsInReports: boolean('counts_in_reports').notNull().default(false),
		occurredAt: instant('occurred_at'),
		/** The reading's `changesAfter` (its first pending follow-up deadline): due once passed. */
		recheckAt: instant('recheck_at'),
		/** The reading's time slot and weekday: of 상담 일시 in Asia/Seoul when recorded. */
		timeSlot: text('time_slot'),
		weekday: text('weekday')
	},
	(t) => [
		uniqueIndex('evaluations_seq_idx').on(t.seq),
		index('evaluations_recheck_idx').on(t.recheckAt),
		index('evaluations_campaign_seq_idx').on(t.campaignId, t.seq),
		index('evaluations_shopper_idx').on(t.shopperMemberId)
	]
);

/** A column naming an evaluation. */
export const evaluationRef = () => refTo('evaluation_id', () => evaluations.id);

/**
 * Report tallies of a campaign's live records (not tombstones), by what they read as: how many
 * (`n`), how many have a score (`scored`) and the sum of their scores. Kept in the transaction
 * of every write of a reading (minus the old reading, plus the new), so a report reads a few
 * rows. '' stands for a missing status or verdict.
 */
export const campaignTallies = pgTable(
	'campaign_tallies',
	{
		campaignId: campaignRef(),
		status: text('status').notNull(),
		reported: boolean('reported').notNull(),
		verdict: text('verdict').notNull(),
		n: integer('n').notNull(),
		scored: integer('scored').notNull(),
		scoreSum: numeric('score_sum', { precision: 14, scale: 1 }).notNull()
	},
	(t) => [primaryKey({ columns: [t.campaignId, t.status, t.reported, t.verdict] })]
);

/**
 * How many of a campaign's live records that count in reports answer a check with a code
 * (-2 N/A, 0 not met, 1 partial, 2 met: CODE in scoring/plan.ts; unanswered checks are not
 * counted), kept like campaign_tallies. A record's codes are derived from its body.
 */
export const campaignCheckCounts = pgTable(
	'campaign_check_counts',
	{
		campaignId: campaignRef(),
		checkId: text('check_id').notNull(),
		code: smallint('code').notNull(),
		n: integer('n').notNull()
	},
	(t) => [primaryKey({ columns: [t.campaignId, t.checkId, t.code] })]
);

/**
 * A pushed version the server could not take because it has another body for that version
 * (or a diverged history): kept for a person to resolve, never applied.
 */
export const evaluationConflicts = pgTable(
	'evaluation_conflicts',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		evaluationId: text('evaluation_id').notNull(),
		version: integer('version').notNull(),
		memberId: memberRef(),
		deviceId: text('device_id').notNull(),
		body: jsonb('body').notNull(),
		receivedAt: writtenAt('received_at'),
		resolvedAt: instant('resolved_at')
	},
	(t) => [index('evaluation_conflicts_evaluation_idx').on(t.evaluationId)]
);

/** Evidence photos and other files, stored once by the SHA-256 of their bytes (hex). */
export const blobs = pgTable('blobs', {
	sha256: text('sha256').primaryKey(),
	bytes: bytea('bytes').notNull(),
	size: integer('size').notNull()
});

/**
 * An upload that has not finished, resumed from the bytes so far: `received` (the whole prefix,
 * as uploads were first kept) followed by the rows of `blob_upload_parts`, `parts_bytes` long.
 */
export const blobUploads = pgTable('blob_uploads', {
	sha256: text('sha256').primaryKey(),
	memberId: memberRef(),
	/** The size the uploader announced (Content-Range total). */
	size: integer('size').notNull(),
	received: bytea('received').notNull(),
	/** Bytes held in `blob_upload_parts` (after `received`). */
	partsBytes: integer('parts_bytes').notNull().default(0),
	updatedAt: writtenAt('updated_at')
});

/**
 * The parts of an unfinished upload, each kept as it arrived (appending to one value would copy
 * everything received so far at every part: a call recording's copy is tens of MB). `start` is
 * the part's first byte in the file; joined in order once the last part arrives.
 */
export const blobUploadParts = pgTable(
	'blob_upload_parts',
	{
		sha256: text('sha256').notNull(),
		start: integer('start').notNull(),
		bytes: bytea('bytes').notNull()
	},
	(t) => [primaryKey({ columns: [t.sha256, t.start] })]
);

/**
 * Audio the server deleted because its campaign's retention period after release passed: the
 * record keeps naming it (hash, mutes, moments), downloads answer 410 and it is never taken
 * again.
 */
export const expiredAudio = pgTable('expired_audio', {
	sha256: text('sha256').primaryKey(),
	deletedAt: writtenAt('deleted_at')
});

/**
 * The device keys members sign with (bundles and pushed records). A signature by a key not
 * listed here reads "unknown signer", never "verified".
 */
export const deviceKeys = pgTable(
	'device_keys',
	{
		fingerprint: text('fingerprint').primaryKey(),
		memberId: memberRef(),
		deviceId: text('device_id').notNull(),
		publicKeyJwk: jsonb('public_key_jwk').notNull(),
		createdAt: writtenAt('created_at'),
		revokedAt: instant('revoked_at')
	},
	(t) => [index('device_keys_member_idx').on(t.memberId)]
);

/** Small facts about this server's database (e.g. its id), one row per key. */
export const serverMeta = pgTable('server_meta', {
	key: text('key').primaryKey(),
	value: jsonb('value').notNull(),
	updatedAt: writtenAt('updated_at')
});
