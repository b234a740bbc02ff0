/**
 * The retention rule on this phone: a campaign keeps recording audio for its retention period
 * after the evaluation's release (domain/recording/retention.ts); after it, the phone deletes
 * the originals and copies it holds and keeps the record (hash, mutes, moments, IVR events).
 */
import type { ProgrammeSnapshot } from '$lib/domain/programme/records';
import { audioExpired, DEFAULT_RECORDING_RETENTION_DAYS } from '$lib/domain/recording/retention';
import { getStoredCopy } from '$lib/storage/pulled';
import { getProgramme } from '$lib/storage/programme';
import { deleteAudioOf, evaluationsWithAudio } from '$lib/storage/recordings';
import { getRelease } from '$lib/storage/releases';

/** A campaign's retention period in days, as its last programme snapshot says. */
export function retentionDaysIn(snapshot: ProgrammeSnapshot | undefined): number {
	return snapshot?.recordingRetentionDays ?? DEFAULT_RECORDING_RETENTION_DAYS;
}

/** Whether the audio of an evaluation must be gone at `now`. */
export async function audioExpiredFor(
	evaluationId: string,
	campaignId: string,
	now: number
): Promise<boolean> {
	const releasedAt = await getRelease(evaluationId);
	if (releasedAt === undefined) return false;
	return audioExpired(releasedAt, retentionDaysIn(await getProgramme(campaignId)), now);
}

/**
 * Deletes the audio this phone holds of evaluations whose retention has passed, or that were
 * deleted; returns the evaluations whose audio went. Audio whose record cannot be read is
 * kept: an original may be the only one there is.
 */
export async function deleteExpiredAudio(now: number): Promise<string[]> {
	const gone: string[] = [];
	for (const evaluationId of await evaluationsWithAudio()) {
		const record = await getStoredCopy(evaluationId);
		if (!record) continue;
		const expired =
			record.deleted !== undefined || (await audioExpiredFor(evaluationId, record.campaignId, now));
		if (expired && (await deleteAudioOf(evaluationId)) > 0) gone.push(evaluationId);
	}
	return gone;
}
