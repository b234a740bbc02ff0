/**
 * The recordings of sync: their shared copies go up like photos (photos.ts uploads whatever
 * the server names, from the recordings store when it is not a photo). They do not come down
 * with every pull (an hour of call is ~57 MB): a coordinator's phone fetches the copies of the
 * evaluations waiting for its review, best effort; everyone else fetches one when playing it
 * (recording/audio-source.ts). Every copy is checked against its content id before it is kept.
 */
import { campaignsWhere } from '$lib/domain/access/permissions';
import { reviewOf } from '$lib/domain/programme/review';
import { COPY_MIME } from '$lib/domain/recording/copy';
import { syncRoutes } from '$lib/domain/sync/routes';
import { copyIdOf } from '$lib/recording/copy-maker';
import { audioExpiredFor } from '$lib/recording/audio-retention';
import { listEvaluations } from '$lib/storage/evaluations';
import { getProgramme } from '$lib/storage/programme';
import { StorageError } from '$lib/storage/errors';
import { getCopy, saveCopy } from '$lib/storage/recordings';
import type { TeamLink } from '$lib/storage/team';
import { send, TeamRequestError } from './http';

/**
 * Downloads a shared copy from the team server, checks it against `copyId` and keeps it on
 * this phone (unless the disk is full); undefined when the bytes are not that copy (never
 * kept). Throws the TeamRequestError of a failed request.
 */
export async function fetchCopy(
	evaluationId: string,
	copyId: string,
	now: number
): Promise<Blob | undefined> {
	const hex = /^sha256-([0-9a-f]{64})$/.exec(copyId)?.[1];
	if (!hex) return undefined;
	const response = await send(syncRoutes.getBlob, { params: { sha256: hex } });
	const bytes = new Uint8Array(await response.arrayBuffer());
	if ((await copyIdOf(bytes)) !== copyId) return undefined;
	const blob = new Blob([bytes], { type: COPY_MIME });
	try {
		await saveCopy(evaluationId, copyId, blob, now);
	} catch (error) {
		// A full disk only means it is fetched again next time: it still plays now.
		if (!(error instanceof StorageError && error.kind === 'quota')) throw error;
	}
	return blob;
}

/**
 * On a coordinator's phone: fetches the copies of the evaluations waiting for their review
 * that it does not hold yet. Best effort: a copy not on the server yet is skipped, and the
 * first sign of the network gone ends the run quietly (the screens fetch on demand).
 */
export async function downloadReviewCopies(link: TeamLink, now: number): Promise<number> {
	let fetched = 0;
	try {
		for (const campaignId of campaignsWhere(link.memberships, 'evaluation.review')) {
			const snapshot = await getProgramme(campaignId);
			for (const e of await listEvaluations(campaignId)) {
				if (e.status !== 'final' || !e.recordings?.length) continue;
				const events = snapshot?.reviews.find((r) => r.evaluationId === e.id)?.events ?? [];
				if (reviewOf(events, e.version, true).state !== 'waiting') continue;
				if (await audioExpiredFor(e.id, campaignId, now)) continue;
				for (const r of e.recordings) {
					if (await getCopy(e.id, r.copyId)) continue;
					try {
						if (await fetchCopy(e.id, r.copyId, now)) fetched++;
					} catch (error) {
						if (!(error instanceof TeamRequestError) || error.kind !== 'not-found') throw error;
					}
				}
			}
		}
	} catch {
		// Best effort: whatever failed here is fetched when it is played.
	}
	return fetched;
}
