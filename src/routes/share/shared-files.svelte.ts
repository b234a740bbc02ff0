/**
 * The share page's state: the files shared into the app and waiting, and the evaluations on
 * this phone they can go to (those still being run here).
 */
import type { EvaluationSummary } from '$lib/domain/summary';
import { messageOf } from '$lib/state/message-of';
import { settings } from '$lib/state/settings.svelte';
import { dropShared, listShared, type SharedFile } from '$lib/storage/share-inbox';
import { listSummaries } from '$lib/storage/summaries';

export class SharedFiles {
	#files = $state.raw<SharedFile[] | null>(null);
	#open = $state.raw<EvaluationSummary[]>([]);
	#error = $state<string | null>(null);

	get files(): SharedFile[] | null {
		return this.#files;
	}
	/** Evaluations made here and still editable, newest first. */
	get open(): EvaluationSummary[] {
		return this.#open;
	}
	get error(): string | null {
		return this.#error;
	}

	async load(): Promise<void> {
		try {
			const [files, { summaries }] = await Promise.all([listShared(), listSummaries()]);
			this.#files = files;
			this.#open = summaries
				.filter((s) => s.status === 'draft' && !s.imported)
				.sort((a, b) => b.updatedAt - a.updatedAt);
			this.#error = null;
		} catch (error) {
			this.#files = [];
			this.#error = messageOf(error, settings);
		}
	}

	async discard(id: string): Promise<void> {
		try {
			await dropShared(id);
			this.#files = this.#files?.filter((f) => f.id !== id) ?? null;
		} catch (error) {
			this.#error = messageOf(error, settings);
		}
	}
}
