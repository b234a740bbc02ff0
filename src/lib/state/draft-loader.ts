import type { Campaign, Evaluation } from '$lib/domain/record';
import type { FinalizeResult } from '$lib/domain/editing';
import { getCampaign } from '$lib/storage/campaigns';
import { getDeviceId } from '$lib/storage/device';
import { getEvaluation } from '$lib/storage/evaluations';
import { databaseStatus } from './database-status.svelte';
import { EvaluationDraft } from './evaluation-draft.svelte';
import { settings } from './settings.svelte';

/** What decides whether this tab may write (see EvaluationPen). */
export interface WriteGate {
	readonly held: boolean;
}

/**
 * The draft as this tab may use it: editable only while the tab holds the evaluation's pen
 * and its database connection was not taken over by a newer version of the app. Every edit of
 * EvaluationDraft checks `editable` (or `followUpsEditable`), so a tab that may not write
 * neither shows controls as usable nor changes the record.
 */
export class TabDraft extends EvaluationDraft {
	#gate: WriteGate;

	constructor(evaluation: Evaluation, campaign: Campaign, deviceId: string, gate: WriteGate) {
		super(evaluation, campaign, deviceId);
		this.#gate = gate;
	}

	/** This tab may write: it holds the pen and its code still owns the database. */
	get mayWrite(): boolean {
		return this.#gate.held && databaseStatus.state !== 'replaced';
	}
	override get editable(): boolean {
		return this.mayWrite && super.editable;
	}
	override get followUpsEditable(): boolean {
		return this.mayWrite && super.followUpsEditable;
	}
	override finalize(): Promise<FinalizeResult> {
		if (!this.mayWrite) return Promise.reject(new Error(settings.t.evaluation.penElsewhere));
		return super.finalize();
	}
	override reopen(reason: string): Promise<void> {
		if (!this.mayWrite) return Promise.reject(new Error(settings.t.evaluation.penElsewhere));
		return super.reopen(reason);
	}
}

/** For screens that write without a pen (the follow-up list): only the database decides. */
const alwaysHeld: WriteGate = { held: true };

/** Loads an evaluation and its campaign into a live draft; undefined when either is missing. */
export async function loadDraft(
	id: string,
	gate: WriteGate = alwaysHeld
): Promise<EvaluationDraft | undefined> {
	const evaluation = await getEvaluation(id);
	if (!evaluation) return undefined;
	const campaign = await getCampaign(evaluation.campaignId);
	if (!campaign) return undefined;
	return new TabDraft(evaluation, campaign, await getDeviceId(), gate);
}
