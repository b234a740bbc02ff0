import { messageOf } from './message-of';
import { settings } from './settings.svelte';
import type { EvaluationSummary } from '$lib/domain/summary';
import { listSummaries } from '$lib/storage/summaries';
import { evaluationRemoval } from './evaluation-removal.svelte';

/** The evaluation list: summaries newest first, and deleting any of them with a timed undo. */
export class EvaluationList {
	#summaries = $state.raw<EvaluationSummary[] | null>(null);
	#corrupt = $state(0);
	#error = $state<string | null>(null);

	get summaries(): EvaluationSummary[] | null {
		return this.#summaries;
	}
	get corrupt(): number {
		return this.#corrupt;
	}
	get error(): string | null {
		return this.#error;
	}
	/** True while the last deletion (made here or on another screen) can still be undone. */
	get canUndo(): boolean {
		return evaluationRemoval.canUndo;
	}

	async load(): Promise<void> {
		try {
			const { summaries, corrupt } = await listSummaries();
			this.#summaries = summaries;
			this.#corrupt = corrupt.length;
			this.#error = null;
		} catch (error) {
			this.#error = messageOf(error, settings);
		}
	}

	/**
	 * Deletes an evaluation as a tombstone, whatever its status (the page asks first for a
	 * final or imported one); undo is offered for a few seconds.
	 */
	async delete(id: string): Promise<void> {
		try {
			await evaluationRemoval.remove(id);
			this.#summaries = this.#summaries?.filter((s) => s.id !== id) ?? null;
			this.#error = null;
		} catch (error) {
			this.#error = messageOf(error, settings);
		}
	}

	/** Puts back the last deleted evaluation. */
	async undoDelete(): Promise<void> {
		try {
			if (await evaluationRemoval.undo()) await this.load();
		} catch (error) {
			this.#error = messageOf(error, settings);
		}
	}
}
