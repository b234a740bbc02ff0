/**
 * Sound files shared into the app from the phone's share sheet, waiting for the shopper to pick
 * the evaluation they belong to. The service worker writes each row when the share arrives
 * (static/share-target.js, the same shape); the page reads it, attaches it and deletes it.
 */
import { z } from '$lib/domain/base/zod';
import { withDb } from './db';

const shared = z.object({
	id: z.string(),
	name: z.string(),
	type: z.string(),
	lastModified: z.number(),
	receivedAt: z.number(),
	blob: z.instanceof(Blob)
});
export type SharedFile = z.infer<typeof shared>;

/** The files waiting, oldest first (rows that do not parse are left out). */
export async function listShared(): Promise<SharedFile[]> {
	const rows = await withDb((db) => db.getAll('share-inbox'));
	return rows
		.flatMap((row) => {
			const parsed = shared.safeParse(row);
			return parsed.success ? [parsed.data] : [];
		})
		.sort((a, b) => a.receivedAt - b.receivedAt);
}

/** One waiting file, if it is still there. */
export async function getShared(id: string): Promise<SharedFile | undefined> {
	const row = await withDb((db) => db.get('share-inbox', id));
	const parsed = shared.safeParse(row);
	return parsed.success ? parsed.data : undefined;
}

/** Forgets a waiting file (attached or discarded). */
export async function dropShared(id: string): Promise<void> {
	await withDb((db) => db.delete('share-inbox', id));
}
