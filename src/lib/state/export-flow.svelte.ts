/**
 * One export panel's work: a signed bundle or CSV files of a selection, and before an
 * anonymised one, the name-like words the app found in the free text for the person to
 * confirm (all chosen at first). The export replaces the confirmed ones too.
 */
import type { NameLikeWord } from '$lib/domain/exchange';
import { messageOf } from './message-of';
import { settings } from './settings.svelte';

export type ExportKind = 'bundle' | 'csv';

/** A found word and whether the person chose to replace it. */
export interface NameWordChoice {
	word: NameLikeWord;
	chosen: boolean;
}

export class ExportFlow {
	anonymise = $state(false);
	#busy = $state(false);
	#message = $state.raw<{ kind: 'ok' | 'error'; text: string } | null>(null);
	/** Set while the person confirms the words found before an anonymised export. */
	#confirming = $state<{ kind: ExportKind; choices: NameWordChoice[] } | null>(null);
	readonly #selection: () => { campaignId?: string; evaluationIds?: readonly string[] };

	constructor(selection: () => { campaignId?: string; evaluationIds?: readonly string[] }) {
		this.#selection = selection;
	}

	get busy(): boolean {
		return this.#busy;
	}
	get message(): { kind: 'ok' | 'error'; text: string } | null {
		return this.#message;
	}
	/** The words found, to confirm; null when nothing waits for confirmation. */
	get confirming(): NameWordChoice[] | null {
		return this.#confirming?.choices ?? null;
	}

	/** Exports; an anonymised export first asks about the name-like words found, if any. */
	async start(kind: ExportKind): Promise<void> {
		const { evaluationIds } = this.#selection();
		const t = settings.t.exchange.export;
		if (evaluationIds !== undefined && evaluationIds.length === 0) {
			this.#message = { kind: 'error', text: t.nothing };
			return;
		}
		this.#confirming = null;
		if (!this.anonymise) return this.#export(kind, []);
		this.#busy = true;
		this.#message = null;
		try {
			const { nameWordsOf } = await import('./exchange-files');
			const words = await nameWordsOf({ ...this.#selection(), anonymise: true });
			if (words.length === 0) return await this.#export(kind, []);
			this.#confirming = { kind, choices: words.map((word) => ({ word, chosen: true })) };
		} catch (error) {
			this.#message = { kind: 'error', text: t.failed(messageOf(error, settings)) };
		} finally {
			this.#busy = false;
		}
	}

	/** Exports with the chosen words replaced too. */
	async confirm(): Promise<void> {
		const pending = this.#confirming;
		if (!pending) return;
		this.#confirming = null;
		await this.#export(
			pending.kind,
			pending.choices.filter((c) => c.chosen).map((c) => c.word)
		);
	}

	/** Leaves the confirmation: nothing is exported. */
	cancel(): void {
		this.#confirming = null;
	}

	async #export(kind: ExportKind, nameWords: NameLikeWord[]): Promise<void> {
		const t = settings.t.exchange.export;
		this.#busy = true;
		this.#message = null;
		try {
			// Loaded on demand: signing, bundles and CSV are only needed when exporting.
			const { deliverFiles, exportBundleFile, exportCsvFiles } = await import('./exchange-files');
			const selection = { ...this.#selection(), anonymise: this.anonymise, nameWords };
			const files =
				kind === 'bundle'
					? [await exportBundleFile(selection)]
					: await exportCsvFiles(selection, settings.locale);
			const outcome = await deliverFiles(files);
			const names = files.map((f) => f.name).join(', ');
			this.#message = {
				kind: 'ok',
				text:
					outcome === 'cancelled'
						? t.cancelled
						: outcome === 'shared'
							? t.shared(names)
							: t.done(names)
			};
		} catch (error) {
			this.#message = { kind: 'error', text: t.failed(messageOf(error, settings)) };
		} finally {
			this.#busy = false;
		}
	}
}
