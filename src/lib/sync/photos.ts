/**
 * The photos of sync: push uploads the ones the server asked for, in resumable pieces; pull
 * notes the ones pulled records name and downloads them, each checked against its content id.
 * The server names the shared copies of call recordings it lacks the same way (a copy id in
 * place of a photo id): they go up by the same path, from the recordings store.
 */
import { photoContentId } from '$lib/domain/exchange/photo-id';
import type { Evaluation } from '$lib/domain/record';
import { syncRoutes } from '$lib/domain/sync/routes';
import { getPhoto, savePhoto } from '$lib/storage/photos';
import { getCopy } from '$lib/storage/recordings';
import { getSyncState, updateSyncState } from '$lib/storage/sync-state';
import { send, TeamRequestError } from './http';

/** Photo bytes go up in pieces of this size. */
export const BLOB_CHUNK = 256 * 1024;
/** Times one photo upload resumes from the server's offset after a failure, per run. */
const RESUMES = 3;
/**
 * Uploads the photos and recording copies the server asked for; each one that arrived whole
 * (or that this phone no longer holds) leaves the list.
 */
export async function uploadBlobs(): Promise<void> {
	const { pendingBlobs } = await getSyncState();
	for (const item of pendingBlobs) {
		const blob =
			(await getPhoto(item.evaluationId, item.photoId))?.blob ??
			(await getCopy(item.evaluationId, item.photoId));
		const hex = /^sha256-([0-9a-f]{64})$/.exec(item.photoId)?.[1];
		if (blob && hex) await uploadBlob(hex, blob);
		await updateSyncState((s) => ({
			...s,
			pendingBlobs: s.pendingBlobs.filter(
				(b) => b.evaluationId !== item.evaluationId || b.photoId !== item.photoId
			)
		}));
	}
}

/** How many bytes of a blob the server holds (HEAD, `Upload-Offset`; 0 when it has none). */
async function serverOffset(hex: string): Promise<number> {
	try {
		const response = await send(syncRoutes.blobState, { params: { sha256: hex } });
		const offset = Number(response.headers.get('upload-offset') ?? NaN);
		return Number.isInteger(offset) && offset >= 0 ? offset : 0;
	} catch (error) {
		if (error instanceof TeamRequestError && error.kind === 'not-found') return 0;
		throw error;
	}
}

/**
 * Sends a blob's bytes (a photo, a recording copy) in pieces from where the server stands; after a network failure (or
 * the server saying the offset is wrong) it asks the server's offset again and goes on.
 */
export async function uploadBlob(hex: string, blob: Blob): Promise<void> {
	let offset = await serverOffset(hex);
	let resumes = 0;
	while (offset < blob.size) {
		const end = Math.min(offset + BLOB_CHUNK, blob.size);
		try {
			const response = await send(syncRoutes.putBlob, {
				params: { sha256: hex },
				body: blob.slice(offset, end),
				headers: {
					'content-type': 'application/octet-stream',
					'content-range': `bytes ${String(offset)}-${String(end - 1)}/${String(blob.size)}`
				}
			});
			const told = Number(response.headers.get('upload-offset') ?? NaN);
			offset = Number.isInteger(told) && told > offset ? told : end;
		} catch (error) {
			const resumable =
				error instanceof TeamRequestError && (error.kind === 'offline' || error.status === 409);
			if (!resumable || resumes >= RESUMES) throw error;
			resumes++;
			offset = await serverOffset(hex);
		}
	}
}

/** Notes the photos pulled records name that this device does not hold. */
export async function wantPhotosOf(evaluations: readonly Evaluation[]): Promise<void> {
	const wanted: { evaluationId: string; photoId: string }[] = [];
	for (const evaluation of evaluations) {
		if (evaluation.deleted) continue;
		const ids = new Set(Object.values(evaluation.answers).flatMap((a) => a.evidenceIds));
		for (const photoId of ids) {
			if (!(await getPhoto(evaluation.id, photoId))) {
				wanted.push({ evaluationId: evaluation.id, photoId });
			}
		}
	}
	if (wanted.length === 0) return;
	await updateSyncState((s) => ({
		...s,
		wantedPhotos: [
			...s.wantedPhotos.filter(
				(w) => !wanted.some((x) => x.evaluationId === w.evaluationId && x.photoId === w.photoId)
			),
			...wanted
		]
	}));
}

const PHOTO_TYPES = ['image/jpeg', 'image/webp', 'image/png'] as const;

/**
 * Downloads the photos pulled records name, checks each against its content id, and stores
 * it with its record. One not on the server yet (its shopper's phone has not sent it) stays
 * wanted for the next run; any other failure ends the run as a sync failure.
 */
export async function downloadPhotos(now: () => number): Promise<void> {
	const { wantedPhotos } = await getSyncState();
	for (const item of wantedPhotos) {
		const hex = /^sha256-([0-9a-f]{64})$/.exec(item.photoId)?.[1];
		let done = hex === undefined || (await getPhoto(item.evaluationId, item.photoId)) !== undefined;
		if (!done && hex) {
			try {
				const response = await send(syncRoutes.getBlob, { params: { sha256: hex } });
				const blob = await response.blob();
				const bytes = new Uint8Array(await blob.arrayBuffer());
				const type = PHOTO_TYPES.find((t) => t === response.headers.get('content-type'));
				if ((await photoContentId(bytes)) === item.photoId && type) {
					const bitmap = await createImageBitmap(blob).catch(() => undefined);
					await savePhoto({
						id: item.photoId,
						evaluationId: item.evaluationId,
						blob: new Blob([bytes], { type }),
						mimeType: type,
						width: bitmap?.width ?? 0,
						height: bitmap?.height ?? 0,
						createdAt: now()
					});
					bitmap?.close();
				}
				// A photo whose bytes do not match its id is never kept (and not asked for again).
				done = true;
			} catch (error) {
				if (!(error instanceof TeamRequestError && error.kind === 'not-found')) throw error;
			}
		}
		if (done) {
			await updateSyncState((s) => ({
				...s,
				wantedPhotos: s.wantedPhotos.filter(
					(w) => w.evaluationId !== item.evaluationId || w.photoId !== item.photoId
				)
			}));
		}
	}
}
