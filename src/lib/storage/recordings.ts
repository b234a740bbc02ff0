/**
 * The audio of call recordings, kept apart from the evaluation (like photos) so that saving an
 * answer never rewrites megabytes of sound. Two kinds of row, both keyed under the evaluation:
 * - the ORIGINAL file as the shopper attached it, `<evaluationId>/<recordingId>/original`,
 *   which only the shopper's phone ever holds;
 * - a SHARED COPY (the WAV everyone else hears, see domain/recording/copy.ts),
 *   `<evaluationId>/<copyId>`, content-addressed like a photo (`sha256-<hex>`).
 * The record itself names them (Recording.id, Recording.copyId); the rows hold only bytes.
 */
import { z } from '$lib/domain/base/zod';
import { withDb } from './db';
import { StorageError } from './errors';

const audioSchema = z.object({
	id: z.string(),
	evaluationId: z.string(),
	kind: z.enum(['original', 'copy']),
	/** The recording id (an original) or the copy id (a copy). */
	ref: z.string(),
	blob: z.instanceof(Blob),
	mimeType: z.string(),
	createdAt: z.number()
});

/** A stored original or copy. */
export type StoredAudio = z.infer<typeof audioSchema>;

/** The storage key of a recording's original file. */
export function originalKey(evaluationId: string, recordingId: string): string {
	return `${evaluationId}/${recordingId}/original`;
}

/** The storage key of a shared copy (`copyId` = `sha256-<hex>`). */
export function copyKey(evaluationId: string, copyId: string): string {
	return `${evaluationId}/${copyId}`;
}

/** The row of an original file. */
export function originalRow(
	evaluationId: string,
	recordingId: string,
	blob: Blob,
	createdAt: number
): StoredAudio {
	return {
		id: originalKey(evaluationId, recordingId),
		evaluationId,
		kind: 'original',
		ref: recordingId,
		blob,
		mimeType: blob.type,
		createdAt
	};
}

/** The row of a shared copy. */
export function copyRow(
	evaluationId: string,
	copyId: string,
	blob: Blob,
	createdAt: number
): StoredAudio {
	return {
		id: copyKey(evaluationId, copyId),
		evaluationId,
		kind: 'copy',
		ref: copyId,
		blob,
		mimeType: blob.type,
		createdAt
	};
}

function parseStored(row: unknown): StoredAudio {
	const parsed = audioSchema.safeParse(row);
	if (!parsed.success) throw new StorageError('corrupt', 'stored recording audio is invalid');
	return parsed.data;
}

/**
 * Stores rows and deletes keys in one transaction: all of it or, on failure (a full disk,
 * a `quota` StorageError), none of it.
 */
export async function writeAudio(
	put: readonly StoredAudio[],
	remove: readonly string[] = []
): Promise<void> {
	await withDb(async (db) => {
		const tx = db.transaction('recordings', 'readwrite');
		const requests: Promise<unknown>[] = [tx.done];
		try {
			for (const row of put) requests.push(tx.store.put(row));
			for (const key of remove) requests.push(tx.store.delete(key));
			await Promise.all(requests);
		} catch (error) {
			// A request refused at once (not by the transaction) must not let the others commit.
			try {
				tx.abort();
			} catch {
				// Already aborted by the failed request.
			}
			await Promise.allSettled(requests);
			throw error;
		}
	});
}

/** One stored row by key, or undefined. */
async function getAudio(key: string): Promise<StoredAudio | undefined> {
	const row = await withDb((db) => db.get('recordings', key));
	return row === undefined ? undefined : parseStored(row);
}

/** The original file of a recording, when this phone holds it. */
export async function getOriginal(
	evaluationId: string,
	recordingId: string
): Promise<Blob | undefined> {
	return (await getAudio(originalKey(evaluationId, recordingId)))?.blob;
}

/** A shared copy, when this phone holds it. */
export async function getCopy(evaluationId: string, copyId: string): Promise<Blob | undefined> {
	return (await getAudio(copyKey(evaluationId, copyId)))?.blob;
}

/** Stores a shared copy (the same content twice is one row). */
export async function saveCopy(
	evaluationId: string,
	copyId: string,
	blob: Blob,
	now: number
): Promise<void> {
	await writeAudio([copyRow(evaluationId, copyId, blob, now)]);
}

/** Every stored original and copy of an evaluation, oldest first. */
export async function listAudio(evaluationId: string): Promise<StoredAudio[]> {
	const rows = await withDb((db) => db.getAllFromIndex('recordings', 'evaluationId', evaluationId));
	return rows.map(parseStored).sort((a, b) => a.createdAt - b.createdAt);
}

/** Deletes stored rows by key (a key not stored is ignored). */
export async function deleteAudio(keys: readonly string[]): Promise<void> {
	if (keys.length) await writeAudio([], keys);
}

/** Deletes every original and copy of an evaluation; returns how many rows went. */
export async function deleteAudioOf(evaluationId: string): Promise<number> {
	return withDb(async (db) => {
		const tx = db.transaction('recordings', 'readwrite');
		const keys = await tx.store.index('evaluationId').getAllKeys(evaluationId);
		await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
		return keys.length;
	});
}

/** The evaluations this phone holds any recording audio of. */
export async function evaluationsWithAudio(): Promise<string[]> {
	const keys = await withDb((db) => db.getAllKeys('recordings'));
	return [...new Set(keys.map((key) => String(key).split('/')[0]!))];
}
