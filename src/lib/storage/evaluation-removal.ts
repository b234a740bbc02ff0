/**
 * Deleting an evaluation: the record is replaced by its tombstone (the domain's
 * `deleteEvaluation`: id, campaign, version, who deleted it and when, so the deletion can
 * travel to other copies), and its summary row, photos and recording audio are removed in the
 * same transaction. What was removed is handed back, so an undo can put it back exactly as it was.
 * Any evaluation can be deleted: draft, final or imported.
 */
import { catalog } from '$lib/domain/catalog';
import { deleteEvaluation as tombstoneOf, type EditContext } from '$lib/domain/editing';
import { parseEvaluation } from '$lib/domain/record';
import { withDb } from './db';
import { StorageError } from './errors';
import { queueInTx } from './outbox';

/** What `deleteEvaluation` removed, enough to put it back with `restoreEvaluation`. */
export interface DeletedEvaluation {
	evaluation: Record<string, unknown> & { id: string };
	summary: (Record<string, unknown> & { id: string; updatedAt: number }) | undefined;
	photos: (Record<string, unknown> & { id: string; evaluationId: string })[];
	/** The recordings' originals and copies (absent in undo data made before recordings). */
	recordings?: (Record<string, unknown> & { id: string; evaluationId: string })[];
}

/**
 * Replaces an evaluation by its logged tombstone and removes its summary, photos and recording
 * audio; returns
 * what was removed for an undo (undefined when there is no such evaluation, or it is already
 * deleted).
 */
export async function deleteEvaluation(
	id: string,
	ctx: EditContext
): Promise<DeletedEvaluation | undefined> {
	return withDb(async (db) => {
		const tx = db.transaction(
			['evaluations', 'summaries', 'photos', 'recordings', 'outbox'],
			'readwrite'
		);
		const evaluation = await tx.objectStore('evaluations').get(id);
		if (!evaluation || 'deleted' in evaluation) {
			await tx.done;
			return undefined;
		}
		// Parsing is synchronous, so the transaction stays open (nothing but IndexedDB is awaited).
		const parsed = parseEvaluation(evaluation, { catalog });
		if (!parsed.ok) {
			tx.abort();
			await tx.done.catch(() => undefined);
			throw new StorageError('corrupt', 'stored evaluation is invalid and was not deleted');
		}
		const tombstone = tombstoneOf(parsed.value, ctx);
		const summary = await tx.objectStore('summaries').get(id);
		const photos = await tx.objectStore('photos').index('evaluationId').getAll(id);
		const recordings = await tx.objectStore('recordings').index('evaluationId').getAll(id);
		await Promise.all([
			tx.objectStore('evaluations').put(tombstone),
			queueInTx(tx.objectStore('outbox'), tombstone, ctx.at),
			tx.objectStore('summaries').delete(id),
			...photos.map((p) => tx.objectStore('photos').delete(p.id)),
			...recordings.map((r) => tx.objectStore('recordings').delete(r.id))
		]);
		await tx.done;
		return { evaluation, summary, photos, recordings };
	});
}

/** Puts back what `deleteEvaluation` removed, replacing the tombstone (queued again to push). */
export async function restoreEvaluation(
	deleted: DeletedEvaluation,
	now = Date.now()
): Promise<void> {
	const e = deleted.evaluation as { id: string; version?: unknown; campaignId?: unknown };
	await withDb(async (db) => {
		const tx = db.transaction(
			['evaluations', 'summaries', 'photos', 'recordings', 'outbox'],
			'readwrite'
		);
		await Promise.all([
			tx.objectStore('evaluations').put(deleted.evaluation),
			typeof e.version === 'number' && typeof e.campaignId === 'string'
				? queueInTx(
						tx.objectStore('outbox'),
						{ id: e.id, version: e.version, campaignId: e.campaignId },
						now
					)
				: undefined,
			deleted.summary ? tx.objectStore('summaries').put(deleted.summary) : undefined,
			...deleted.photos.map((p) => tx.objectStore('photos').put(p)),
			...(deleted.recordings ?? []).map((r) => tx.objectStore('recordings').put(r)),
			tx.done
		]);
	});
}
