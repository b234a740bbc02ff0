/**
 * Evidence photos as blobs (already downscaled on the device), keyed by a stable id that the
 * answers refer to. Kept apart from the evaluation so saving an answer never rewrites images.
 */
import { z } from 'zod';
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

export type Photo = z.infer<typeof photoSchema>;

function parseStored(row: unknown): Photo {
	const parsed = photoSchema.safeParse(row);
	if (parsed.success) return parsed.data;
	throw new StorageError('corrupt', 'stored photo is invalid');
}

/** Stores a photo. */
export async function savePhoto(photo: Photo): Promise<void> {
	await withDb((db) => db.put('photos', photo));
}

/** One photo, or undefined. */
export async function getPhoto(id: string): Promise<Photo | undefined> {
	const row = await withDb((db) => db.get('photos', id));
	return row === undefined ? undefined : parseStored(row);
}

/** The photos of an evaluation, oldest first. */
export async function listPhotos(evaluationId: string): Promise<Photo[]> {
	const rows = await withDb((db) => db.getAllFromIndex('photos', 'evaluationId', evaluationId));
	return rows.map(parseStored).sort((a, b) => a.createdAt - b.createdAt);
}

/** Deletes one photo. */
export async function deletePhoto(id: string): Promise<void> {
	await withDb((db) => db.delete('photos', id));
}
