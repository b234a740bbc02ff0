/**
 * Evidence photos as blobs (already downscaled on the device), kept apart from the evaluation
 * so saving an answer never rewrites images. A photo's id is its content hash
 * (`sha256-<hex>`, see `photoContentId`), and a row is stored under the key
 * `<evaluationId>/<photo id>`: a photo belongs to one evaluation, the same picture in two
 * evaluations is two rows, and no photo from a file can replace another evaluation's
 * evidence. Rows from before content addressing are keyed by their old random id alone and
 * are still found.
 */
import { z } from '$lib/domain/base/zod';
import { withDb } from './db';
import { StorageError } from './errors';

const photoSchema = z.object({
	id: z.string(),
	evaluationId: z.string(),
	blob: z.instanceof(Blob),
	mimeType: z.enum(['image/jpeg', 'image/webp', 'image/png']),
	width: z.number(),
	height: z.number(),
	createdAt: z.number()
});

/** A photo as the app sees it: `id` is the photo id the answers refer to. */
export type Photo = z.infer<typeof photoSchema>;

/** The storage key of a photo of an evaluation. */
export function photoKey(evaluationId: string, photoId: string): string {
	return `${evaluationId}/${photoId}`;
}

/** The stored row: keyed by `photoKey`, with the photo id beside it. */
export function photoRow(photo: Photo): Photo & { photoId: string } {
	return { ...photo, id: photoKey(photo.evaluationId, photo.id), photoId: photo.id };
}

function parseStored(row: unknown): Photo {
	const parsed = photoSchema.safeParse(row);
	if (!parsed.success) throw new StorageError('corrupt', 'stored photo is invalid');
	const photoId = (row as { photoId?: unknown }).photoId;
	return typeof photoId === 'string' ? { ...parsed.data, id: photoId } : parsed.data;
}

/** Stores a photo of an evaluation (the same content twice is one row). */
export async function savePhoto(photo: Photo): Promise<void> {
	await withDb((db) => db.put('photos', photoRow(photo)));
}

/** One photo of an evaluation, or undefined. */
export async function getPhoto(evaluationId: string, id: string): Promise<Photo | undefined> {
	const row = await withDb(async (db) => {
		const keyed = await db.get('photos', photoKey(evaluationId, id));
		if (keyed) return keyed;
		const legacy = await db.get('photos', id);
		return legacy?.evaluationId === evaluationId ? legacy : undefined;
	});
	return row === undefined ? undefined : parseStored(row);
}

/** The photos of an evaluation, oldest first. */
export async function listPhotos(evaluationId: string): Promise<Photo[]> {
	const rows = await withDb((db) => db.getAllFromIndex('photos', 'evaluationId', evaluationId));
	return rows.map(parseStored).sort((a, b) => a.createdAt - b.createdAt);
}

/** Deletes one photo of an evaluation. */
export async function deletePhoto(evaluationId: string, id: string): Promise<void> {
	await withDb(async (db) => {
		const tx = db.transaction('photos', 'readwrite');
		const legacy = await tx.store.get(id);
		await Promise.all([
			tx.store.delete(photoKey(evaluationId, id)),
			legacy?.evaluationId === evaluationId ? tx.store.delete(id) : undefined,
			tx.done
		]);
	});
}
