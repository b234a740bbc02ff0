/**
 * Import of a bundle as the screen walks through it: the file is read step by step (size,
 * JSON, schema, signature, plan) and the plan is applied only when the user confirms it.
 * Nothing touches storage until then, and then everything lands in one transaction.
 */
import {
	bundleTrust,
	photoIdErrors,
	planImport,
	refuseBySize,
	withCampaignChanges,
	type ImportPlan,
	type VerifyResult
} from '$lib/domain/exchange';
import { messageOf } from './message-of';
import { settings } from './settings.svelte';
import { applyImport, existingRecords } from '$lib/storage/imports';
import { getTrustRegistry } from '$lib/storage/sync-state';
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

/** What the person confirmed or chose on the review screen. */
export interface ImportChoices {
	/** Ids of changed campaigns whose incoming copy is applied. */
	campaigns: ReadonlySet<string>;
	/** The file is not verified (unsigned, signature removed or altered) and that is accepted. */
	acceptUntrusted: boolean;
	/** A later version signed by another key is accepted. */
	acceptSigner: boolean;
}

/** Whether the plan may be applied with these choices (and there is something to write). */
export function canApply(plan: ImportPlan, choices: ImportChoices): boolean {
	if (plan.trust.trust !== 'verified' && !choices.acceptUntrusted) return false;
	if (plan.signerChanges.length > 0 && !choices.acceptSigner) return false;
	const { writes } = plan;
	return (
		writes.evaluations.length + writes.campaigns.length + writes.conflicts.length > 0 ||
		plan.campaigns.some((c) => c.action === 'changed' && choices.campaigns.has(c.id))
	);
}

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
			// Photos are addressed by content: one whose bytes do not hash to its id is refused.
			const photoErrors =
				parsed.bundle.formatVersion >= 2 ? await photoIdErrors(parsed.bundle.photos) : [];
			if (photoErrors.length) {
				this.#state = {
					step: 'invalid',
					fileName,
					errors: photoErrors,
					errorCount: photoErrors.length
				};
				return;
			}
			// A linked device knows the team's keys: a signer outside them is not "verified".
			const registry = await getTrustRegistry().catch(() => undefined);
			const trust = bundleTrust(verification, parsed.bundle.formatVersion, registry?.keys);
			const plan = planImport(parsed.bundle, await existingRecords(), { now, trust });
			this.#state = { step: 'review', fileName, verification, plan, notices: parsed.notices };
		} catch (error) {
			this.#state = { step: 'failed', fileName, message: messageOf(error, settings) };
		}
	}

	/**
	 * Applies the reviewed plan in one transaction, with the campaign changes the person chose.
	 * A file that is not verified needs `acceptUntrusted`, a change of signer `acceptSigner`:
	 * without them nothing is written.
	 */
	async apply(choices: ImportChoices, now = Date.now()): Promise<void> {
		const current = this.#state;
		if (current.step !== 'review') return;
		if (!canApply(current.plan, choices)) return;
		const plan = withCampaignChanges(current.plan, choices.campaigns);
		this.#state = { step: 'applying', fileName: current.fileName };
		try {
			await applyImport(plan, now);
			this.#state = { step: 'done', fileName: current.fileName, plan };
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
