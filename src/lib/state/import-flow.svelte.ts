/**
 * Import of a bundle as the screen walks through it: the file is read step by step (size,
 * JSON, schema, signature, plan) and the plan is applied only when the user confirms it.
 * Nothing touches storage until then, and then everything lands in one transaction.
 */
import { planImport, refuseBySize, type ImportPlan, type VerifyResult } from '$lib/domain/exchange';
import { messageOf } from './message-of';
import { settings } from './settings.svelte';
import { applyImport, existingRecords } from '$lib/storage/imports';
import { readBundleFile } from './bundle-reader';

export type ImportStep =
	| { step: 'idle' }
	| { step: 'reading'; fileName: string }
	| {
			step: 'invalid';
			fileName: string;
			/** The first problems found, for display. */
			errors: { path: string; message: string }[];
			/** How many problems there are in all (more than `errors` holds in a large file). */
			errorCount: number;
			/** Set when the file was refused by its size alone (it was not read). */
			tooLarge?: { bytes: number; maxBytes: number };
	  }
	| {
			step: 'review';
			fileName: string;
			verification: VerifyResult;
			plan: ImportPlan;
			notices: { path: string; message: string }[];
	  }
	| { step: 'applying'; fileName: string }
	| { step: 'done'; fileName: string; plan: ImportPlan }
	| { step: 'failed'; fileName: string; message: string };

/** One import, from choosing a file to the applied summary. */
export class ImportFlow {
	#state = $state.raw<ImportStep>({ step: 'idle' });

	get state(): ImportStep {
		return this.#state;
	}

	/**
	 * Reads and checks a file; ends in 'invalid' or 'review' (nothing stored yet). A file over
	 * the size limit is refused unread; any other is read off the main thread.
	 */
	async read(file: File, now = Date.now()): Promise<void> {
		const fileName = file.name;
		const refused = refuseBySize(file.size);
		if (refused) {
			this.#state = {
				step: 'invalid',
				fileName,
				errors: refused.errors,
				errorCount: refused.errorCount,
				tooLarge: refused.tooLarge
			};
			return;
		}
		this.#state = { step: 'reading', fileName };
		try {
			const parsed = await readBundleFile(file);
			if (!parsed.ok) {
				const { errors, errorCount, tooLarge } = parsed;
				this.#state = { step: 'invalid', fileName, errors, errorCount, tooLarge };
				return;
			}
			const { verification } = parsed;
			const plan = planImport(parsed.bundle, await existingRecords(), {
				now,
				signerFingerprint: verification.state === 'verified' ? verification.fingerprint : undefined
			});
			this.#state = { step: 'review', fileName, verification, plan, notices: parsed.notices };
		} catch (error) {
			this.#state = { step: 'failed', fileName, message: messageOf(error, settings) };
		}
	}

	/** Applies the reviewed plan in one transaction. An altered bundle needs `acceptAltered`. */
	async apply(now = Date.now()): Promise<void> {
		const current = this.#state;
		if (current.step !== 'review') return;
		this.#state = { step: 'applying', fileName: current.fileName };
		try {
			await applyImport(current.plan, now);
			this.#state = { step: 'done', fileName: current.fileName, plan: current.plan };
		} catch (error) {
			this.#state = {
				step: 'failed',
				fileName: current.fileName,
				message: messageOf(error, settings)
			};
		}
	}

	reset(): void {
		this.#state = { step: 'idle' };
	}
}
