/**
 * Deleting an evaluation with its summary row and photos, and putting them back (undo).
 * Kept apart from `evaluations.ts` so the evaluation list can delete without loading the
 * scoring code and the full record schema.
 */
import { withDb } from './db';

/** What `deleteEvaluation` removed, enough to put it back with `restoreEvaluation`. */
export interface DeletedEvaluation {
	evaluation: Record<string, unknown> & { id: string };
	summary: (Record<string, unknown> & { id: string; updatedAt: number }) | undefined;
	photos: (Record<string, unknown> & { id: string; evaluationId: string })[];
}

/** Deletes an evaluation with its summary and photos; returns them for an undo. */
export async function deleteEvaluation(id: string): Promise<DeletedEvaluation | undefined> {
	return withDb(async (db) => {
		const tx = db.transaction(['evaluations', 'summaries', 'photos'], 'readwrite');
		const evaluation = await tx.objectStore('evaluations').get(id);
		if (!evaluation) {
			await tx.done;
			return undefined;
		}
		const summary = await tx.objectStore('summaries').get(id);
		const photos = await tx.objectStore('photos').index('evaluationId').getAll(id);
		await Promise.all([
			tx.objectStore('evaluations').delete(id),
			tx.objectStore('summaries').delete(id),
			...photos.map((p) => tx.objectStore('photos').delete(p.id))
		]);
		await tx.done;
		return { evaluation, summary, photos };
	});
}

/** Puts back what `deleteEvaluation` removed. */
export async function restoreEvaluation(deleted: DeletedEvaluation): Promise<void> {
	await withDb(async (db) => {
		const tx = db.transaction(['evaluations', 'summaries', 'photos'], 'readwrite');
		await Promise.all([
			tx.objectStore('evaluations').put(deleted.evaluation),
			deleted.summary ? tx.objectStore('summaries').put(deleted.summary) : undefined,
			...deleted.photos.map((p) => tx.objectStore('photos').put(p)),
			tx.done
		]);
	});
}
