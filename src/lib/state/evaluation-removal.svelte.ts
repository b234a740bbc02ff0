/**
 * Deleting evaluations, app-wide: the deletion is a logged tombstone (see
 * storage/evaluation-removal.ts), and what was removed is kept in memory for a few seconds so
 * an undo puts the record, its photos and its summary back exactly as they were. One instance
 * for the app, so a deletion made on the scorecard can be undone from the home list.
 */
import { getDeviceId } from '$lib/storage/device';
import type { DeletedEvaluation } from '$lib/storage/evaluation-removal';

/** How long the undo stays offered. */
export const UNDO_MS = 8000;

// Loaded when first needed: deleting parses the record with the full schema, which the
// first screen does not otherwise load.
const storage = () => import('$lib/storage/evaluation-removal');

export class EvaluationRemoval {
	#last = $state.raw<DeletedEvaluation | null>(null);
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** True while the last deletion can still be undone. */
	get canUndo(): boolean {
		return this.#last !== null;
	}

	/** Deletes any evaluation (draft, final, imported); throws a StorageError when it fails. */
	async remove(id: string): Promise<void> {
		const { deleteEvaluation } = await storage();
		const deleted = await deleteEvaluation(id, { at: Date.now(), by: await getDeviceId() });
		this.#last = deleted ?? null;
		clearTimeout(this.#timer);
		if (deleted) {
			// Once the undo window closes, no copy of text typed into it may outlive it.
			this.#timer = setTimeout(() => {
				this.#last = null;
				void import('$lib/storage/text-buffer').then((m) => m.clearBufferedTexts(id));
			}, UNDO_MS);
		}
	}

	/** Puts back the last deleted evaluation; false when the undo window had closed. */
	async undo(): Promise<boolean> {
		const deleted = this.#last;
		if (!deleted) return false;
		clearTimeout(this.#timer);
		this.#last = null;
		const { restoreEvaluation } = await storage();
		await restoreEvaluation(deleted);
		return true;
	}
}

export const evaluationRemoval = new EvaluationRemoval();
