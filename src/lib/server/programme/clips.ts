// The audio of a dispute: the stretch of the call a manager disputes (checked against the
// recording), and the stretches a coordinator shares with the center. A manager never receives
// the recording itself; a shared clip is cut from its copy (muted stretches already silent) on
// each request, so it always follows the copy's retention.
import { eq, sql } from 'drizzle-orm';
import type { ShareClipRequest } from '$lib/domain/programme/center';
import { Dispute } from '$lib/domain/programme/review';
import type { AudioRange, Evaluation, Recording } from '$lib/domain/record/evaluation';
import { LIMITS } from '$lib/domain/record/common';
import { rangeText } from '$lib/domain/editing/recordings';
import { readWavHeader, sliceWav, WAV_HEADER_BYTES } from '$lib/domain/recording/copy';
import type { Session } from '../auth/session';
import { requireAction } from '../auth/access';
import type { Db, Orm } from '../db';
import { blobs, disputes, evaluations, expiredAudio } from '../db/schema';
import { ApiError, invalid, notFound } from '../http/errors';
import { audioGone, toBytes } from '../records/blobs';
import { copyHashes } from '../records/audio';
import { withWriteLock } from '../records/write-lock';
import { actorOf, campaignOfRow } from './review';

/**
 * Why `range` cannot name a stretch of the evaluation's call (null when it can): it must lie
 * within a recording's duration (`recordingId`'s, when given).
 */
export function rangeRefusal(
	e: Pick<Evaluation, 'recordings'>,
	range: AudioRange,
	recordingId?: string
): string | null {
	const recordings = (e.recordings ?? []).filter(
		(r) => recordingId === undefined || r.id === recordingId
	);
	if (recordings.length === 0) {
		return recordingId === undefined
			? 'range: this evaluation has no call recording to name a stretch of'
			: `recordingId: the released evaluation has no recording ${recordingId}`;
	}
	const longest = Math.max(...recordings.map((r) => r.durationMs));
	if (range.endMs > longest) {
		return `range: ${rangeText(range)} runs past the end of the recording (${rangeText({ startMs: 0, endMs: longest })})`;
	}
	return null;
}

/** The dispute and its evaluation's current version, 404 when either is gone. */
async function disputeWithRecord(orm: Orm, disputeId: string) {
	const rows = await orm
		.select({
			body: disputes.body,
			record: evaluations.body,
			releasedAt: evaluations.releasedAt,
			deleted: evaluations.deleted
		})
		.from(disputes)
		.innerJoin(evaluations, eq(evaluations.id, disputes.evaluationId))
		.where(eq(disputes.id, disputeId))
		.limit(1);
	if (!rows[0]) throw notFound('No such dispute.');
	return { ...rows[0], dispute: Dispute.parse(rows[0].body), record: rows[0].record as Evaluation };
}

/** Whether the copy's audio was deleted after its retention period. */
async function expired(orm: Orm, sha256: string): Promise<boolean> {
	const rows = await orm
		.select({ sha256: expiredAudio.sha256 })
		.from(expiredAudio)
		.where(eq(expiredAudio.sha256, sha256))
		.limit(1);
	return rows.length > 0;
}

/** The hex digest of a recording's copy. */
function copyOf(recording: Recording): string {
	const [hash] = copyHashes({ recordings: [recording] });
	if (!hash) throw invalid('The recording names no copy the server can hold.');
	return hash;
}

/**
 * POST /disputes/:id/clips (a member with `recording.share` in the campaign): shares a stretch
 * of one of the released version's recordings with the center, numbered after the last one.
 */
export async function shareClip(
	db: Db,
	session: Session,
	disputeId: string,
	input: ShareClipRequest,
	now = Date.now()
): Promise<{ dispute: Dispute }> {
	const campaignId = await campaignOfRow(db, disputes, disputeId, 'No such dispute.');
	await requireAction(db, session.memberId, campaignId, 'recording.share');
	return withWriteLock(db.orm, async (tx) => {
		const { dispute, record, releasedAt, deleted } = await disputeWithRecord(tx, disputeId);
		if (deleted || releasedAt === null) {
			throw new ApiError(
				409,
				'not-released',
				'The evaluation is no longer released: share a clip of the version the center reads.'
			);
		}
		const range = { startMs: input.startMs, endMs: input.endMs };
		const refusal = rangeRefusal(record, range, input.recordingId);
		if (refusal) throw invalid(refusal);
		const clips = dispute.clips ?? [];
		if (clips.length >= LIMITS.clipsPerDispute) {
			throw new ApiError(
				422,
				'too-many-clips',
				`A dispute may carry at most ${LIMITS.clipsPerDispute} clips.`
			);
		}
		const recording = record.recordings!.find((r) => r.id === input.recordingId)!;
		const hash = copyOf(recording);
		if (await expired(tx, hash)) throw audioGone();
		const held = await tx
			.select({ size: blobs.size })
			.from(blobs)
			.where(eq(blobs.sha256, hash))
			.limit(1);
		if (held.length === 0) {
			throw new ApiError(
				409,
				'audio-missing',
				"The recording's copy has not reached the server yet; share the clip once it has synced."
			);
		}
		const who = actorOf(session);
		const shared = Dispute.parse({
			...dispute,
			clips: [
				...clips,
				{
					n: Math.max(0, ...clips.map((c) => c.n)) + 1,
					recordingId: recording.id,
					...range,
					sharedBy: who.by,
					sharedByName: who.byName,
					sharedAt: now
				}
			]
		});
		await tx.update(disputes).set({ body: shared }).where(eq(disputes.id, disputeId));
		return { dispute: shared };
	});
}

/**
 * GET /disputes/:id/clips/:n (readers of the campaign's disputes): the shared stretch as a WAV
 * of its own, cut from the recording's current copy.
 */
export async function disputeClip(
	db: Db,
	session: Session,
	disputeId: string,
	n: number
): Promise<Uint8Array<ArrayBuffer>> {
	const campaignId = await campaignOfRow(db, disputes, disputeId, 'No such dispute.');
	await requireAction(db, session.memberId, campaignId, 'dispute.read');
	const { dispute, record } = await disputeWithRecord(db.orm, disputeId);
	const clip = dispute.clips?.find((c) => c.n === n);
	if (!clip) throw notFound(`This dispute has no clip ${n}.`);
	const recording = record.recordings?.find((r) => r.id === clip.recordingId);
	if (!recording) throw notFound('The recording of this clip is no longer attached.');
	const hash = copyOf(recording);
	if (await expired(db.orm, hash)) throw audioGone();
	const head = await slice(db, hash, WAV_HEADER_BYTES);
	if (!head) throw notFound("The recording's copy has not reached the server yet.");
	const info = readWavHeader(head);
	if (!info) throw invalid("The recording's copy is not audio the server can cut.");
	// Only the bytes up to the clip's end are read; the cut is the same as of the whole copy.
	const upTo = WAV_HEADER_BYTES + 2 * (Math.ceil((clip.endMs * info.rate) / 1000) + 1);
	const bytes = sliceWav((await slice(db, hash, upTo))!, clip);
	if (!bytes) throw invalid("The recording's copy is not audio the server can cut.");
	return bytes;
}

/** The first `length` bytes of a blob (null when it is not held). */
async function slice(db: Db, sha256: string, length: number): Promise<Uint8Array | null> {
	const rows = await db.orm
		.select({ bytes: sql<Uint8Array>`substring(${blobs.bytes} from 1 for ${length}::int)` })
		.from(blobs)
		.where(eq(blobs.sha256, sha256))
		.limit(1);
	return rows[0] ? toBytes(rows[0].bytes) : null;
}
