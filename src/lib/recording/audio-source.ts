/**
 * Where the audio of a recording plays from on this phone, in this order: the original when
 * this phone holds it (the shopper's own), else the shared copy it holds, else the copy
 * fetched from the team server (checked against its id and kept, so it plays offline next
 * time). Past the campaign's retention period there is no audio anywhere: 'expired'.
 */
import { getEvaluation } from '$lib/storage/evaluations';
import { deleteAudioOf, getCopy, getOriginal } from '$lib/storage/recordings';
import { getTeamLink } from '$lib/storage/team';
import { TeamRequestError } from '$lib/sync/http';
import { fetchCopy } from '$lib/sync/recordings';
import { audioExpiredFor } from './audio-retention';

/** Where the audio of a recording can be played from on this device, or why it cannot. */
export type AudioSource =
	| { ok: true; url: string; kind: 'original' | 'copy'; release: () => void }
	| { ok: false; reason: 'expired' | 'offline' | 'not-allowed' | 'missing' };

/** A playable source for a blob: its object URL, revoked by `release`. */
function sourceOf(blob: Blob, kind: 'original' | 'copy'): AudioSource {
	const url = URL.createObjectURL(blob);
	return { ok: true, url, kind, release: () => URL.revokeObjectURL(url) };
}

/** Why a download failed, as the player says it. */
function reasonOf(error: unknown): 'offline' | 'not-allowed' | 'missing' {
	if (!(error instanceof TeamRequestError)) throw error;
	if (error.kind === 'forbidden' || error.kind === 'signed-out') return 'not-allowed';
	if (error.kind === 'offline' || error.kind === 'server') return 'offline';
	return 'missing';
}

/**
 * The audio of an evaluation's recording for this reader: the shopper's own original when this
 * phone holds it, else the shared copy (stored, or fetched from the team server and kept).
 */
export async function audioFor(evaluationId: string, recordingId: string): Promise<AudioSource> {
	const now = Date.now();
	const evaluation = await getEvaluation(evaluationId);
	const recording = evaluation?.recordings?.find((r) => r.id === recordingId);
	if (!evaluation || !recording) return { ok: false, reason: 'missing' };
	if (await audioExpiredFor(evaluationId, evaluation.campaignId, now)) {
		await deleteAudioOf(evaluationId);
		return { ok: false, reason: 'expired' };
	}
	const original = await getOriginal(evaluationId, recordingId);
	if (original) return sourceOf(original, 'original');
	const stored = await getCopy(evaluationId, recording.copyId);
	if (stored) return sourceOf(stored, 'copy');
	if (!(await getTeamLink())) return { ok: false, reason: 'missing' };
	try {
		const fetched = await fetchCopy(evaluationId, recording.copyId, now);
		return fetched ? sourceOf(fetched, 'copy') : { ok: false, reason: 'missing' };
	} catch (error) {
		return { ok: false, reason: reasonOf(error) };
	}
}
