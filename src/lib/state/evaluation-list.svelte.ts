import { messageOf } from './message-of';
import { settings } from './settings.svelte';
import type { EvaluationSummary } from '$lib/domain/summary';
import {
	deleteEvaluation,
	restoreEvaluation,
	type DeletedEvaluation
} from '$lib/storage/evaluation-removal';
import { isStale, listSummaries } from '$lib/storage/summaries';

const UNDO_MS = 8000;

/** The evaluation list: summaries newest first, and deleting a draft with a timed undo. */
export class EvaluationList {
	#summaries = $state.raw<EvaluationSummary[] | null>(null);
	#corrupt = $state(0);
	#error = $state<string | null>(null);
	#lastDeleted = $state.raw<DeletedEvaluation | null>(null);
	#undoTimer: ReturnType<typeof setTimeout> | undefined;

	get summaries(): EvaluationSummary[] | null {
		return this.#summaries;
	}
	get corrupt(): number {
		return this.#corrupt;
	}
	get error(): string | null {
		return this.#error;
	}
	/** True while the last deletion can still be undone. */
	get canUndo(): boolean {
		return this.#lastDeleted !== null;
	}

	async load(): Promise<void> {
		try {
			const { summaries, corrupt } = await listSummaries();
			this.#summaries = summaries;
			this.#corrupt = corrupt.length;
			this.#error = null;
			await this.#refreshStale(summaries);
		} catch (error) {
			this.#error = messageOf(error, settings);
		}
	}

	/**
	 * Rows whose follow-up deadline has passed since they were written read differently now:
	 * they are rebuilt from their records (the scoring code loads only then) and shown again.
	 */
	async #refreshStale(summaries: readonly EvaluationSummary[]): Promise<void> {
		const now = Date.now();
		const stale = summaries.filter((s) => isStale(s, now)).map((s) => s.id);
		if (stale.length === 0) return;
		const { refreshSummaries } = await import('$lib/storage/evaluations');
		if ((await refreshSummaries(stale, now)) > 0) {
			this.#summaries = (await listSummaries()).summaries;
		}
	}

	/** Deletes a draft (only drafts can be deleted here); undo is offered for a few seconds. */
	async deleteDraft(id: string): Promise<void> {
		const target = this.#summaries?.find((s) => s.id === id);
		if (!target || target.status !== 'draft') return;
		try {
			const deleted = await deleteEvaluation(id);
			this.#summaries = this.#summaries?.filter((s) => s.id !== id) ?? null;
			this.#lastDeleted = deleted ?? null;
			clearTimeout(this.#undoTimer);
			this.#undoTimer = setTimeout(() => (this.#lastDeleted = null), UNDO_MS);
			this.#error = null;
		} catch (error) {
			this.#error = messageOf(error, settings);
		}
	}

	/** Puts back the last deleted draft. */
	async undoDelete(): Promise<void> {
		const deleted = this.#lastDeleted;
		if (!deleted) return;
		clearTimeout(this.#undoTimer);
		this.#lastDeleted = null;
		try {
			await restoreEvaluation(deleted);
			await this.load();
		} catch (error) {
			this.#error = messageOf(error, settings);
		}
	}

	dispose(): void {
		clearTimeout(this.#undoTimer);
	}
}
